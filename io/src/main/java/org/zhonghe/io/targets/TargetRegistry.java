package org.zhonghe.io.targets;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.zhonghe.targets.CsvTable;
import org.zhonghe.targets.LocalizedText;
import org.zhonghe.targets.NetZeroTrackerCsv;
import org.zhonghe.targets.Parsed;
import org.zhonghe.targets.RegistryCsv;
import org.zhonghe.targets.TargetSnapshot;

/**
 * The snapshots of the registry shipped with Zhonghe. {@code 2022-01} is Table 1 of the paper (198
 * parties, Net Zero Tracker, read 25 January 2022) with Table 2's detail for CHN, USA, EUU and IND and
 * §3.1's gas coverage and caveats. {@code 2025-11} is the Net Zero Tracker's export of 9 November 2025,
 * its 199 country rows as exported (Net Zero Tracker: Energy and Climate Intelligence Unit, Data-Driven
 * EnviroLab, NewClimate Institute, Oxford Net Zero, zerotracker.net; CC BY 4.0), coded by ISO 3166-1
 * alpha-3 and named in Chinese from {@code 2022-01}. Snapshots are read once from the bundled resources.
 */
public final class TargetRegistry {
    /**
     * The snapshot commands read when none is named: the paper's {@code 2022-01} (Table 1), so that a
     * bare {@code targets stats} prints the paper's counts; {@link #CURRENT} is the newest.
     */
    public static final String LATEST = "2022-01";
    /** The newest bundled snapshot: the Net Zero Tracker's country rows of 9 November 2025. */
    public static final String CURRENT = "2025-11";
    /** Chinese names of parties of {@code 2025-11} that Table 1 does not list. */
    private static final Map<String, LocalizedText> NEW_NAMES = Map.of(
            "VAT", new LocalizedText("梵蒂冈（教廷）", "Holy See"));
    private static final List<String> IDS = List.of("2022-01", "2025-11");
    private static final Map<String, TargetSnapshot> LOADED = new ConcurrentHashMap<>();

    private TargetRegistry() {}

    /** The class-path resource of a bundled snapshot's CSV (in core's jar), for {@code Class.getResourceAsStream}. */
    public static String resource(String id) {
        return "/org/zhonghe/targets/snapshot-" + id + ".csv";
    }

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
        if (!id.equals(LATEST)) {
            snapshot(LATEST);
        }
        return LOADED.computeIfAbsent(id, TargetRegistry::load);
    }

    private static Map<String, LocalizedText> names() {
        Map<String, LocalizedText> names = new HashMap<>(NEW_NAMES);
        LOADED.get(LATEST).entries().forEach(e -> names.put(e.code(), e.name()));
        return names;
    }

    private static TargetSnapshot load(String id) {
        String resource = resource(id);
        try (InputStream in = TargetRegistry.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            CsvTable table = TargetsCsv.read(reader, resource).value();
            Parsed<TargetSnapshot> parsed = id.equals(LATEST) ? RegistryCsv.read(table, id)
                    : NetZeroTrackerCsv.read(table, names(), true, id);
            if (!parsed.isValid()) {
                throw new IllegalStateException("bundled snapshot " + resource + " is broken: " + parsed.problems());
            }
            return parsed.value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
