package org.zhonghe.assessment;

import java.util.Map;
import java.util.Objects;

/**
 * Where a value was written: a file and a 1-based line, with the lines of single fields where
 * they differ (a YAML block record spans several lines). Built programmatically: {@link #NONE}.
 *
 * @param file       the file's name as the user gave it; may be empty
 * @param line       the record's first line, or 0 when unknown
 * @param fieldLines the line of each field that was written on its own line
 */
public record Origin(String file, int line, Map<String, Integer> fieldLines) {
    public static final Origin NONE = new Origin("", 0, Map.of());

    public Origin {
        Objects.requireNonNull(file, "file");
        fieldLines = Map.copyOf(fieldLines);
    }

    public static Origin of(String file, int line) {
        return new Origin(file, line, Map.of());
    }

    /** The line a field was written on, else the record's line. */
    public int lineOf(String field) {
        return fieldLines.getOrDefault(field, line);
    }
}
