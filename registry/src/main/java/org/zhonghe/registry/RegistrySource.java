package org.zhonghe.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where registry records are looked up: the exports of a folder read into memory
 * ({@link RegistryData}) or the store's imported copy. {@link RegistryLookup} judges credits
 * from either in the same way.
 */
public interface RegistrySource {
    /** True when data of {@code registry} were loaded (read from its folder, or imported). */
    boolean has(Registry registry);

    /**
     * The records of {@code serial}'s block that hold any of its units (a serial without unit
     * numbers: every record of its block), in the order they were read.
     */
    List<RegistryRecord> find(Serial serial);

    /** Every record holding units of a serial as written, trying each registry's grammar in turn. */
    default List<RegistryRecord> find(String serialText) {
        List<RegistryRecord> out = new ArrayList<>();
        for (Registry r : Registry.values()) {
            Optional<Serial> s = RegistryData.tryParse(r, serialText);
            s.ifPresent(x -> out.addAll(find(x)));
        }
        return out;
    }
}
