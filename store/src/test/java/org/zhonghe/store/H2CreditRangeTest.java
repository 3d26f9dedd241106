package org.zhonghe.store;

import java.nio.file.Path;

/** Overlapping unit ranges in the credit ledger, on embedded H2. */
class H2CreditRangeTest extends CreditRangeContract {
    @Override
    String freshDatabase(Path dir) {
        return Database.h2Url(dir);
    }
}
