package org.zhonghe.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhonghe.assessment.Problem;

/** The header row of a batch ledger file: the column of each known field. */
final class Header {
    private final Map<String, Integer> columns;
    private final int width;

    private Header(Map<String, Integer> columns, int width) {
        this.columns = columns;
        this.width = width;
    }

    /**
     * Reads a header line; unknown, repeated and missing required fields are added to
     * {@code errors} (the header is still returned, without them).
     */
    static Header parse(String line, String file, List<String> allowed, Set<String> required, List<Problem> errors) {
        String text = line.startsWith("\uFEFF") ? line.substring(1) : line;
        String[] names = text.split(",", -1);
        Map<String, Integer> cols = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            String n = names[i].strip();
            if (n.length() >= 2 && n.startsWith("\"") && n.endsWith("\"")) n = n.substring(1, n.length() - 1);
            if (n.isEmpty()) continue;
            if (!allowed.contains(n)) {
                errors.add(Problem.of(file, 1, n, n, ErrorKeys.NOT_A_FIELD, n, String.join(", ", allowed)));
            } else if (cols.putIfAbsent(n, i) != null) {
                errors.add(Problem.of(file, 1, n, n, ErrorKeys.REPEATED, n));
            }
        }
        List<String> missing = new ArrayList<>(required);
        missing.removeAll(cols.keySet());
        missing.sort(null);
        for (String m : missing) {
            errors.add(Problem.of(file, 1, m, null, ErrorKeys.MISSING_COLUMN, m, String.join(", ", names)));
        }
        return new Header(cols, names.length);
    }

    /** The column of a field, or -1. */
    int column(String field) {
        return columns.getOrDefault(field, -1);
    }

    /** Cells a row must have. */
    int width() {
        return width;
    }
}
