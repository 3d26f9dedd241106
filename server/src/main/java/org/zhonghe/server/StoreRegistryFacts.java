package org.zhonghe.server;

import org.zhonghe.io.ReadResult;
import org.zhonghe.registry.RegistryLookup;
import org.zhonghe.rules.RegistryFacts;
import org.zhonghe.store.Store;

/**
 * The registry facts of the server's checks, from the registry data imported into the store
 * ({@code zhonghe registry import}): the same judgement as {@code zhonghe check FILE
 * --registry-data DIR} (RegistryLookup), fed from the store. With no registry data imported the
 * credits are judged as declared, as {@code check} without {@code --registry-data}; with some,
 * a credit of a registry without data is {@code REGISTRY_UNCHECKED}. The records of an
 * assessment's credits are read once, before the check, and held for it.
 */
final class StoreRegistryFacts {
    private final Store store;

    StoreRegistryFacts(Store store) {
        this.store = store;
    }

    /** The facts for the credits of what was read; {@link RegistryFacts#NONE} for input that did not read. */
    RegistryFacts of(ReadResult read) {
        if (!read.isValid()) return RegistryFacts.NONE;
        return store.registry().stored().forCredits(read.assessment().credits())
                .<RegistryFacts>map(RegistryLookup::new).orElse(RegistryFacts.NONE);
    }
}
