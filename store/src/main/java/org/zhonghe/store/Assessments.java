package org.zhonghe.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.zhonghe.assessment.Assessment;

/**
 * Assessments of a tenant, with their versions and ledger records. Importing stores an assessment
 * the caller has read and checked, with its parts, in one transaction, all or nothing; editing
 * adds a version and leaves the old ones readable.
 */
public final class Assessments {
    private final Database db;

    public Assessments(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /**
     * An assessment as listed.
     *
     * @param lastVerdict the verdict of its latest evaluation ({@code SUPPORTED} …); null before the first
     */
    public record Summary(long id, String entity, String entityName, int latestVersion, Instant createdAt, Instant updatedAt,
                          String lastVerdict) {}

    /** One version's metadata. */
    public record VersionInfo(int version, String createdBy, Instant createdAt) {}

    /** One version with its parts. */
    public record Version(long assessmentId, int version, StoredParts parts, Instant createdAt) {}

    /** A page of ledger records: {@code total} rows match, these start at {@code offset}. */
    public record Page(long total, int offset, int limit, List<Map<String, Object>> items) {}

    /** Stores a checked assessment as a new one; its entity is created when the tenant lacks it. */
    public Summary importFile(Principal p, CheckedAssessment checked) {
        Assessment a = checked.assessment();
        StoredParts file = checked.parts();
        return db.inTransaction(c -> {
            long entityId = Entities.ensure(c, p, a.entity());
            Instant now = Instant.now();
            long id = Sql.insert(c, "INSERT INTO assessments (tenant_id, entity_id, latest_version, created_at, updated_at)"
                    + " VALUES (?,?,?,?,?)", p.tenantId(), entityId, 1, now, now);
            addVersion(c, p, id, 1, file, a);
            AuditLog.write(c, p.tenantId(), p, "assessment.import", "assessment " + id, "entity " + a.entity().id());
            return summary(c, p, id);
        });
    }

    /** Stores a checked, edited assessment as the next version. */
    public Summary update(Principal p, long id, CheckedAssessment checked) {
        Assessment a = checked.assessment();
        StoredParts file = checked.parts();
        return db.inTransaction(c -> {
            int next = summary(c, p, id).latestVersion() + 1;
            long entityId = Entities.ensure(c, p, a.entity());
            Sql.update(c, "UPDATE assessments SET latest_version = ?, entity_id = ?, updated_at = ? WHERE id = ?",
                    next, entityId, Instant.now(), id);
            addVersion(c, p, id, next, file, a);
            AuditLog.write(c, p.tenantId(), p, "assessment.edit", "assessment " + id, "version " + next);
            return summary(c, p, id);
        });
    }

    public List<Summary> list(Principal p) {
        return db.inTransaction(c -> {
            List<Summary> out = new ArrayList<>();
            try (PreparedStatement ps = Sql.prepare(c, SUMMARY + " WHERE a.tenant_id = ? ORDER BY a.id", p.tenantId());
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(summary(rs));
            }
            return out;
        });
    }

    public Summary get(Principal p, long id) {
        return db.inTransaction(c -> summary(c, p, id));
    }

    public List<VersionInfo> versions(Principal p, long id) {
        return db.inTransaction(c -> {
            summary(c, p, id);
            List<VersionInfo> out = new ArrayList<>();
            try (PreparedStatement ps = Sql.prepare(c, "SELECT v.version, u.name, v.created_at FROM assessment_versions v"
                    + " LEFT JOIN users u ON u.id = v.created_by WHERE v.assessment_id = ? ORDER BY v.version", id);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new VersionInfo(rs.getInt(1), rs.getString(2), Sql.instant(rs, "created_at")));
            }
            return out;
        });
    }

    /** A version of an assessment; {@code version} null for the latest. */
    public Version version(Principal p, long id, Integer version) {
        return db.inTransaction(c -> version(c, p, id, version));
    }

