package org.zhonghe.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL for the server's tests, as the store's contract tests have it: the database
 * of {@code ZHONGHE_TEST_PG_URL}, emptied; without it the test is skipped with a line on the
 * build's output, and with {@code ZHONGHE_REQUIRE_PG=1} (CI) its absence fails.
 */
final class TestPostgres {
    static final String PG_URL = "ZHONGHE_TEST_PG_URL";

    private TestPostgres() {}

    /** The JDBC URL of the test database, its schema {@code public} dropped and made again. */
    static String fresh() {
        String url = System.getenv(PG_URL);
        if (url == null || url.isBlank()) {
            String how = "set " + PG_URL + "=jdbc:postgresql://127.0.0.1:54329/zhonghe?user=postgres (a local cluster as .ci/run starts it)";
            if ("1".equals(System.getenv("ZHONGHE_REQUIRE_PG"))) throw new AssertionError(how + "; ZHONGHE_REQUIRE_PG=1 requires it");
            Skips.unless(false, "PostgreSQL tests", how);
        }
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new AssertionError("cannot empty the PostgreSQL test database " + url, e);
        }
        return url;
    }
}
