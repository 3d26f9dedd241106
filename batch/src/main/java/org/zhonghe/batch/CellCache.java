package org.zhonghe.batch;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.zhonghe.DecimalText;
import org.zhonghe.assessment.Problem;
import org.zhonghe.ledger.LedgerField;

/**
 * The readings of one field's cells seen before, by their bytes: one per field and thread. A
 * ledger repeats a few spellings of a unit, a kind, a flag, a vintage or a date in every row, so
 * a cell is read by the schema ({@link Rows#value}, {@link LedgerField#cell}) the first time its
 * bytes are seen and looked up after that. Only cells read without a problem are kept, so every
 * error, its value and its wording stay the schema's; a quoted cell with a doubled quote, a cell
 * longer than {@value #MAX_BYTES} bytes or one met once the table is full is read by the schema
 * each time.
 *
 * @param <T> the field's value
 */
final class CellCache<T> {
    /** The longest cell kept, in bytes (a date is 10, a registry or a kind a few more). */
    static final int MAX_BYTES = 32;
    private static final int SLOTS = 1 << 10;
    /** Kept at most: half the slots, so that a probe ends soon. */
    private static final int MAX_KEPT = SLOTS / 2;

    private final LedgerField<T> field;
    private final String column;
    private final boolean required;
    private final byte[][] keys = new byte[SLOTS][];
    private final Object[] values = new Object[SLOTS];
    private int kept;

    /** The cells of {@code field}, as {@link Rows#value(LedgerField, String, String, long, List)} reads them. */
    CellCache(LedgerField<T> field) {
        this(field.name(), field, field.required());
    }

    /** As {@link Rows#value(String, LedgerField, boolean, String, String, long, List)} reads them. */
    CellCache(String column, LedgerField<T> field, boolean required) {
        this.field = field;
        this.column = column;
        this.required = required;
    }

    /** The value of cell {@code i} of {@code r}, exactly as the schema reads it; null after adding its problem. */
    @SuppressWarnings("unchecked")
    T value(CsvLine r, int i, String file, long line, List<Problem> errors) {
        if (r.isEmpty(i) || r.escaped(i) || r.end(i) - r.start(i) > MAX_BYTES) return read(r, i, file, line, errors);
        byte[] b = r.buf();
        int from = r.start(i);
        int to = r.end(i);
        int h = 1;
        for (int k = from; k < to; k++) h = 31 * h + b[k];
        int mask = SLOTS - 1;
        for (int s = (h ^ h >>> 16) & mask; ; s = (s + 1) & mask) {
            byte[] key = keys[s];
            if (key == null) {
                int before = errors.size();
                T value = read(r, i, file, line, errors);
                if (errors.size() == before && kept < MAX_KEPT) {
                    keys[s] = Arrays.copyOfRange(b, from, to);
                    values[s] = value;
                    kept++;
                }
                return value;
            }
            if (Arrays.equals(key, 0, key.length, b, from, to)) return (T) values[s];
        }
    }

    private T read(CsvLine r, int i, String file, long line, List<Problem> errors) {
        return Rows.value(column, field, required, r.text(i), file, line, errors);
    }

    /**
     * An exact decimal read from its bytes when they are plain — ASCII digits, at most one point
     * with digits on both sides, at most 18 digits: the same {@link BigDecimal} (value and scale)
     * as {@link DecimalText#read} makes of the text; null for any other cell, which the schema
     * then reads.
     */
    static BigDecimal plainDecimal(CsvLine r, int i) {
        if (r.isEmpty(i) || r.escaped(i)) return null;
        byte[] b = r.buf();
        int from = r.start(i);
        int to = r.end(i);
        long unscaled = 0;
        int digits = 0;
        int point = -1;
        for (int k = from; k < to; k++) {
            byte c = b[k];
            if (c >= '0' && c <= '9') {
                if (++digits > 18) return null;
                unscaled = unscaled * 10 + (c - '0');
            } else if (c == '.' && point < 0 && k > from && k + 1 < to) {
                point = k;
            } else {
                return null;
            }
        }
        return BigDecimal.valueOf(unscaled, point < 0 ? 0 : to - point - 1);
    }
}
