package org.zhonghe.targets;

import org.zhonghe.assessment.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Turns the rows of cells of a Net Zero Tracker export into {@link TrackerRow}s, whichever reader found
 * the cells (CSV, or the XLSX sheet {@code Current Snapshot} read as a stream): the row of group names,
 * if any, then the row of field names, then one entity per row. Rows are handed on one at a time and not
 * kept, so a large export is read in bounded memory. Problems (no field row, an empty or repeated
 * {@code ID_Code}, a row wider than the header, a year that is not one) are collected for all rows.
 */
public final class TrackerRows {
    private static final List<String> YEARS = List.of("End_target_year", "End_target_baseline_year",
            "Interim_target_year", "Interim_target_baseline_year");

    private final String file;
    private final Consumer<TrackerRow> sink;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Long> seen = new HashMap<>();
    private List<String> firstRow;
    private long firstLine;
    private TrackerLayout layout;
    private long rows;
    private boolean noFieldRow;

    /**
     * @param file the file's name, for problems
     * @param sink receives every row without problems, in file order
     */
    public TrackerRows(String file, Consumer<TrackerRow> sink) {
        this.file = Objects.requireNonNull(file, "file");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /** The next row of cells (a missing cell may be {@code null}), starting on this 1-based line. */
    public void accept(long line, List<String> cells) {
        if (noFieldRow) {
            return;
        }
        if (layout == null) {
            if (TrackerLayout.isFieldRow(cells)) {
                layout = TrackerLayout.of(cells, firstRow, line);
            } else if (firstRow == null) {
                firstRow = new ArrayList<>(cells);
                firstLine = line;
            } else {
                problems.add(ProblemKind.MISSING_COLUMN.at(file, firstLine, TrackerLayout.ID, "",
                        TrackerLayout.ID));
                noFieldRow = true;
            }
            return;
        }
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
            return;
        }
        rows++;
        int before = problems.size();
        List<String> fields = layout.fields();
        int width = cells.size();
        while (width > fields.size() && (cells.get(width - 1) == null || cells.get(width - 1).isBlank())) {
            width--;
        }
        if (width > fields.size()) {
            problems.add(ProblemKind.WRONG_FIELD_COUNT.at(file, line, "", String.valueOf(width),
                    String.valueOf(fields.size())));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            String v = i < cells.size() && cells.get(i) != null ? cells.get(i).strip() : "";
            values.putIfAbsent(fields.get(i), v);
        }
        TrackerRow row = new TrackerRow(file, line, EntityType.of(values.getOrDefault("Entity_type", ""),
                values.getOrDefault(TrackerLayout.ID, "")).orElse(null), values);
        String id = row.id();
        if (id.isEmpty()) {
            problems.add(ProblemKind.EMPTY_VALUE.at(file, line, TrackerLayout.ID, "", ""));
        } else if (seen.containsKey(id)) {
            problems.add(ProblemKind.DUPLICATE_CODE.at(file, line, TrackerLayout.ID, id,
                    String.valueOf(seen.get(id))));
        } else {
            seen.put(id, line);
        }
        for (String column : YEARS) {
            String raw = row.get(column);
            if (!raw.isEmpty() && !isYear(raw)) {
                problems.add(ProblemKind.NOT_A_YEAR.at(file, line, column, raw,
                        Cells.FIRST_YEAR + "–" + Cells.LAST_YEAR));
            }
        }
        if (problems.size() == before) {
            sink.accept(row);
        }
    }

    /** The layout once the input is read, or every problem (a file without a field row or rows is one). */
    public Parsed<TrackerLayout> finish() {
        if (layout == null && !noFieldRow) {
            problems.add(0, ProblemKind.MISSING_COLUMN.at(file, 1, TrackerLayout.ID, "", TrackerLayout.ID));
        } else if (layout != null && rows == 0) {
            problems.add(ProblemKind.NO_ROWS.at(file, 0, "", "", ""));
        }
        return problems.isEmpty() ? Parsed.of(layout) : Parsed.failed(problems);
    }

    /** The number of data rows seen so far (blank rows not counted). */
    public long rows() {
        return rows;
    }

    /** A problem found by the reader itself (malformed CSV, no such sheet), reported with the others. */
    public void problem(Problem problem) {
        problems.add(Objects.requireNonNull(problem, "problem"));
    }

    /** A year as the export writes it: four digits, or a number with a zero fraction (2050.0 from a sheet). */
    private static boolean isYear(String raw) {
        String digits = raw.endsWith(".0") ? raw.substring(0, raw.length() - 2) : raw;
        if (!digits.matches("\\d{4}")) {
            return false;
        }
        int year = Integer.parseInt(digits);
        return year >= Cells.FIRST_YEAR && year <= Cells.LAST_YEAR;
    }
}
