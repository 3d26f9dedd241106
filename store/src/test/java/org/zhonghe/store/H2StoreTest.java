package org.zhonghe.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The storage contract on an embedded H2 file database, and what is H2's alone. */
class H2StoreTest extends StoreContract {
    /** The admin token of the database in {@code h2-2.4.240/}, written by Zhonghe on H2 2.4.240. */
    private static final String OLD_ADMIN_TOKEN = "zh_wqhqLFZWekpmZ-p4sAcB06pFjOYmryQ3lHiWJbZWhlM";

    @Override
    String freshDatabase(Path dir) {
        return Database.h2Url(dir);
    }

    @Test
    void a_new_data_directory_is_owner_only_and_so_is_its_database_file() throws IOException {
        Path data = dir.resolve("fresh").resolve("data");
        try (Store s = Store.openDirectory(data)) {
            s.initialize(List.of());
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("zhonghe.mv.db")))).isEqualTo("rw-------");
    }

    @Test
    void a_database_file_left_readable_by_others_is_made_owner_only_when_opened() throws IOException {
        Path data = Files.createDirectories(dir.resolve("loose"));
        try (Store s = Store.open(Database.h2Url(data))) {
            s.initialize(List.of());
        }
        Files.setPosixFilePermissions(data.resolve("zhonghe.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));
        Store.openDirectory(data).close();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("zhonghe.mv.db")))).isEqualTo("rw-------");
    }

    /** A data directory written by Zhonghe on H2 2.4.240 opens on 2.5.252 and is migrated forward. */
    @Test
    void a_data_directory_written_by_h2_2_4_240_opens_and_accepts_new_users() throws IOException {
        Path old = Files.createDirectories(dir.resolve("old"));
        try (InputStream in = getClass().getResourceAsStream("h2-2.4.240/zhonghe.mv.db")) {
            Files.copy(in, old.resolve("zhonghe.mv.db"));
        }
        try (Store s = Store.openDirectory(old)) {
            assertThat(s.initialize(List.of())).isEmpty();
            Principal p = s.accounts().authenticate(OLD_ADMIN_TOKEN).orElseThrow();
            s.recycleConnections();
            assertThat(s.accounts().createUser(p, "after-upgrade", Role.EDITOR).role()).isEqualTo(Role.EDITOR);
            assertThat(s.audit().list(p, 0, 10)).extracting(AuditLog.Entry::action).containsExactly("user.create", "tenant.create");
        }
    }
}
