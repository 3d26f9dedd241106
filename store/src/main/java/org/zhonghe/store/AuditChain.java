package org.zhonghe.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The audit log's hash chain (the idea of Certificate Transparency logs): each row has a link
 * holding the hash of the previous link and {@code SHA-256(prev_hash, the row's canonical
 * encoding)}. Changing, removing, inserting or reordering a row breaks the chain at that row;
 * {@link AuditVerifier} finds the first broken link. Someone who can rewrite the whole chain and its
 * head can hide it from the chain alone: compare the head with a copy kept elsewhere.
 */
final class AuditChain {
    /** The hash before the first link. */
    static final String GENESIS = "0".repeat(64);

    private AuditChain() {}

    /** The canonical encoding's hash of one row after {@code prev}: each field length-prefixed UTF-8, null as -1. */
    static String hash(String prev, long id, long tenantId, Long userId, String actor, Instant at, String action,
                       String target, String detail) {
        StringBuilder b = new StringBuilder("zhonghe-audit-v1\n");
        for (String field : new String[] {prev, Long.toString(id), Long.toString(tenantId),
                userId == null ? null : userId.toString(), actor, at == null ? null : DateTimeFormatter.ISO_INSTANT.format(at),
                action, target, detail}) {
            if (field == null) {
                b.append("-1:\n");
            } else {
                b.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field).append('\n');
            }
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Links row {@code id} (just inserted, in this transaction) to the chain; waits for other appends to commit. */
    static void append(Connection c, long id, long tenantId, Long userId, String actor, Instant at, String action,
                       String target, String detail) throws SQLException {
        String prev;
        long links;
        try (PreparedStatement ps = Sql.prepare(c, "SELECT last_hash, links FROM audit_head WHERE id = 1 FOR UPDATE");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) throw new SQLException("audit_head is missing: the audit chain cannot be extended");
            prev = rs.getString(1);
            links = rs.getLong(2);
        }
        String row = hash(prev, id, tenantId, userId, actor, at, action, target, detail);
        Sql.update(c, "INSERT INTO audit_chain (audit_id, prev_hash, row_hash) VALUES (?,?,?)", id, prev, row);
        Sql.update(c, "UPDATE audit_head SET last_id = ?, last_hash = ?, links = ? WHERE id = 1", id, row, links + 1);
    }

    /** Makes the chain's head and links every row that has none, in id order (the migration of an older log). */
    static void seal(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM audit_head"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            if (rs.getLong(1) == 0) Sql.update(c, "INSERT INTO audit_head (id, last_id, last_hash, links) VALUES (1, 0, ?, 0)", GENESIS);
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.tenant_id, a.user_id, a.actor, a.at, a.action, a.target,"
                + " a.detail FROM audit_log a LEFT JOIN audit_chain ch ON ch.audit_id = a.id WHERE ch.audit_id IS NULL ORDER BY a.id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long user = rs.getLong(3);
                append(c, rs.getLong(1), rs.getLong(2), rs.wasNull() ? null : user, rs.getString(4), Sql.instant(rs, "at"),
                        rs.getString(6), rs.getString(7), rs.getString(8));
            }
        }
    }
}
