package org.zhonghe.store;

import java.nio.file.Path;

/** The credit ledger on embedded H2. */
class H2CreditLedgerTest extends CreditLedgerContract {
    @Override
    String freshDatabase(Path dir) {
        return Database.h2Url(dir);
    }
}
