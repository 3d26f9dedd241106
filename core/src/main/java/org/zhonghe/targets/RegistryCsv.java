package org.zhonghe.targets;

import org.zhonghe.assessment.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the registry's own CSV format, the format of the bundled snapshots: columns {@code code,
 * name_zh, name_en, category, target_year, status, gases, wording_zh, wording_en, interim_zh,
 * interim_en, credits_zh, credits_en, notes_zh, notes_en}; only the first four are required.
 */
public final class RegistryCsv {
    static final List<String> REQUIRED = List.of("code", "name_zh", "name_en", "category");
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    private RegistryCsv() {}

    public static Parsed<TargetSnapshot> read(CsvTable table, String id) {
        List<Problem> problems = new ArrayList<>(table.missingColumns(REQUIRED));
        if (!problems.isEmpty()) {
            return Parsed.failed(problems);
        }
        List<TargetEntry> entries = new ArrayList<>();
        Map<String, Long> firstLine = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            int before = problems.size();
            Cells.checkFieldCount(table, row, problems);
            String code = row.get("code");
            if (!CODE.matcher(code).matches()) {
                problems.add(ProblemKind.NOT_A_CODE.at(table.file(), row.line(), "code", code, ""));
            } else if (firstLine.containsKey(code)) {
                problems.add(ProblemKind.DUPLICATE_CODE.at(table.file(), row.line(), "code", code,
                        String.valueOf(firstLine.get(code))));
            } else {
                firstLine.put(code, row.line());
            }
            String categoryId = row.get("category");
            TargetCategory category = TargetCategory.fromId(categoryId).orElse(null);
            if (category == null && !categoryId.isEmpty()) {
                problems.add(ProblemKind.UNKNOWN_CATEGORY.at(table.file(), row.line(), "category", categoryId, TargetCategory.ids()));
            }
            String statusId = row.get("status");
            TargetStatus status = TargetStatus.fromId(statusId).orElse(null);
            if (status == null && !statusId.isEmpty()) {
                problems.add(ProblemKind.UNKNOWN_STATUS.at(table.file(), row.line(), "status", statusId, TargetStatus.ids()));
            }
            String gasesId = row.get("gases");
            GasCoverage gases = GasCoverage.fromId(gasesId).orElse(null);
            if (gases == null && !gasesId.isEmpty()) {
                problems.add(ProblemKind.UNKNOWN_GASES.at(table.file(), row.line(), "gases", gasesId, GasCoverage.ids()));
            }
            Integer year = Cells.optionalYear(table, row, "target_year", problems);
            if (problems.size() == before) {
                entries.add(new TargetEntry(code, text(row, "name"), category, year, status, gases,
                        text(row, "wording"), text(row, "interim"), text(row, "credits"), text(row, "notes")));
            }
        }
        if (table.rows().isEmpty()) {
            problems.add(ProblemKind.NO_ROWS.at(table.file(), 0, "", "", ""));
        }
        return problems.isEmpty() ? Parsed.of(new TargetSnapshot(id, entries, List.of())) : Parsed.failed(problems);
    }

    private static LocalizedText text(CsvTable.Row row, String column) {
        return new LocalizedText(row.get(column + "_zh"), row.get(column + "_en"));
    }
}
