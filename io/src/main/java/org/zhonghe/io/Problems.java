package org.zhonghe.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.zhonghe.assessment.Problem;

/**
 * The problems of one read, collected without stopping; {@link #inFileOrder()} sorts them by
 * file (in the order first met) and line, and gives the first {@link #LIMIT}. A ledger file is
 * read in line order and stops once it has {@link #LIMIT} ({@link #isFull}); the assessment file
 * is bound field by field, not line by line, so it keeps more before its first lines are known.
 */
final class Problems {
    static final int LIMIT = 100;
    private static final int KEPT_PER_FILE = 10_000;

    private final List<Problem> all = new ArrayList<>();
    private final Map<String, Integer> perFile = new HashMap<>();
    private final Map<String, Integer> fileOrder = new LinkedHashMap<>();
    private final Map<String, Function<String, String>> sheetColumns = new HashMap<>();

    void add(String file, long line, String field, String value, String key, Object... args) {
        fileOrder.putIfAbsent(file, fileOrder.size());
        int n = perFile.merge(file, 1, Integer::sum);
        if (n <= KEPT_PER_FILE) {
            Function<String, String> columns = sheetColumns.get(file);
            String column = columns == null ? "" : columns.apply(field);
            all.add(new Problem(file, line, field, value, key, List.of(args), column));
        }
    }

    /** Problems found by core's checks of the records that could be read. */
    void addAll(List<Problem> found) {
        for (Problem p : found) add(p.file(), p.line(), p.field(), p.value(), p.key(), p.args().toArray());
    }

    /**
     * Makes {@code file} a sheet of a workbook, whose problems name the column of their field:
     * {@code columns} gives the letters ({@code D}) for a field's path, or null when it has none.
     */
    void meetSheet(String file, Function<String, String> columns) {
        meet(file);
        sheetColumns.put(file, field -> {
            String letters = columns.apply(field);
            return letters == null ? "" : letters;
        });
    }

    /** Makes {@code file} sort before files met later, even before it has a problem. */
    void meet(String file) {
        fileOrder.putIfAbsent(file, fileOrder.size());
    }

    /** Places a problem found later (core's checks of a read assessment) in its sheet's column, when it has one. */
    UnaryOperator<Problem> columns() {
        return new SheetColumns(Map.copyOf(sheetColumns));
    }

    /** The columns of the sheets read, by sheet; shown by the names of the sheets (a read's text is compared in tests). */
    private record SheetColumns(Map<String, Function<String, String>> sheets) implements UnaryOperator<Problem> {
        @Override
        public Problem apply(Problem p) {
            Function<String, String> columns = sheets.get(p.file());
            return columns == null || !p.column().isEmpty() ? p : p.inColumn(columns.apply(p.field()));
        }

        @Override
        public String toString() {
            return "columns of " + new java.util.TreeSet<>(sheets.keySet());
        }
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    int size() {
        return all.size();
    }

    /** Whether {@code file} has reached the limit, so that reading it further is pointless. */
    boolean isFull(String file) {
        return perFile.getOrDefault(file, 0) >= LIMIT;
    }

    List<Problem> inFileOrder() {
        return all.stream()
                .sorted(Comparator.comparingInt((Problem p) -> fileOrder.getOrDefault(p.file(), Integer.MAX_VALUE)).thenComparingLong(Problem::line))
                .limit(LIMIT)
                .toList();
    }
}
