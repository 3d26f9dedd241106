package org.zhonghe.rules;

import java.util.List;
import java.util.Objects;

/**
 * A finding about the assessment. Its message is told in the reader's language from
 * {@code messageKey} (by default {@code finding.<CODE>}; a profile may give its own, citing its
 * clause) with {@code args} (plain strings: decimals already as plain text).
 *
 * @param code       what was found
 * @param records    ids of the records it concerns (may be empty)
 * @param args       message arguments
 * @param messageKey the key of its message in the bundles
 */
public record Finding(FindingCode code, List<String> records, List<String> args, String messageKey) {
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(messageKey, "messageKey");
        records = List.copyOf(records);
        args = List.copyOf(args);
    }

    public static Finding of(FindingCode code, List<String> records, String... args) {
        return new Finding(code, records, List.of(args), code.messageKey());
    }

    /** A finding told by its own message (a profile's, citing its clause). */
    public static Finding told(FindingCode code, String messageKey, List<String> records, String... args) {
        return new Finding(code, records, List.of(args), messageKey);
    }

    public Severity severity() {
        return code.severity();
    }

    public Effect effect() {
        return code.effect();
    }
}
