package org.zhonghe.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhonghe.assessment.Problem;
import org.zhonghe.ledger.LedgerSection;

/** The header row of a batch ledger file: the column of each known field. */
final class Header {
    private final Map<String, Integer> columns;
    private final int width;
    /** The column of {@code entity}, or -1: asked for every row of removals, credits and activities. */
    private final int entity;

    private Header(Map<String, Integer> columns, int width) {
        this.columns = columns;
        this.width = width;
        entity = column("entity");
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

    /**
     * The columns of a batch ledger file of {@code section}: {@code entity}, then the section's
     * fields of core's schema ({@link LedgerSection}) but the {@code unread} ones, which batch does
     * not take (a column of them is an unknown field, never silently dropped).
     */
    static List<String> fields(LedgerSection section, String... unread) {
        List<String> names = new ArrayList<>(List.of("entity"));
        names.addAll(section.names());
        names.removeAll(List.of(unread));
        return List.copyOf(names);
    }

    /**
     * The columns a batch ledger file must have: {@code entity} and the section's required fields,
     * but {@code id} (a row without one is named by its line, {@code line 17}).
     */
    static Set<String> required(LedgerSection section) {
        Set<String> names = new java.util.HashSet<>(section.required());
        names.remove("id");
        names.add("entity");
        return Set.copyOf(names);
    }

    /** The column of a field, or -1. */
    int column(String field) {
        return columns.getOrDefault(field, -1);
    }

    /** The column of {@code entity}, or -1 (as {@code column("entity")}, without a lookup per row). */
    int entity() {
        return entity;
    }

    /** Cells a row must have. */
    int width() {
        return width;
    }
}
