package org.zhonghe.batch;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One CSV line split into cells, in place: cell i is {@code buf[start(i), end(i))}. A cell may
 * be quoted (RFC 4180, {@code ""} for a quote) but a record may not span lines in a batch
 * ledger. Reused for every line of a thread.
 */
final class CsvLine {
    private byte[] buf;
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private boolean[] escaped = new boolean[32];
    private int count;
    private boolean malformed;
    private int from;
    private int to;

    /** Splits {@code buf[from, to)}; false when a quote is not closed. */
    boolean split(byte[] b, int from, int to) {
        buf = b;
        this.from = from;
        this.to = to;
        count = 0;
        malformed = false;
        int i = from;
        while (true) {
            if (count == starts.length) grow();
            if (i < to && b[i] == '"') {
                int s = i + 1;
                boolean esc = false;
                int j = s;
                while (true) {
                    if (j >= to) { malformed = true; return false; }
                    if (b[j] == '"') {
                        if (j + 1 < to && b[j + 1] == '"') { esc = true; j += 2; continue; }
                        break;
                    }
                    j++;
                }
                starts[count] = s;
                ends[count] = j;
                escaped[count] = esc;
                count++;
                i = j + 1;
                if (i < to && b[i] != ',') { malformed = true; return false; }
            } else {
                int j = i;
                while (j < to && b[j] != ',') j++;
                starts[count] = i;
                ends[count] = j;
                escaped[count] = false;
                count++;
                i = j;
            }
            if (i >= to) return true;
            i++; // the comma
            if (i == to) { // a trailing comma: one more empty cell
                if (count == starts.length) grow();
                starts[count] = to;
                ends[count] = to;
                escaped[count] = false;
                count++;
                return true;
            }
        }
    }

    /** This line as {@code other} is split now (its buffer, bounds and cells), kept when {@code other} splits another. */
    void copy(CsvLine other) {
        while (starts.length < other.count) grow();
        System.arraycopy(other.starts, 0, starts, 0, other.count);
        System.arraycopy(other.ends, 0, ends, 0, other.count);
        System.arraycopy(other.escaped, 0, escaped, 0, other.count);
        count = other.count;
        buf = other.buf;
        from = other.from;
        to = other.to;
        malformed = other.malformed;
    }

    /** Where the line split last starts in {@link #buf()}. */
    int from() {
        return from;
    }

    /** Where the line split last ends (exclusive). */
    int to() {
        return to;
    }

    /**
     * Splits the line that starts at {@code from} in one pass over its bytes, when it has no
     * quote: returns the index of its line break, with the cells split (a carriage return before
     * the break left out); {@code -1} when no line break comes before {@code limit}; {@code -2}
     * when the line has a quote (then {@link #split} it).
     */
    int splitLine(byte[] b, int from, int limit) {
        buf = b;
        count = 0;
        malformed = false;
        this.from = from;
        int cellStart = from;
        // eight bytes at a time: the commas, line breaks and quotes of a word found at once (the last,
        // short word of the buffer padded with zero bytes, which are none of them)
        for (int i = from; i < limit; i += 8) {
            long w = i + 8 <= limit ? (long) WORDS.get(b, i) : tail(b, i, limit);
            for (long m = zeros(w ^ COMMAS) | zeros(w ^ BREAKS) | zeros(w ^ QUOTES); m != 0; m &= m - 1) {
                int at = i + firstByte(m);
                byte c = b[at];
                if (c == ',') {
                    cell(cellStart, at);
                    cellStart = at + 1;
                } else if (c == '\n') {
                    return lineEnd(b, cellStart, at);
                } else {
                    return -2;
                }
            }
        }
        return -1;
    }

    /** The last cell of a line whose break is at {@code at} (a carriage return before it left out). */
    private int lineEnd(byte[] b, int cellStart, int at) {
        int end = at > cellStart && b[at - 1] == '\r' ? at - 1 : at;
        cell(cellStart, end);
        to = end;
        return at;
    }

    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    private static final long COMMAS = ',' * ONES;
    private static final long BREAKS = '\n' * ONES;
    private static final long QUOTES = '"' * ONES;

    /** The bytes {@code [from, limit)}, fewer than eight, little-endian, zero-padded. */
    private static long tail(byte[] b, int from, int limit) {
        long w = 0;
        for (int i = limit - 1; i >= from; i--) w = w << 8 | (b[i] & 0xFFL);
        return w;
    }

