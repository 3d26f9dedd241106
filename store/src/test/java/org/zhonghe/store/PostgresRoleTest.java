package org.zhonghe.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.zhonghe.check.Overrides;

/**
 * Issue 14 §3 on a real PostgreSQL: the application runs as a member of {@code zhonghe_app},
 * migrations as the owner; the application's role works the ledgers but cannot alter, drop or
 * truncate the audit log, nor drop or disable its triggers, nor change or delete its rows.
 */
class PostgresRoleTest {
    private Store store;

    @AfterEach
    void close() {
        if (store != null) store.close();
    }

    @Test
    void the_application_role_works_the_ledgers_but_cannot_alter_drop_or_truncate_the_audit_log() throws SQLException {
        String owner = StoreFixture.postgres();
        try (Connection c = DriverManager.getConnection(owner); Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zhonghe_app') THEN"
                    + " CREATE ROLE zhonghe_app NOLOGIN; END IF; IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zhonghe_test_app')"
                    + " THEN CREATE ROLE zhonghe_test_app LOGIN IN ROLE zhonghe_app; END IF; END $$");
        }
        String app = owner.replaceAll("user=[^&]*", "user=zhonghe_test_app");
        store = Store.open(app, owner);
        assertThat(store.runsAsOwner()).isFalse();
        Principal admin = store.accounts().authenticate(store.initialize(List.of()).orElseThrow().token()).orElseThrow();
        long id = store.assessments().importFile(admin, Ledgers.eventOffsetBy("role-2024", "GS", "GS-R")).id();
        assertThat(Checking.evaluate(store, admin, id, Overrides.NONE).stored().verdict()).isEqualTo("SUPPORTED");
        store.credits().withdrawClaim(admin, id, "role test");

        for (String sql : List.of("TRUNCATE audit_log, audit_chain", "ALTER TABLE audit_log DISABLE TRIGGER ALL",
                "DROP TRIGGER audit_log_no_change ON audit_log", "DROP TABLE audit_chain", "ALTER TABLE audit_log DROP COLUMN detail",
                "UPDATE audit_log SET actor = 'mallory'", "DELETE FROM audit_log", "UPDATE audit_chain SET row_hash = prev_hash",
                "DELETE FROM audit_head", "CREATE TABLE audit_copy (id BIGINT)")) {
            try (Connection c = DriverManager.getConnection(app); Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.execute(sql)).as(sql).isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).as(sql).isIn("42501", "42P01"));
            }
        }
        assertThat(store.audit().verify().intact()).isTrue();
        assertThat(store.audit().verify().rows()).isEqualTo(4);
    }
}
