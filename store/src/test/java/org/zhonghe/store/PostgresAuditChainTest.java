package org.zhonghe.store;

import java.nio.file.Path;
import java.sql.SQLException;

/** The audit chain on a real PostgreSQL ({@code ZHONGHE_TEST_PG_URL}). */
class PostgresAuditChainTest extends AuditChainContract {
    @Override
    String freshDatabase(Path dir) throws SQLException {
        return postgres();
    }
}
