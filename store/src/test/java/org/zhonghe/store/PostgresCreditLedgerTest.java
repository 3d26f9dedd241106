package org.zhonghe.store;

import java.nio.file.Path;
import java.sql.SQLException;

/** The credit ledger on a real PostgreSQL ({@code ZHONGHE_TEST_PG_URL}). */
class PostgresCreditLedgerTest extends CreditLedgerContract {
    @Override
    String freshDatabase(Path dir) throws SQLException {
        return postgres();
    }
}
