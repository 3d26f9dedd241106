package org.zhonghe.store;

import java.nio.file.Path;

/** The registry's settlement of a conflict on embedded H2. */
class H2RegistrySettlementTest extends RegistrySettlementContract {
    @Override
    String freshDatabase(Path dir) {
        return Database.h2Url(dir);
    }
}
