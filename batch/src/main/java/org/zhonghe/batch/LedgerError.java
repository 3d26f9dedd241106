package org.zhonghe.batch;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.zhonghe.Messages;

/**
 * A row of a batch ledger that cannot be read: where, which field, the value as written and
 * what was expected, as a message key of {@link Messages} (a {@link ErrorKeys batch.error} key,
 * or the {@code problem.} key of a core check) and its arguments. Printed in English as
 * {@code emissions.csv:17, field 'amount': '12,5' is not …}, in Chinese as
 * {@code emissions.csv:17，字段 'amount'：'12,5' 不是…}.
 *
 * @param file  the file's name
 * @param line  1-based line
 * @param field the column; may be empty
 * @param value the offending text; may be null when missing
 * @param key   the message key: what is wrong and what was expected
 * @param args  the message's arguments, as plain text
 */
public record LedgerError(String file, long line, String field, String value, String key, List<String> args) {
    private static final Messages ENGLISH = Messages.of(Locale.ENGLISH);
    private static final Messages CHINESE = Messages.of(Locale.CHINESE);

    public LedgerError {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    /** An error whose message takes {@code args} (none, one, …). */
    public LedgerError(String file, long line, String field, String value, String key, String... args) {
        this(file, line, field, value, key, List.of(args));
    }

    LedgerError atLine(long l) {
        return new LedgerError(file, l, field, value, key, args);
    }

    /** What is wrong and what was expected, without the place: Chinese for any {@code zh} locale, else English. */
    public String message(Locale locale) {
        return messages(locale).get(key, args);
    }

    /** The message in English. */
    public String message() {
        return message(Locale.ENGLISH);
    }

    /**
     * {@code FILE:LINE, field 'F': 'VALUE' message} in English, {@code FILE:LINE，字段 'F'：'VALUE' message}
     * in Chinese; the field and value are left out when there are none.
     */
    public String toString(Locale locale) {
        boolean zh = messages(locale) == CHINESE;
        StringBuilder s = new StringBuilder(file).append(':').append(line);
        if (!field.isEmpty()) s.append(zh ? "，字段 '" : ", field '").append(field).append('\'');
        s.append(zh ? "：" : ": ");
        if (value != null) s.append('\'').append(value).append("' ");
        return s.append(message(locale)).toString();
    }

    /** In English. */
    @Override
    public String toString() {
        return toString(Locale.ENGLISH);
    }

    private static Messages messages(Locale locale) {
        return locale.getLanguage().equals("zh") ? CHINESE : ENGLISH;
    }
}
