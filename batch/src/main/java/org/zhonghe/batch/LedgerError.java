package org.zhonghe.batch;

import java.util.Objects;

/**
 * A row of a batch ledger that cannot be read: where, which field, the value as written and
 * what was expected. Printed as {@code emissions.csv:17, field 'amount': '12,5' is not …}.
 *
 * @param file    the file's name
 * @param line    1-based line
 * @param field   the column; may be empty
 * @param value   the offending text; may be null when missing
 * @param message what is wrong and what was expected, in English
 */
public record LedgerError(String file, long line, String field, String value, String message) {
    public LedgerError {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    LedgerError atLine(long l) {
        return new LedgerError(file, l, field, value, message);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file).append(':').append(line);
        if (!field.isEmpty()) s.append(", field '").append(field).append('\'');
        s.append(": ");
        if (value != null) s.append('\'').append(value).append("' ");
        return s.append(message).toString();
    }
}
