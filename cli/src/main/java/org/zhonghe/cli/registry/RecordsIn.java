package org.zhonghe.cli.registry;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.zhonghe.cli.InputError;
import org.zhonghe.registry.BeneficiarySearch;
import org.zhonghe.registry.RegistryData;
import org.zhonghe.registry.RegistryMessages;
import org.zhonghe.registry.RegistryRecord;
import org.zhonghe.registry.RegistrySource;
import org.zhonghe.store.Store;
import org.zhonghe.store.StoredRegistry;

/**
 * Where {@code registry show}, {@code search} and {@code claims} read: a folder of exports, or
 * the registry data imported into the store ({@code --db URL}, {@code --data-dir DIR}, else the
 * embedded database in {@code ~/.zhonghe}, as {@code registry import}). Both give the same
 * records in the same order, so the output is the same byte for byte.
 */
final class RecordsIn implements AutoCloseable {
    private final RegistrySource source;
    private final RegistryData folder;
    private final Store store;

    private RecordsIn(RegistrySource source, RegistryData folder, Store store) {
        this.source = source;
        this.folder = folder;
        this.store = store;
    }

    /**
     * The records of {@code dir} when given, else of the store.
     *
     * @throws InputError when a folder and a database are both given, or the store holds no registry data
     */
    static RecordsIn open(Path dir, StoreOption db, RegistryMessages m, PrintWriter err) {
        if (dir != null) {
            if (db.given()) throw new InputError(m.get("registry.store.both"));
            RegistryData data = RegistryDataLoader.load(dir, m, err);
            return new RecordsIn(data, data, null);
        }
        Store store = db.open();
        StoredRegistry stored = store.registry().stored();
        if (stored.loaded().isEmpty()) {
            store.close();
            throw new InputError(m.get("registry.store.empty"));
        }
        return new RecordsIn(stored, null, store);
    }

    RegistrySource source() {
        return source;
    }

    /** Every record, in order. */
    List<RegistryRecord> records() {
        return folder != null ? folder.records() : store.registry().stored().records();
    }

    /** The retirements and cancellations made for {@code name}, in order: from the store, by its name index. */
    List<RegistryRecord> forBeneficiary(String name) {
        return folder != null ? BeneficiarySearch.in(folder.records(), name) : store.registry().stored().search(name);
    }

    @Override
    public void close() {
        if (store != null) store.close();
    }
}
