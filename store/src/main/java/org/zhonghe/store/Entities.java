package org.zhonghe.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.zhonghe.assessment.Entity;
import org.zhonghe.assessment.EntityType;

/** The entities (organisations, products, events, places …) a tenant assesses, by their id in the files. */
public final class Entities {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,200}");
    private final Database db;

    public Entities(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /**
     * An entity.
     *
     * @param id          its id in assessment files ({@code acme-2024})
     * @param name        any text; may be null
     * @param type        {@code organization}, {@code product} …
     * @param assessments the ids of its assessments
     */
    public record Row(String id, String name, String type, List<Long> assessments) {}

    public List<Row> list(Principal p) {
        return db.inTransaction(c -> {
            List<Row> out = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            try (PreparedStatement ps = Sql.prepare(c, "SELECT entity_key FROM entities WHERE tenant_id = ? ORDER BY entity_key", p.tenantId());
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) keys.add(rs.getString(1));
            }
            for (String k : keys) out.add(row(c, p, k));
            return out;
        });
    }

    public Row get(Principal p, String id) {
        return db.inTransaction(c -> row(c, p, id));
    }

    /** Creates an entity; its id must be new in the tenant. */
    public Row create(Principal p, String id, String name, String type) {
        if (id == null || !ID.matcher(id).matches()) throw new InvalidValue("entity id '" + id + "': use letters, digits, '-', '_', '.'");
        EntityType t = java.util.Arrays.stream(EntityType.values()).filter(x -> x.id().equals(type)).findFirst()
                .orElseThrow(() -> new InvalidValue("entity type '" + type + "': expected one of "
                        + java.util.Arrays.stream(EntityType.values()).map(EntityType::id).toList()));
        return db.inTransaction(c -> {
            if (find(c, p, id) != null) throw new StateConflict("entity '" + id + "' exists");
            ensure(c, p, new Entity(id, name, t));
            AuditLog.write(c, p.tenantId(), p, "entity.create", "entity " + id, null);
            return row(c, p, id);
        });
    }

    /** The entity's row id, creating it when the tenant lacks it. */
    static long ensure(Connection c, Principal p, Entity e) throws SQLException {
        Long found = find(c, p, e.id());
        if (found != null) return found;
        return Sql.insert(c, "INSERT INTO entities (tenant_id, entity_key, name, entity_type, created_at) VALUES (?,?,?,?,?)",
                p.tenantId(), e.id(), e.name(), e.type().id(), Instant.now());
    }

    private static Long find(Connection c, Principal p, String key) throws SQLException {
        try (PreparedStatement ps = Sql.prepare(c, "SELECT id FROM entities WHERE tenant_id = ? AND entity_key = ?", p.tenantId(), key);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    private static Row row(Connection c, Principal p, String key) throws SQLException {
        String name;
        String type;
        long id;
        try (PreparedStatement ps = Sql.prepare(c, "SELECT id, name, entity_type FROM entities WHERE tenant_id = ? AND entity_key = ?",
                p.tenantId(), key); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) throw new UnknownRecord("entity " + key);
            id = rs.getLong(1);
            name = rs.getString(2);
            type = rs.getString(3);
        }
        List<Long> assessments = new ArrayList<>();
        try (PreparedStatement ps = Sql.prepare(c, "SELECT id FROM assessments WHERE entity_id = ? ORDER BY id", id);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) assessments.add(rs.getLong(1));
        }
        return new Row(key, name, type, assessments);
    }
}
