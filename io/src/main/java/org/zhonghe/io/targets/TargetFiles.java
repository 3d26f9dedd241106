package org.zhonghe.io.targets;

import java.io.Reader;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.zhonghe.targets.CsvTable;
import org.zhonghe.targets.LocalizedText;
import org.zhonghe.targets.NetZeroTrackerCsv;
import org.zhonghe.targets.Parsed;
import org.zhonghe.targets.ProblemKind;
import org.zhonghe.targets.RegistryCsv;
import org.zhonghe.targets.TargetEntry;
import org.zhonghe.targets.TargetSnapshot;

/**
 * Reads a targets file the caller has opened: a Net Zero Tracker export (recognised by its
 * {@code ID_Code} and {@code End_target} columns) or a file in the registry's own format (columns
 * {@code code} and {@code category}). Every problem of the file is reported in one pass.
 */
public final class TargetFiles {
    private TargetFiles() {}

    /**
     * Reads the file; entries of a Net Zero Tracker export whose code is in the bundled snapshot
     * {@code 2022-01} take their Chinese name from it.
     *
     * @param reader the file's characters (the caller decodes them, e.g. UTF-8); not closed here
     * @param file   the file's name, used in problems and as the snapshot's id
     */
    public static Parsed<TargetSnapshot> read(Reader reader, String file) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(file, "file");
        Parsed<CsvTable> csv = TargetsCsv.read(reader, file);
        if (!csv.isValid()) {
            return Parsed.failed(csv.problems());
        }
        CsvTable table = csv.value();
        if (table.hasColumn("ID_Code") || table.hasColumn("End_target")) {
            return NetZeroTrackerCsv.read(table, knownNames());
        }
        if (table.hasColumn("code") || table.hasColumn("category")) {
            return RegistryCsv.read(table, file);
        }
        return Parsed.failed(List.of(ProblemKind.UNKNOWN_FORMAT.at(file, 1, "", String.join(",", table.headers()), "")));
    }

    private static Map<String, LocalizedText> knownNames() {
        return TargetRegistry.snapshot(TargetRegistry.LATEST).entries().stream()
                .collect(Collectors.toMap(TargetEntry::code, TargetEntry::name, (a, b) -> a));
    }
}
