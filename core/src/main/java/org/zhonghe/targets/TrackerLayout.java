package org.zhonghe.targets;

import java.util.List;
import java.util.Objects;

/**
 * The header of a Net Zero Tracker export: the field names of its columns and, when the file has the
 * export's row of group names above them (sheet {@code Current Snapshot}: a group name stands over its
 * first column only), the group of each column, carried forward over the columns it spans.
 *
 * @param fields    the field names as written, one per column, in column order
 * @param groups    the group of each column, same size as {@code fields}; empty strings when the file has
 *                  no group row
 * @param fieldLine the 1-based line (row) of the field names
 */
public record TrackerLayout(List<String> fields, List<String> groups, long fieldLine) {
    /** The field every export row must have. */
    public static final String ID = "ID_Code";

    public TrackerLayout {
        fields = List.copyOf(fields);
        groups = List.copyOf(groups);
        if (groups.size() != fields.size()) {
            throw new IllegalArgumentException("groups " + groups.size() + " != fields " + fields.size());
        }
    }

    /** True when this row of cells names the {@link #ID} field, i.e. is the row of field names. */
    static boolean isFieldRow(List<String> cells) {
        return cells.stream().anyMatch(c -> c != null && c.strip().equalsIgnoreCase(ID));
    }

    /** The layout from the field row and the group row above it ({@code null} when there is none). */
    static TrackerLayout of(List<String> fieldRow, List<String> groupRow, long fieldLine) {
        Objects.requireNonNull(fieldRow, "fieldRow");
        int width = fieldRow.size();
        while (width > 0 && (fieldRow.get(width - 1) == null || fieldRow.get(width - 1).isBlank())) {
            width--;
        }
        List<String> fields = fieldRow.subList(0, width).stream().map(f -> f == null ? "" : f.strip()).toList();
        String[] groups = new String[width];
        String current = "";
        for (int i = 0; i < width; i++) {
            String g = groupRow == null || i >= groupRow.size() || groupRow.get(i) == null ? "" : groupRow.get(i).strip();
            if (!g.isEmpty()) {
                current = g;
            }
            groups[i] = groupRow == null ? "" : current;
        }
        return new TrackerLayout(fields, List.of(groups), fieldLine);
    }

    /** The index of a field, ignoring case; -1 when absent. */
    public int indexOf(String field) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).equalsIgnoreCase(field)) {
                return i;
            }
        }
        return -1;
    }
}
