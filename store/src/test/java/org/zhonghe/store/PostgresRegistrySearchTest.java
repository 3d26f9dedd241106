package org.zhonghe.store;

import java.nio.file.Path;
import java.sql.SQLException;

/** The beneficiary search from the store, on a real PostgreSQL ({@code ZHONGHE_TEST_PG_URL}). */
class PostgresRegistrySearchTest extends RegistrySearchContract {
    @Override
    String freshDatabase(Path dir) throws SQLException {
        return postgres();
    }
}
