package org.zhonghe.store;

import java.nio.file.Path;

/** The storage contract on an embedded H2 file database. */
class H2StoreTest extends StoreContract {
    @Override
    String freshDatabase(Path dir) {
        return Database.h2Url(dir);
    }
}
