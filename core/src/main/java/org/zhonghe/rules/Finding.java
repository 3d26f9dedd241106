package org.zhonghe.rules;

import java.util.List;
import java.util.Objects;

/**
 * A finding about the assessment. Its message is told in the reader's language from
 * {@code finding.<CODE>} with {@code args} (plain strings: decimals already as plain text).
 *
 * @param code    what was found
 * @param records ids of the records it concerns (may be empty)
 * @param args    message arguments
 */
public record Finding(FindingCode code, List<String> records, List<String> args) {
    public Finding {
        Objects.requireNonNull(code, "code");
        records = List.copyOf(records);
        args = List.copyOf(args);
    }

    public static Finding of(FindingCode code, List<String> records, String... args) {
        return new Finding(code, records, List.of(args));
    }

    public Severity severity() {
        return code.severity();
    }

    public Effect effect() {
        return code.effect();
    }
}
