package org.zhonghe.targets;

import org.zhonghe.assessment.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a Net Zero Tracker export (one row per entity) into a snapshot; every row becomes one entry. */
public final class NetZeroTrackerCsv {
    static final List<String> REQUIRED = List.of("ID_Code", "Name", "End_target", "End_target_year",
            "Status_of_end_target", "GHGs_covered");
    private static final List<String> OTHER_YEARS = List.of("End_target_baseline_year",
            "Interim_target_year", "Interim_target_baseline_year");

    private NetZeroTrackerCsv() {}

    public static Parsed<TargetSnapshot> read(CsvTable table, Map<String, LocalizedText> knownNames) {
        return read(table, knownNames, false, table.file());
    }

    /**
     * Reads the export; with {@code isoCodes} a country row's code is its {@code Country} column (ISO
     * 3166-1 alpha-3, EUU for the EU) instead of the tracker's {@code ID_Code}, so that the rows compare
     * with the paper's snapshot.
     */
    public static Parsed<TargetSnapshot> read(CsvTable table, Map<String, LocalizedText> knownNames, boolean isoCodes,
                                       String id) {
        List<Problem> problems = new ArrayList<>(table.missingColumns(REQUIRED));
        if (!problems.isEmpty()) {
            return Parsed.failed(problems);
        }
        List<TargetEntry> entries = new ArrayList<>();
        Map<String, Long> firstLine = new HashMap<>();
        Map<String, Map<String, List<Long>>> unknown = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            int before = problems.size();
            Cells.checkFieldCount(table, row, problems);
            String code = isoCodes && row.get("ID_Code").startsWith("COU-") ? row.get("Country") : row.get("ID_Code");
            if (code.isEmpty()) {
                problems.add(ProblemKind.EMPTY_VALUE.at(table.file(), row.line(), "ID_Code", "", ""));
            } else if (firstLine.containsKey(code)) {
                problems.add(ProblemKind.DUPLICATE_CODE.at(table.file(), row.line(), "ID_Code", code,
                        String.valueOf(firstLine.get(code))));
            } else {
                firstLine.put(code, row.line());
            }
            Integer year = Cells.optionalYear(table, row, "End_target_year", problems);
            for (String column : OTHER_YEARS) {
                Cells.optionalYear(table, row, column, problems);
            }
            if (problems.size() > before) {
                continue;
            }
            String label = row.get("End_target");
            TargetCategory category = label(row, "End_target", NetZeroTrackerLabels.category(label), unknown);
            TargetStatus status = label(row, "Status_of_end_target",
                    NetZeroTrackerLabels.status(row.get("Status_of_end_target")), unknown);
            GasCoverage gases = label(row, "GHGs_covered", NetZeroTrackerLabels.gases(row.get("GHGs_covered")),
                    unknown);
            String name = row.get("Name").isEmpty() ? row.get("Country") : row.get("Name");
            LocalizedText names = knownNames.getOrDefault(code, LocalizedText.of(name));
            entries.add(new TargetEntry(code, names, category, year, status, gases, LocalizedText.of(label),
                    LocalizedText.of(interim(row)), LocalizedText.of(credits(row)),
                    LocalizedText.of(row.get("End_target_text")), LocalizedText.of(scopes(row)),
                    LocalizedText.of(removals(row))));
        }
        if (table.rows().isEmpty()) {
            problems.add(ProblemKind.NO_ROWS.at(table.file(), 0, "", "", ""));
        }
        if (!problems.isEmpty()) {
            return Parsed.failed(problems);
        }
        List<UnknownLabel> labels = new ArrayList<>();
        unknown.forEach((field, byLabel) -> byLabel.forEach((label, lines) ->
                labels.add(new UnknownLabel(field, label, lines))));
        return Parsed.of(new TargetSnapshot(id, entries, labels));
    }

    /** The mapped value; an unmapped non-empty label is remembered by field, label and line. */
    private static <T> T label(CsvTable.Row row, String field, Optional<T> mapped,
                               Map<String, Map<String, List<Long>>> unknown) {
        String raw = row.get(field);
        if (mapped.isEmpty() && !raw.isEmpty()) {
            unknown.computeIfAbsent(field, f -> new LinkedHashMap<>())
                    .computeIfAbsent(raw, l -> new ArrayList<>()).add(row.line());
        }
        return mapped.orElse(null);
    }

    /** {@code Carbon_credits}, with its conditions when the source gives them. */
    private static String credits(CsvTable.Row row) {
        return joined(row, "; ", "Carbon_credits", "Carbon_credits_conditions", "Max_emission_offset");
    }

    /** {@code Scope 1: …; Scope 2: …; Scope 3: …} from the three coverage columns, empty when none is given. */
    private static String scopes(CsvTable.Row row) {
        List<String> parts = new ArrayList<>();
        for (int scope = 1; scope <= 3; scope++) {
            String value = row.get("Scope_" + scope + "_coverage");
            if (!value.isEmpty()) {
                parts.add("Scope " + scope + ": " + value);
            }
        }
        return String.join("; ", parts);
    }

    /** {@code Separate removal target: …; Planning removals: …}, empty when neither is given. */
    private static String removals(CsvTable.Row row) {
        List<String> parts = new ArrayList<>();
        if (!row.get("Separate_removal_target").isEmpty()) {
            parts.add("Separate removal target: " + row.get("Separate_removal_target"));
        }
        if (!row.get("Planning_removals").isEmpty()) {
            parts.add("Planning removals: " + row.get("Planning_removals"));
        }
        return String.join("; ", parts);
    }

    private static String joined(CsvTable.Row row, String separator, String... columns) {
        List<String> parts = new ArrayList<>();
        for (String column : columns) {
            if (!row.get(column).isEmpty()) {
                parts.add(row.get(column));
            }
        }
        return String.join(separator, parts);
    }

    private static String interim(CsvTable.Row row) {
        String target = row.get("Interim_target");
        if (target.isEmpty() || target.equalsIgnoreCase("No target")) {
            return "";
        }
        StringBuilder text = new StringBuilder(target);
        if (!row.get("Interim_target_percentage_reduction").isEmpty()) {
            text.append(", ").append(row.get("Interim_target_percentage_reduction")).append('%');
        }
        if (!row.get("Interim_target_year").isEmpty()) {
            text.append(" by ").append(row.get("Interim_target_year"));
        }
        if (!row.get("Interim_target_baseline_year").isEmpty()) {
            text.append(" vs ").append(row.get("Interim_target_baseline_year"));
        }
        return text.toString();
    }
}
