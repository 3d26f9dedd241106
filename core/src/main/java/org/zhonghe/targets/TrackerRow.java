package org.zhonghe.targets;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One entity's row of a Net Zero Tracker export with every column kept, by field name in column order.
 *
 * @param file       the file's name, for problems and messages
 * @param line       the 1-based line (CSV) or row (XLSX) where the row starts
 * @param entityType the kind of entity, {@code null} when neither {@code Entity_type} nor {@code ID_Code} tells
 * @param values     every column's trimmed text, by field name as written, in column order; a cell the
 *                   row does not have is the empty string
 */
public record TrackerRow(String file, long line, EntityType entityType, Map<String, String> values) {
    public TrackerRow {
        Objects.requireNonNull(file, "file");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The trimmed value of a field (exact name, else ignoring case); empty when the export has no such column. */
    public String get(String field) {
        String v = values.get(field);
        if (v != null) {
            return v;
        }
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (e.getKey().equalsIgnoreCase(field)) {
                return e.getValue();
            }
        }
        return "";
    }

    /** {@code ID_Code}. */
    public String id() {
        return get("ID_Code");
    }

    /** {@code Name}, or {@code Country} when the name is empty. */
    public String name() {
        String name = get("Name");
        return name.isEmpty() ? get("Country") : name;
    }
}
