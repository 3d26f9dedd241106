package org.zhonghe.io;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * A reader that notes where lines start in the text passing through it, so that the line of a
 * CSV record can be told from its character position without holding the text: only the starts
 * not yet asked about are kept (a parser's read-ahead). Line breaks as {@code CsvLedger} counts
 * them: LF, CR LF, a lone CR. A record's position may count empty lines the parser skipped before
 * it; its line is the first line after them that has content.
 */
final class LineTrackingReader extends Reader {
    private final Reader in;
    private long position;
    private char previous;
    /** Starts not yet passed, from {@code head}; {@code dropped} starts before them. */
    private long[] starts = new long[64];
    private boolean[] content = new boolean[64];
    private int head;
    private int size;
    private long dropped;

    LineTrackingReader(Reader in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            char c = buffer[offset + i];
            if (position == 0 || previous == '\n' || (previous == '\r' && c != '\n')) push(position, c != '\n' && c != '\r');
            previous = c;
            position++;
        }
        return n;
    }

    private void push(long start, boolean hasContent) {
        if (size == starts.length) {
            if (head > 0) {
                System.arraycopy(starts, head, starts, 0, size - head);
                System.arraycopy(content, head, content, 0, size - head);
                size -= head;
                head = 0;
            }
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                content = Arrays.copyOf(content, size * 2);
            }
        }
        starts[size] = start;
        content[size++] = hasContent;
    }

    /**
     * The line of the record at {@code position}; positions must be asked in increasing order and
     * must have been read.
     */
    int lineOf(long position) {
        while (head + 1 < size && starts[head + 1] <= position) {
            head++;
            dropped++;
        }
        if (head < size && starts[head] == position) {
            while (!content[head] && head + 1 < size) {
                head++;
                dropped++;
            }
        }
        return (int) (dropped + 1);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
