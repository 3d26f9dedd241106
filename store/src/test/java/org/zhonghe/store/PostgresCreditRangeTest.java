package org.zhonghe.store;

import java.nio.file.Path;
import java.sql.SQLException;

/** Overlapping unit ranges in the credit ledger, on a real PostgreSQL ({@code ZHONGHE_TEST_PG_URL}). */
class PostgresCreditRangeTest extends CreditRangeContract {
    @Override
    String freshDatabase(Path dir) throws SQLException {
        return postgres();
    }
}
