package org.zhonghe.targets;

import java.util.List;
import java.util.Objects;

/**
 * A label in an imported file that no mapping knows, reported by name rather than dropped.
 *
 * @param field the column, e.g. {@code End_target}
 * @param label the label as written
 * @param lines the lines of the records that carry it, in file order
 */
public record UnknownLabel(String field, String label, List<Long> lines) {
    public UnknownLabel {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(label, "label");
        lines = List.copyOf(lines);
    }

    /** How many records carry the label. */
    public int rows() {
        return lines.size();
    }
}
