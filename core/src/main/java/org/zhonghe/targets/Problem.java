package org.zhonghe.targets;

import java.util.Locale;
import java.util.Objects;

/**
 * One thing wrong with an input file, precise enough to fix it:
 * {@code nzt.csv:17, field 'End_target_year': '20x0' is not a year (expected 1850 to 2200)}.
 *
 * @param file   the file's name as the user gave it
 * @param line   the 1-based line where the record starts; 0 when the problem concerns the whole file
 *               or an option
 * @param field  the column, or the option, concerned; may be empty
 * @param value  the offending value as written; may be empty
 * @param kind   what is wrong
 * @param detail what was expected or where the value was seen before (used by some kinds); may be empty
 */
public record Problem(String file, long line, String field, String value, ProblemKind kind, String detail) {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        field = field == null ? "" : field;
        value = value == null ? "" : value;
        detail = detail == null ? "" : detail;
    }

    /** The message without file and line, in the given language. */
    public String message(Locale locale) {
        return TargetMessages.format(locale, "problem." + kind.key(), value, field, detail);
    }

    /** {@code FILE:LINE: message} (or {@code FILE: message} when the line is 0). */
    public String toText(Locale locale) {
        return (line > 0 ? file + ":" + line : file) + ": " + message(locale);
    }
}
