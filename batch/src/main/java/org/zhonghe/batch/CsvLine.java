package org.zhonghe.batch;

import java.nio.charset.StandardCharsets;

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
        for (int i = from; i < limit; i++) {
            byte c = b[i];
            if (c == ',') {
                cell(cellStart, i);
                cellStart = i + 1;
            } else if (c == '\n') {
                int end = i > cellStart && b[i - 1] == '\r' ? i - 1 : i;
                cell(cellStart, end);
                to = end;
                return i;
            } else if (c == '"') {
                return -2;
            }
        }
        return -1;
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

    /** Cell i as text (null when the column is absent or the cell empty), surrounding blanks removed. */
    String text(int i) {
        if (isEmpty(i)) return null;
        String s = new String(buf, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8);
        if (escaped[i]) s = s.replace("\"\"", "\"");
        s = s.strip();
        return s.isEmpty() ? null : s;
    }

    private void grow() {
        starts = java.util.Arrays.copyOf(starts, starts.length * 2);
        ends = java.util.Arrays.copyOf(ends, ends.length * 2);
        escaped = java.util.Arrays.copyOf(escaped, escaped.length * 2);
    }
}