    /** Ledger records of a version (null: the latest), in file order, optionally of one section. */
    public Page records(Principal p, long id, Integer version, String section, int offset, int limit) {
        return db.inTransaction(c -> {
            long versionId = versionId(c, p, id, version);
            String where = " WHERE version_id = ?" + (section == null ? "" : " AND section = ?");
            Object[] args = section == null ? new Object[] {versionId} : new Object[] {versionId, section};
            long total;
            try (PreparedStatement ps = Sql.prepare(c, "SELECT COUNT(*) FROM ledger_records" + where, args);
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
            List<Map<String, Object>> items = new ArrayList<>();
            Object[] paged = section == null ? new Object[] {versionId, limit, offset} : new Object[] {versionId, section, limit, offset};
            try (PreparedStatement ps = Sql.prepare(c, "SELECT section, record_id, line, data FROM ledger_records" + where
                    + " ORDER BY position LIMIT ? OFFSET ?", paged); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> item = new java.util.LinkedHashMap<>();
                    item.put("section", rs.getString(1));
                    item.put("id", rs.getString(2));
                    item.put("line", rs.getInt(3) > 0 ? rs.getInt(3) : null);
                    item.put("fields", json(rs.getString(4), new TypeReference<Map<String, Object>>() {}));
                    items.add(item);
                }
            }
            return new Page(total, offset, limit, items);
        });
    }

    static Version version(Connection c, Principal p, long id, Integer version) throws SQLException {
        int v = version != null ? version : summary(c, p, id).latestVersion();
        try (PreparedStatement ps = Sql.prepare(c, "SELECT v.syntax, v.document, v.ledgers, v.created_at FROM assessment_versions v"
                + " JOIN assessments a ON a.id = v.assessment_id WHERE a.tenant_id = ? AND a.id = ? AND v.version = ?",
                p.tenantId(), id, v); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) throw new UnknownRecord("assessment " + id + " version " + v);
            Map<String, String> ledgers = json(rs.getString(3), new TypeReference<Map<String, String>>() {});
            return new Version(id, v, new StoredParts(rs.getString(1), rs.getString(2), ledgers),
                    Sql.instant(rs, "created_at"));
        }
    }

    static Summary summary(Connection c, Principal p, long id) throws SQLException {
        try (PreparedStatement ps = Sql.prepare(c, SUMMARY + " WHERE a.tenant_id = ? AND a.id = ?", p.tenantId(), id);
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) throw new UnknownRecord("assessment " + id);
            return summary(rs);
        }
    }

    private static final String SUMMARY = "SELECT a.id, e.entity_key, e.name, a.latest_version, a.created_at, a.updated_at,"
            + " (SELECT v.verdict FROM evaluations v WHERE v.assessment_id = a.id ORDER BY v.id DESC FETCH FIRST 1 ROWS ONLY)"
            + " FROM assessments a JOIN entities e ON e.id = a.entity_id";

    private static Summary summary(ResultSet rs) throws SQLException {
        return new Summary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), Sql.instant(rs, "created_at"),
                Sql.instant(rs, "updated_at"), rs.getString(7));
    }

    private static long versionId(Connection c, Principal p, long id, Integer version) throws SQLException {
        int v = version != null ? version : summary(c, p, id).latestVersion();
        try (PreparedStatement ps = Sql.prepare(c, "SELECT v.id FROM assessment_versions v JOIN assessments a ON a.id = v.assessment_id"
                + " WHERE a.tenant_id = ? AND a.id = ? AND v.version = ?", p.tenantId(), id, v); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) throw new UnknownRecord("assessment " + id + " version " + v);
            return rs.getLong(1);
        }
    }

    private void addVersion(Connection c, Principal p, long id, int version, StoredParts file, Assessment a) throws SQLException {
        long versionId = Sql.insert(c, "INSERT INTO assessment_versions (assessment_id, version, syntax, document, ledgers,"
                + " created_by, created_at, entity_aliases) VALUES (?,?,?,?,?,?,?,?)", id, version, file.syntax(), file.document(),
                text(file.ledgers()), p.userId(), Instant.now(), text(a.entity().aliases()));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ledger_records (version_id, position, section, record_id,"
                + " line, data) VALUES (?,?,?,?,?,?)")) {
            int position = 0;
            for (RecordJson.Row r : RecordJson.rows(a)) {
                ps.setLong(1, versionId);
                ps.setInt(2, position++);
                ps.setString(3, r.section());
                ps.setString(4, r.id());
                ps.setInt(5, r.line());
                ps.setString(6, text(r.data()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The entity's aliases as a version stored them ({@code entity_aliases}, a JSON list); none when null. */
    static List<String> aliases(String stored) {
        if (stored == null) return List.of();
        try {
            return RecordJson.MAPPER.readValue(stored, new TypeReference<List<String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("assessment_versions.entity_aliases is not a JSON list: " + stored, e);
        }
    }

    static String text(Object value) {
        try {
            return RecordJson.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static <T> T json(String text, TypeReference<T> type) {
        try {
            return RecordJson.MAPPER.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable", e);
        }
    }
}
