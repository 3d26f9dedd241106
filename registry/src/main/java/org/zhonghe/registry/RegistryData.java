package org.zhonghe.registry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The registry exports of a folder, read into memory and indexed by serial block: what
 * {@code registry show}, {@code registry claims} and {@code check --registry-data} consult.
 * The store's records of some serials ({@link #of}) are held the same way for a check.
 */
public final class RegistryData implements RegistrySink, RegistrySource {
    private final List<RegistryRecord> records = new ArrayList<>();
    private final List<RegistryProject> projects = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private final List<FileCount> counts = new ArrayList<>();
    private final List<DuplicateRow> duplicates = new ArrayList<>();
    private final Map<Registry, Map<String, List<RegistryRecord>>> blocks = new EnumMap<>(Registry.class);

    private final Set<Registry> loaded = java.util.EnumSet.noneOf(Registry.class);

    private RegistryData() {}

    /** Records read elsewhere (the store), with the registries whose data were loaded there. */
    public static RegistryData of(Set<Registry> loaded, Iterable<RegistryRecord> records) {
        RegistryData d = new RegistryData();
        d.loaded.addAll(loaded);
        for (RegistryRecord r : records) d.record(r);
        return d;
    }

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
    /** Holds {@code r}, unless it repeats a record of its block exactly: that copy is one retirement, told ({@link #duplicates}). */
    public void record(RegistryRecord r) {
        if (r.serial() != null) {
            List<RegistryRecord> block = blocks.computeIfAbsent(r.registry(), k -> new HashMap<>())
                    .computeIfAbsent(r.serial().blockKey(), k -> new ArrayList<>());
            for (RegistryRecord held : block) {
                if (DuplicateRow.same(held, r)) {
                    duplicates.add(new DuplicateRow(held.source(), r.source()));
                    return;
                }
            }
            block.add(r);
        }
        records.add(r);
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

    /** The rows that repeat another row exactly, read once, in reading order. */
    public List<DuplicateRow> duplicates() {
        return List.copyOf(duplicates);
    }

    public List<FileCount> counts() {
        return List.copyOf(counts);
    }

    /** True when data of {@code registry} were loaded. */
    @Override
    public boolean has(Registry registry) {
        return loaded.contains(registry) || counts.stream().anyMatch(c -> c.file().startsWith(registry.folder() + "/"))
                || records.stream().anyMatch(r -> r.registry() == registry);
    }

    @Override
    public List<RegistryRecord> find(Serial serial) {
        return overlapping(blocks.getOrDefault(serial.registry(), Map.of()).getOrDefault(serial.blockKey(), List.of()), serial);
    }

    /** Of the records of {@code serial}'s block, those holding any of its units (all, when it has none), in order. */
    public static List<RegistryRecord> overlapping(List<RegistryRecord> sameBlock, Serial serial) {
        List<RegistryRecord> out = new ArrayList<>();
        UnitRange mine = serial.range();
        for (RegistryRecord r : sameBlock) {
            UnitRange theirs = r.serial().range();
            if (mine == null || theirs == null || theirs.overlaps(mine)) out.add(r);
        }
        return out;
    }

    /** {@code text} read by {@code r}'s grammar; empty when it does not read so. */
    public static Optional<Serial> tryParse(Registry r, String text) {
        try {
            return Optional.of(Serial.parse(r, text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