    /**
     * The index (0–7, from the low end) of the lowest byte of {@code m} that is not zero, when
     * {@code m} has bits only where {@link #zeros} sets them (0x80 of a byte): its lowest bit,
     * moved to the low bit of its byte, times a constant that has 7 − j in byte j, puts 7 − (7 −
     * k) = k in the top byte for byte k. {@code Long.numberOfTrailingZeros(m) >>> 3} in two
     * operations the client compiler does not call out for (it has no intrinsic for it).
     */
    static int firstByte(long m) {
        return (int) (((m & -m) >>> 7) * 0x0001020304050607L >>> 56);
    }

    /** 0x80 in each byte of {@code v} that is zero, 0 in every other (exact: no carry crosses a byte). */
    private static long zeros(long v) {
        long t = (v & LOW7) + LOW7;
        return ~(t | v | LOW7);
    }

    private void cell(int start, int end) {
        if (count == starts.length) grow();
        starts[count] = start;
        ends[count] = end;
        escaped[count] = false;
        count++;
    }

    int count() {
        return count;
    }

    boolean malformed() {
        return malformed;
    }

    byte[] buf() {
        return buf;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    boolean isEmpty(int i) {
        return i < 0 || i >= count || starts[i] == ends[i];
    }

    /** Whether cell i was quoted with a doubled quote inside (its bytes are then not its text). */
    boolean escaped(int i) {
        return i >= 0 && i < count && escaped[i];
    }

    /**
     * Whether cell i is written in printable ASCII alone (no blank, no quote doubled, not empty):
     * then its text ({@link #text}) is its bytes, one character each, nothing stripped.
     */
    boolean printable(int i) {
        if (isEmpty(i) || escaped[i]) return false;
        for (int k = starts[i], end = ends[i]; k < end; k++) if (buf[k] < 0x21 || buf[k] > 0x7E) return false;
        return true;
    }

    /**
     * A hash of the bytes of the cells {@code columns} (-1: absent, as an empty cell), each
     * cell's length then its bytes; {@link CellsCache#NONE} when one of them is quoted with a
     * doubled quote or longer than {@code longest} bytes. For {@link CellsCache}.
     */
    int hash(int[] columns, int longest) {
        int h = 1;
        for (int c : columns) {
            if (absent(c)) {
                h *= 31;
                continue;
            }
            if (escaped[c]) return CellsCache.NONE;
            int from = starts[c];
            int end = ends[c];
            if (end - from > longest) return CellsCache.NONE;
            h = 31 * h + end - from;
            for (int k = from; k < end; k++) h = 31 * h + buf[k];
        }
        return h;
    }

    /** Whether the cells {@code columns} are those of {@code key} ({@link #key}). */
    boolean sameCells(int[] columns, byte[] key) {
        int at = 0;
        for (int c : columns) {
            int from = absent(c) ? 0 : starts[c];
            int end = absent(c) ? 0 : ends[c];
            if (key[at++] != end - from) return false;
            for (int k = from; k < end; k++) if (key[at++] != buf[k]) return false;
        }
        return true;
    }

    /** The cells {@code columns} as one key: each cell's length in a byte, then its bytes (each cell of at most 127 bytes). */
    byte[] key(int[] columns) {
        int length = 0;
        for (int c : columns) length += 1 + width(c);
        byte[] key = new byte[length];
        int at = 0;
        for (int c : columns) {
            int n = width(c);
            key[at++] = (byte) n;
            if (n > 0) System.arraycopy(buf, starts[c], key, at, n);
            at += n;
        }
        return key;
    }

    /** Whether column c is not in the header or not in this row. */
    private boolean absent(int c) {
        return c < 0 || c >= count;
    }

    /** The bytes of cell c (0 when the column is absent). */
    private int width(int c) {
        return absent(c) ? 0 : ends[c] - starts[c];
    }

    /** Whether cells i and j are the same bytes. */
    boolean sameBytes(int i, int j) {
        return Arrays.equals(buf, starts[i], ends[i], buf, starts[j], ends[j]);
    }

    /** Cell i as text (null when the column is absent or the cell empty), surrounding blanks removed. */
    String text(int i) {
        if (isEmpty(i)) return null;
        String s = new String(buf, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8);
        if (escaped[i]) s = s.replace("\"\"", "\"");
        s = s.strip();
        return s.isEmpty() ? null : s;
    }

    private void grow() {
        starts = Arrays.copyOf(starts, starts.length * 2);
        ends = Arrays.copyOf(ends, ends.length * 2);
        escaped = Arrays.copyOf(escaped, escaped.length * 2);
    }
}
