package org.zhonghe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhonghe.store.Database;
import org.zhonghe.store.Store;

/** {@code zhonghe audit verify} on a real data directory: intact (exit 0), then tampered with (exit 1, the row named). */
class AuditCommandTest {
    @TempDir Path dir;

    @Test
    void an_intact_log_exits_0_and_a_changed_row_exits_1_naming_it() throws SQLException {
        try (Store s = Store.openDirectory(dir)) {
            s.initialize(List.of());
        }
        Run intact = Run.of("audit", "verify", "--data-dir", dir.toString(), "--lang", "en");
        assertThat(intact.exit()).as(intact.err()).isZero();
        assertThat(intact.out()).startsWith("Audit log intact: 1 rows");

        try (Connection c = DriverManager.getConnection(Database.h2Url(dir)); Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER audit_log_no_change");
            st.execute("UPDATE audit_log SET detail = 'nothing happened' WHERE id = 1");
        }
        Run broken = Run.of("audit", "verify", "--db", Database.h2Url(dir), "--lang", "zh");
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.out()).contains("第 1 行断开", "row 1 was changed");
    }

    @Test
    void a_directory_without_a_database_is_a_usage_error() {
        Run r = Run.of("audit", "verify", "--data-dir", dir.resolve("none").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("no Zhonghe database");
    }
}
