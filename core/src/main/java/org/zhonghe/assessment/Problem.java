package org.zhonghe.assessment;

import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with an input: where (file, line, field), the offending value, and what was
 * expected, as a message key with arguments so that it can be told in Chinese or English
 * ({@code org/zhonghe/rules/messages*.properties}, keys {@code problem.*}).
 *
 * @param file  the file's name; may be empty
 * @param line  1-based line, 0 when unknown
 * @param field the field's path ({@code emissions[3].amount}); may be empty
 * @param value the offending text as written; may be null when the field is missing
 * @param key   message key under {@code problem.}
 * @param args  message arguments
 */
public record Problem(String file, int line, String field, String value, String key, List<Object> args) {
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Problem at(Origin origin, String field, String value, String key, Object... args) {
        return new Problem(origin.file(), origin.lineOf(lastSegment(field)), field, value, key, List.of(args));
    }

    private static String lastSegment(String field) {
        int dot = field.lastIndexOf('.');
        return dot < 0 ? field : field.substring(dot + 1);
    }
}
