package org.zhonghe.store;

import java.nio.file.Path;
import java.sql.SQLException;

/** The registry's settlement of a conflict on a real PostgreSQL ({@code ZHONGHE_TEST_PG_URL}). */
class PostgresRegistrySettlementTest extends RegistrySettlementContract {
    @Override
    String freshDatabase(Path dir) throws SQLException {
        return postgres();
    }
}
