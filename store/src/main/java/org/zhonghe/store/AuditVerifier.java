package org.zhonghe.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;

/**
 * Checks the audit log's hash chain ({@link AuditChain}) from its first link to its head and finds
 * the first broken link: a row changed (its hash differs), a row added without a link (a forged
 * row), a row or rows removed (a link follows a hash no row has, a link without its row, or the log
 * ends before its head). Reads only: it neither migrates nor writes.
 */
public final class AuditVerifier {
    private AuditVerifier() {}

    /**
     * The outcome of a verification.
     *
     * @param intact   true when every row is linked and every link holds
     * @param rows     the rows read
     * @param head     the hash of the last intact link (the chain's head when intact)
     * @param brokenAt the id of the first row whose link is broken (or of the last row before a
     *                 removed tail); null when intact
     * @param problem  what is wrong there, in English; null when intact
     */
    public record Report(boolean intact, long rows, String head, Long brokenAt, String problem) {
        static Report broken(long rows, String head, long at, String problem) {
            return new Report(false, rows, head, at, problem);
        }
    }

    /** Verifies the chain of the database at {@code jdbcUrl} over a plain connection (no migration). */
    public static Report verify(String jdbcUrl) throws SQLException {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        String url = jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.contains("IFEXISTS") ? jdbcUrl + ";IFEXISTS=TRUE" : jdbcUrl;
        try (Connection c = DriverManager.getConnection(url)) {
            c.setReadOnly(true);
            return verify(c);
        }
    }

    static Report verify(Connection c) throws SQLException {
        String prev = AuditChain.GENESIS;
        long rows = 0;
        long lastId = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.tenant_id, a.user_id, a.actor, a.at, a.action, a.target,"
                + " a.detail, ch.prev_hash, ch.row_hash FROM audit_log a LEFT JOIN audit_chain ch ON ch.audit_id = a.id ORDER BY a.id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                long user = rs.getLong(3);
                Long userId = rs.wasNull() ? null : user;
                String linkPrev = rs.getString(9);
                String linkHash = rs.getString(10);
                if (linkHash == null) {
                    return Report.broken(rows, prev, id, "row " + id + " has no link in the chain: it was added outside Zhonghe");
                }
                if (!linkPrev.equals(prev)) {
                    return Report.broken(rows, prev, id, "row " + id + " follows a hash that " + (rows == 0 ? "is not the chain's start"
                            : "row " + lastId + " does not have") + ": rows before it were removed or reordered");
                }
                String actual = AuditChain.hash(prev, id, rs.getLong(2), userId, rs.getString(4), Sql.instant(rs, "at"),
                        rs.getString(6), rs.getString(7), rs.getString(8));
                if (!actual.equals(linkHash)) {
                    return Report.broken(rows, prev, id, "row " + id + " was changed after it was written: its content no longer has its hash");
                }
                prev = linkHash;
                lastId = id;
                rows++;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(audit_id) FROM audit_chain ch WHERE NOT EXISTS"
                + " (SELECT 1 FROM audit_log a WHERE a.id = ch.audit_id)"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            long orphan = rs.getLong(1);
            if (!rs.wasNull()) return Report.broken(rows, prev, orphan, "row " + orphan + " was deleted: its link remains");
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT last_id, last_hash, links FROM audit_head WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) return Report.broken(rows, prev, lastId, "the chain's head is missing");
            if (!rs.getString(2).equals(prev) || rs.getLong(3) != rows) {
                return Report.broken(rows, prev, lastId, "the log ends at row " + lastId + " after " + rows + " row(s), but its head records "
                        + rs.getLong(3) + " row(s) ending at row " + rs.getLong(1) + ": rows were removed");
            }
        }
        return new Report(true, rows, prev, null, null);
    }
}
