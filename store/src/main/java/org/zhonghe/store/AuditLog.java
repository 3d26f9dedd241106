package org.zhonghe.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Who did what, when: one row per change, written in the transaction of the change. There is no
 * way to edit or delete an entry through the store's API; the database refuses it (triggers; on
 * PostgreSQL also the application's role), and each row is linked into a hash chain that shows any
 * change made around them ({@link #verify}).
 */
public final class AuditLog {
    private final Database db;

    public AuditLog(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /**
     * One entry.
     *
     * @param id     its number, rising
     * @param actor  the user's name ({@code system} for the server itself)
     * @param at     when
     * @param action what was done ({@code assessment.import})
     * @param target what it was done to ({@code assessment 3})
     * @param detail more, may be null
     */
    public record Entry(long id, String actor, Instant at, String action, String target, String detail) {}

    /** Appends an entry and links it to the hash chain ({@link AuditChain}), in the caller's transaction. */
    static void write(Connection c, long tenantId, Principal who, String action, String target, String detail)
            throws SQLException {
        Long userId = who == null ? null : who.userId();
        String actor = who == null ? "system" : who.userName();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS); // what both databases keep, so the hash reads it back
        long id = Sql.insert(c, "INSERT INTO audit_log (tenant_id, user_id, actor, at, action, target, detail) VALUES (?,?,?,?,?,?,?)",
                tenantId, userId, actor, at.atOffset(ZoneOffset.UTC), action, target, detail);
        AuditChain.append(c, id, tenantId, userId, actor, at, action, target, detail);
    }

    /** The whole log's hash chain checked from its first link: intact, or the first broken link. */
    public AuditVerifier.Report verify() {
        return db.inTransaction(AuditVerifier::verify);
    }

    /** The tenant's entries, newest first. */
    public List<Entry> list(Principal p, int offset, int limit) {
        return db.inTransaction(c -> {
            List<Entry> out = new ArrayList<>();
            try (PreparedStatement ps = Sql.prepare(c, "SELECT id, actor, at, action, target, detail FROM audit_log"
                    + " WHERE tenant_id = ? ORDER BY id DESC LIMIT ? OFFSET ?", p.tenantId(), limit, offset);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Entry(rs.getLong("id"), rs.getString("actor"), Sql.instant(rs, "at"),
                            rs.getString("action"), rs.getString("target"), rs.getString("detail")));
                }
            }
            return out;
        });
    }
}
