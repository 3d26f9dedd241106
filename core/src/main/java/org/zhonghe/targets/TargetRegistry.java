package org.zhonghe.targets;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The snapshots of the registry shipped with Zhonghe. {@code 2022-01} is Table 1 of the paper (198
 * parties, Net Zero Tracker, read 25 January 2022) with Table 2's detail for CHN, USA, EUU and IND and
 * §3.1's gas coverage and caveats. Snapshots are read once from the bundled resources.
 */
public final class TargetRegistry {
    /** The most recent bundled snapshot. */
    public static final String LATEST = "2022-01";
    private static final List<String> IDS = List.of("2022-01");
    private static final Map<String, TargetSnapshot> LOADED = new ConcurrentHashMap<>();

    private TargetRegistry() {}

    /** The ids of the bundled snapshots, oldest first. */
    public static List<String> snapshotIds() {
        return IDS;
    }

    /** True when a bundled snapshot has this id. */
    public static boolean hasSnapshot(String id) {
        return IDS.contains(id);
    }

    /** The bundled snapshot with this id, empty when there is none. */
    public static Optional<TargetSnapshot> find(String id) {
        return hasSnapshot(id) ? Optional.of(snapshot(id)) : Optional.empty();
    }

    /**
     * The bundled snapshot with this id.
     *
     * @throws IllegalArgumentException when no snapshot has this id
     */
    public static TargetSnapshot snapshot(String id) {
        if (!hasSnapshot(id)) {
            throw new IllegalArgumentException("no bundled snapshot '" + id + "', expected one of " + IDS);
        }
        return LOADED.computeIfAbsent(id, TargetRegistry::load);
    }

    private static TargetSnapshot load(String id) {
        String resource = "snapshot-" + id + ".csv";
        try (InputStream in = TargetRegistry.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            Parsed<TargetSnapshot> parsed = RegistryCsv.read(CsvTable.read(reader, resource).value(), id);
            if (!parsed.isValid()) {
                throw new IllegalStateException("bundled snapshot " + resource + " is broken: " + parsed.problems());
            }
            return parsed.value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
