package org.zhonghe.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 §3: the server verifies the audit log's hash chain on every start and prints its head;
 * a row rewritten behind its back (trigger dropped, {@code UPDATE}) is reported at that row on the
 * next start, and the server still serves, so that the evidence stays readable.
 */
class AuditOnStartTest {
    @TempDir Path dir;

    private ZhongheServer start(StringBuilder printed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ZhongheServer s = ZhongheServer.start(ServerOptions.defaults().withPort(0).withDataDir(dir), new PrintStream(out, true));
        printed.append(out);
        return s;
    }

    @Test
    void each_start_verifies_the_chain_and_a_rewritten_row_is_reported_at_its_row() throws Exception {
        StringBuilder first = new StringBuilder();
        String url;
        try (ZhongheServer server = start(first)) {
            assertThat(first.toString()).containsPattern("Audit log: 0 rows, chain intact, head 0{64}");
            Http http = new Http(server.port());
            String admin = Http.adminToken(first);
            assertThat(http.post("/users", admin, "application/json", "{\"name\": \"alice\", \"role\": \"editor\"}").status()).isEqualTo(201);
            url = server.store().url();
        }

        StringBuilder second = new StringBuilder();
        try (ZhongheServer server = start(second)) {
            assertThat(second.toString()).containsPattern("Audit log: [1-9][0-9]* rows, chain intact, head [0-9a-f]{64}")
                    .doesNotContain("WARNING");
        }

        long row;
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT MIN(id) FROM audit_log WHERE action = 'user.create'")) {
                rs.next();
                row = rs.getLong(1);
            }
            s.execute("DROP TRIGGER audit_log_no_change");
            s.execute("UPDATE audit_log SET actor = 'mallory' WHERE id = " + row);
        }

        StringBuilder third = new StringBuilder();
        try (ZhongheServer server = start(third)) {
            assertThat(third.toString()).contains("WARNING: the audit log's hash chain is broken at row " + row + ": row " + row
                    + " was changed").doesNotContain("chain intact");
            assertThat(new Http(server.port()).get("/health", null).status()).as("still serving").isEqualTo(200);
        }
    }
}
