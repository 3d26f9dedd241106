package org.zhonghe.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tenants, users and their API tokens. A token is 256 random bits, shown once; only its SHA-256
 * is stored.
 */
public final class Accounts {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private final Database db;

    public Accounts(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /** A user as listed: no token. */
    public record User(long id, String name, Role role) {}

    /** A user with a fresh token, shown this once. */
    public record Issued(long userId, String userName, String tenant, Role role, String token) {}

    /** True when no tenant exists yet (first start). */
    public boolean isEmpty() {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM tenants"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) == 0;
            }
        });
    }

    /**
     * Creates a tenant with its first user, an admin named {@code admin}.
     *
     * @param operator whether its admins may create tenants (only the first tenant)
     */
    public Issued createTenant(String name, boolean operator, Principal by) {
        checkName(name, "tenant");
        return db.inTransaction(c -> {
            if (exists(c, "SELECT 1 FROM tenants WHERE name = ?", name)) throw new StateConflict("tenant '" + name + "' exists");
            long tenantId = Sql.insert(c, "INSERT INTO tenants (name, operator, created_at) VALUES (?,?,?)", name, operator, Sql.now());
            Issued admin = createUser(c, tenantId, name, "admin", Role.ADMIN);
            AuditLog.write(c, tenantId, by, "tenant.create", "tenant " + name, null);
            return admin;
        });
    }

    /** Creates a user in the admin's tenant, with a first token. */
    public Issued createUser(Principal admin, String name, Role role) {
        checkName(name, "user");
        Objects.requireNonNull(role, "role");
        return db.inTransaction(c -> {
            if (exists(c, "SELECT 1 FROM users WHERE tenant_id = ? AND name = ?", admin.tenantId(), name)) {
                throw new StateConflict("user '" + name + "' exists");
            }
            Issued u = createUser(c, admin.tenantId(), admin.tenant(), name, role);
            AuditLog.write(c, admin.tenantId(), admin, "user.create", "user " + name, role.id());
            return u;
        });
    }

    /** The users of the admin's tenant. */
    public List<User> users(Principal p) {
        return db.inTransaction(c -> {
            List<User> out = new ArrayList<>();
            try (PreparedStatement ps = Sql.prepare(c, "SELECT id, name, role FROM users WHERE tenant_id = ? ORDER BY id", p.tenantId());
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new User(rs.getLong(1), rs.getString(2), Role.fromId(rs.getString(3)).orElseThrow()));
            }
            return out;
        });
    }

    /** A new token for a user of the admin's tenant (older tokens stay valid until revoked). */
    public Issued issueToken(Principal admin, long userId) {
        return db.inTransaction(c -> {
            User u = user(c, admin.tenantId(), userId);
            String token = newToken(c, u.id());
            AuditLog.write(c, admin.tenantId(), admin, "token.issue", "user " + u.name(), null);
            return new Issued(u.id(), u.name(), admin.tenant(), u.role(), token);
        });
    }

    /** Revokes every token of a user of the admin's tenant; returns how many. */
    public int revokeTokens(Principal admin, long userId) {
        return db.inTransaction(c -> {
            User u = user(c, admin.tenantId(), userId);
            int n = Sql.update(c, "UPDATE api_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL", Sql.now(), u.id());
            AuditLog.write(c, admin.tenantId(), admin, "token.revoke", "user " + u.name(), n + " token(s)");
            return n;
        });
    }

    /** The user of a token, if it is known and not revoked. */
    public Optional<Principal> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 200) return Optional.empty();
        String hash = sha256(token);
        return db.inTransaction(c -> {
            try (PreparedStatement ps = Sql.prepare(c, "SELECT u.id, u.name, u.role, t.id, t.name, t.operator FROM api_tokens k"
                    + " JOIN users u ON u.id = k.user_id JOIN tenants t ON t.id = u.tenant_id"
                    + " WHERE k.token_hash = ? AND k.revoked_at IS NULL", hash);
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(new Principal(rs.getLong(1), rs.getString(2), rs.getLong(4), rs.getString(5),
                        Role.fromId(rs.getString(3)).orElseThrow(), rs.getBoolean(6)));
            }
        });
    }

    /** The SHA-256 of a text, in lower-case hex. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static Issued createUser(Connection c, long tenantId, String tenant, String name, Role role) throws SQLException {
        long id = Sql.insert(c, "INSERT INTO users (tenant_id, name, role, created_at) VALUES (?,?,?,?)", tenantId, name, role.id(), Sql.now());
        return new Issued(id, name, tenant, role, newToken(c, id));
    }

    private static String newToken(Connection c, long userId) throws SQLException {
        byte[] bits = new byte[32];
        RANDOM.nextBytes(bits);
        String token = "zh_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        Sql.update(c, "INSERT INTO api_tokens (user_id, token_hash, created_at) VALUES (?,?,?)", userId, sha256(token), Sql.now());
        return token;
    }

    private static User user(Connection c, long tenantId, long userId) throws SQLException {
        try (PreparedStatement ps = Sql.prepare(c, "SELECT id, name, role FROM users WHERE id = ? AND tenant_id = ?", userId, tenantId);
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) throw new UnknownRecord("user " + userId);
            return new User(rs.getLong(1), rs.getString(2), Role.fromId(rs.getString(3)).orElseThrow());
        }
    }

    private static boolean exists(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = Sql.prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    private static void checkName(String name, String what) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidValue(what + " name '" + name + "': use letters, digits, '.', '_', '-' (at most 100)");
        }
    }
}
