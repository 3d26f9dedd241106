package org.zhonghe.targets;

import org.zhonghe.assessment.Problem;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** Parsing of single CSV values into years and decimals, adding a {@link Problem} when one is wrong. */
final class Cells {
    /** The earliest and latest years accepted anywhere (inventories start after 1850; targets end by 2200). */
    static final int FIRST_YEAR = 1850;
    static final int LAST_YEAR = 2200;

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    private Cells() {}

    /** The year in {@code column}, {@code null} when empty or wrong (a problem is then added if wrong). */
    static Integer optionalYear(CsvTable table, CsvTable.Row row, String column, List<Problem> problems) {
        String raw = row.get(column);
        if (raw.isEmpty()) {
            return null;
        }
        if (YEAR.matcher(raw).matches()) {
            int year = Integer.parseInt(raw);
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                return year;
            }
        }
        problems.add(ProblemKind.NOT_A_YEAR.at(table.file(), row.line(), column, raw,
                FIRST_YEAR + "–" + LAST_YEAR));
        return null;
    }

    /** The year in {@code column}; an empty value is a problem too. */
    static Integer requiredYear(CsvTable table, CsvTable.Row row, String column, List<Problem> problems) {
        if (row.get(column).isEmpty()) {
            problems.add(ProblemKind.EMPTY_VALUE.at(table.file(), row.line(), column, "", ""));
            return null;
        }
        return optionalYear(table, row, column, problems);
    }

    /** The decimal in {@code column} parsed from the text as written; empty or wrong adds a problem. */
    static BigDecimal requiredDecimal(CsvTable table, CsvTable.Row row, String column, List<Problem> problems) {
        String raw = row.get(column);
        if (raw.isEmpty()) {
            problems.add(ProblemKind.EMPTY_VALUE.at(table.file(), row.line(), column, "", ""));
            return null;
        }
        if (!DECIMAL.matcher(raw).matches()) {
            problems.add(ProblemKind.NOT_A_DECIMAL.at(table.file(), row.line(), column, raw, ""));
            return null;
        }
        return new BigDecimal(raw);
    }

    /** A problem when the record has a different number of fields than the header. */
    static void checkFieldCount(CsvTable table, CsvTable.Row row, List<Problem> problems) {
        if (row.fieldCount() != table.headers().size()) {
            problems.add(ProblemKind.WRONG_FIELD_COUNT.at(table.file(), row.line(), "", String.valueOf(row.fieldCount()), String.valueOf(table.headers().size())));
        }
    }
}
