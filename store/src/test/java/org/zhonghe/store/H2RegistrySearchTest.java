package org.zhonghe.store;

import java.nio.file.Path;

/** The beneficiary search from the store, on embedded H2. */
class H2RegistrySearchTest extends RegistrySearchContract {
    @Override
    String freshDatabase(Path dir) {
        return Database.h2Url(dir);
    }
}
