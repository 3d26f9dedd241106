package org.zhonghe.assessment;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.zhonghe.Messages;

/**
 * One thing wrong with an input: where (file, line, field), the offending value, and what was
 * expected, as a problem code with arguments so that it can be told in Chinese or English. The
 * one problem type of every reader (the assessment and its ledgers in YAML, JSON, CSV and XLSX,
 * the batch ledger, the targets files); each code has one message per language, under
 * {@code problem.CODE} in {@link Messages} ({@code org/zhonghe/problems_*.properties} for the
 * readers' codes, {@code org/zhonghe/messages_*.properties} for the rules' own).
 *
 * @param file  the file's name; may be empty
 * @param line  1-based line (in a workbook, the row), 0 when unknown or when the problem concerns
 *              the whole file
 * @param field the field's path ({@code emissions[3].amount}); may be empty
 * @param value the offending text as written; may be null when the field is missing
 * @param key   the problem code: its message is {@code problem.KEY}
 * @param args  message arguments
 * @param column in a workbook, the letters of the cell's column ({@code D}); empty elsewhere
 */
public record Problem(String file, long line, String field, String value, String key, List<Object> args, String column) {
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
        column = column == null ? "" : column;
    }

    /** A problem outside a workbook, or whose column is unknown. */
    public Problem(String file, long line, String field, String value, String key, List<Object> args) {
        this(file, line, field, value, key, args, "");
    }

    /** A problem whose message takes {@code args} (none, one, …). */
    public static Problem of(String file, long line, String field, String value, String key, Object... args) {
        return new Problem(file, line, field, value, key, List.of(args));
    }

    public static Problem at(Origin origin, String field, String value, String key, Object... args) {
        return new Problem(origin.file(), origin.lineOf(lastSegment(field)), field, value, key, List.of(args));
    }

    /** The same problem at another line. */
    public Problem atLine(long newLine) {
        return new Problem(file, newLine, field, value, key, args, column);
    }

    /** The same problem in the workbook column {@code letters} ({@code D}). */
    public Problem inColumn(String letters) {
        return new Problem(file, line, field, value, key, args, letters);
    }

    /** The same problem in another file (a temporary name replaced by the name the user gave). */
    public Problem inFile(String newFile) {
        return new Problem(newFile, line, field, value, key, args, column);
    }

    /** What is wrong and what was expected, without the place: Chinese for any {@code zh} locale, else English. */
    public String message(Locale locale) {
        return Messages.of(locale).get("problem." + key, args.stream().map(String::valueOf).toArray());
    }

    /**
     * The one printed layout: {@code FILE:LINE, field 'F': MESSAGE} in English,
     * {@code FILE:LINE，字段 'F'：MESSAGE} in Chinese; the message quotes the value. The line is
     * left out when unknown, the field when there is none, the file ({@code -}) when nameless. A
     * workbook cell adds its column after the field: {@code acme.xlsx[emissions]:3, field
     * 'emissions[e1].amount' (column D): …}, {@code …，字段 '…'（D 列）：…}.
     */
    public String toText(Locale locale) {
        boolean zh = locale.getLanguage().equals("zh");
        StringBuilder s = new StringBuilder(file.isEmpty() ? "-" : file);
        if (line > 0) s.append(':').append(line);
        if (!field.isEmpty()) s.append(zh ? "，字段 '" : ", field '").append(field).append('\'');
        if (!column.isEmpty()) s.append(zh ? "（" + column + " 列）" : " (column " + column + ")");
        return s.append(zh ? "：" : ": ").append(message(locale)).toString();
    }

    private static String lastSegment(String field) {
        int dot = field.lastIndexOf('.');
        return dot < 0 ? field : field.substring(dot + 1);
    }
}
