package org.zhonghe.targets;

import org.zhonghe.assessment.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cells of a targets file (a Net Zero Tracker export, a registry file, an emissions series) as
 * read by {@code io} (Commons CSV), keeping for every record the line on which it starts; this package
 * reads the cells, never the file. Header names match ignoring case; values are trimmed.
 *
 * @param file    the file's name, for problems
 * @param headers the header names as written
 * @param rows    the data records
 */
public record CsvTable(String file, List<String> headers, List<Row> rows) {

    /**
     * One data record.
     *
     * @param line       the 1-based line on which the record starts
     * @param values     its trimmed values by lower-cased header name
     * @param fieldCount how many fields the record has (a short or long record is a problem)
     */
    public record Row(long line, Map<String, String> values, int fieldCount) {
        /** The trimmed value of a column, empty when the column is absent or the record is short. */
        public String get(String column) {
            String v = values.get(column.toLowerCase(Locale.ROOT));
            return v == null ? "" : v;
        }
    }

    /** True when the header has this column (ignoring case). */
    public boolean hasColumn(String column) {
        return headers.stream().anyMatch(h -> h.equalsIgnoreCase(column));
    }

    /** One {@link ProblemKind#MISSING_COLUMN} problem (line 1) for each required column that is absent. */
    public List<Problem> missingColumns(List<String> required) {
        List<Problem> problems = new ArrayList<>();
        for (String column : required) {
            if (!hasColumn(column)) {
                problems.add(ProblemKind.MISSING_COLUMN.at(file, 1, column, "",
                        String.join(", ", required)));
            }
        }
        return problems;
    }
}
