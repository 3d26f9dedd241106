package org.zhonghe.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fresh store for each test, on embedded H2 or on a real PostgreSQL ({@code ZHONGHE_TEST_PG_URL};
 * with {@code ZHONGHE_REQUIRE_PG=1} its absence fails), opened with its demo admin; and plain SQL
 * beside the store, as someone with the database's credentials would type it.
 */
abstract class StoreFixture {
    private static final java.util.concurrent.atomic.AtomicBoolean TOLD = new java.util.concurrent.atomic.AtomicBoolean();
    static final String PG_URL = "ZHONGHE_TEST_PG_URL";

    @TempDir Path dir;

    /** The JDBC URL of a fresh, empty database. */
    abstract String freshDatabase(Path dir) throws SQLException;
    Store store;
    Principal admin;

    @BeforeEach
    void open() throws SQLException {
        String url = freshDatabase(dir);
        store = Store.open(url);
        admin = principal(store.initialize(List.of()).orElseThrow());
    }

    @AfterEach
    void close() {
        if (store != null) store.close();
    }

    static String postgres() throws SQLException {
        String url = System.getenv(PG_URL);
        if (url == null || url.isBlank()) {
            String how = "PostgreSQL contract not run: set " + PG_URL
                    + "=jdbc:postgresql://127.0.0.1:54329/zhonghe?user=postgres (a local cluster as .ci/run starts it)";
            if ("1".equals(System.getenv("ZHONGHE_REQUIRE_PG"))) throw new AssertionError(how + "; ZHONGHE_REQUIRE_PG=1 requires it");
            if (TOLD.compareAndSet(false, true)) System.out.println("[zhonghe] SKIPPED PostgreSQL tests: " + how); // once per run
            Assumptions.abort(how);
        }
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        return url;
    }

    Principal principal(Accounts.Issued issued) {
        return store.accounts().authenticate(issued.token()).orElseThrow();
    }

    long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(store.url()); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(store.url()); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    boolean isPostgres() {
        return store.url().startsWith("jdbc:postgresql:");
    }
}
