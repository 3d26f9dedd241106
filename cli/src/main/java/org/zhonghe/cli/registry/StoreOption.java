package org.zhonghe.cli.registry;

import java.nio.file.Path;
import org.zhonghe.store.Store;
import picocli.CommandLine.Option;

/** {@code --db URL} and {@code --data-dir DIR}: the store a registry command reads, as {@code registry import} writes it. */
public final class StoreOption {
    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Read the registry data imported into this database (e.g. jdbc:postgresql://host/zhonghe?user=…).")
    String db;
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Read the registry data imported into the embedded H2 database of DIR (default ~/.zhonghe).")
    Path dataDir;

    boolean given() {
        return db != null || dataDir != null;
    }

    Store open() {
        return db != null ? Store.open(db) : Store.openDirectory(dataDir != null ? dataDir
                : Path.of(System.getProperty("user.home"), ".zhonghe"));
    }
}
