package org.zhonghe.store;

import java.nio.file.Path;
import java.sql.SQLException;

/** The storage contract on a real PostgreSQL ({@code ZHONGHE_TEST_PG_URL}), emptied before each test. */
class PostgresStoreTest extends StoreContract {
    @Override
    String freshDatabase(Path dir) throws SQLException {
        return postgres();
    }
}
