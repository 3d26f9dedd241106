package org.zhonghe.registry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry exports of a folder, read into memory and indexed by serial block: what
 * {@code registry show}, {@code registry claims} and {@code check --registry-data} consult.
 */
public final class RegistryData implements RegistrySink {
    private final List<RegistryRecord> records = new ArrayList<>();
    private final List<RegistryProject> projects = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private final List<FileCount> counts = new ArrayList<>();
    private final Map<Registry, Map<String, List<RegistryRecord>>> blocks = new EnumMap<>(Registry.class);

    private RegistryData() {}

    /** Reads every registry folder of {@code dir} (see {@link RegistryFolders#find}). */
    public static RegistryData read(Path dir) {
        RegistryData d = new RegistryData();
        RegistryFolders.read(dir, CreditClasses.bundled(), d);
        return d;
    }

    @Override
    public void project(RegistryProject project) {
        projects.add(project);
    }

    @Override
    public void record(RegistryRecord r) {
        records.add(r);
        if (r.serial() != null) {
            blocks.computeIfAbsent(r.registry(), k -> new HashMap<>())
                    .computeIfAbsent(r.serial().blockKey(), k -> new ArrayList<>()).add(r);
        }
    }

    @Override
    public void rejected(Rejection rejection) {
        rejections.add(rejection);
    }

    @Override
    public void fileRead(FileCount count) {
        counts.add(count);
    }

    public List<RegistryRecord> records() {
        return List.copyOf(records);
    }

    public List<RegistryProject> projects() {
        return List.copyOf(projects);
    }

    public List<Rejection> rejections() {
        return List.copyOf(rejections);
    }

    public List<FileCount> counts() {
        return List.copyOf(counts);
    }

    /** True when data of {@code registry} were loaded. */
    public boolean has(Registry registry) {
        return counts.stream().anyMatch(c -> c.file().startsWith(registry.folder() + "/"))
                || records.stream().anyMatch(r -> r.registry() == registry);
    }

    /**
     * The records of {@code serial}'s block that hold any of its units (a serial without unit
     * numbers: every record of its block), in file order.
     */
    public List<RegistryRecord> find(Serial serial) {
        List<RegistryRecord> same = blocks.getOrDefault(serial.registry(), Map.of()).getOrDefault(serial.blockKey(), List.of());
        List<RegistryRecord> out = new ArrayList<>();
        for (RegistryRecord r : same) {
            UnitRange mine = serial.range();
            UnitRange theirs = r.serial().range();
            if (mine == null || theirs == null || theirs.overlaps(mine)) {
                out.add(r);
            }
        }
        return out;
    }

    /** Every record holding units of a serial as written, trying each registry's grammar. */
    public List<RegistryRecord> find(String serialText) {
        List<RegistryRecord> out = new ArrayList<>();
        for (Registry r : Registry.values()) {
            Optional<Serial> s = tryParse(r, serialText);
            s.ifPresent(x -> out.addAll(find(x)));
        }
        return out;
    }

    static Optional<Serial> tryParse(Registry r, String text) {
        try {
            return Optional.of(Serial.parse(r, text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
