package org.zhonghe.store;

import java.nio.file.Path;

/** The audit chain on embedded H2. */
class H2AuditChainTest extends AuditChainContract {
    @Override
    String freshDatabase(Path dir) {
        return Database.h2Url(dir);
    }
}
