package org.zhonghe.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.LongConsumer;
import org.zhonghe.assessment.Problem;

/**
 * Reads a ledger file once, in line-aligned chunks on several threads, each thread with its own
 * {@link Rows}. Memory is a read buffer per thread and the errors kept (at most {@code cap} per
 * chunk); lines are counted per chunk, so every error gets its line in the file.
 */
final class FileScan {
    private static final int BUFFER = 1 << 20;
    private static final long CHUNK = 32L << 20;

    /** Reads one row; one instance per thread. */
    interface Rows {
        /** {@code line} is the row's 1-based line in the file (in a later chunk, its line in the chunk until the end). */
        void row(CsvLine row, long line, List<Problem> errors);

        /** Called before the rows of chunk {@code index} (chunks are numbered in file order). */
        default void chunk(int index) {}

        /**
         * Finishes the rows handed over so far, adding their errors; called before the buffer
         * their bytes are in is reused, and at the end of each chunk. A reader may put off work
         * (and errors) until then; errors are put in line order after.
         */
        default void flush(List<Problem> errors) {}

        /** Called once every row of chunk {@code index} has been read (after its last {@link #flush}). */
        default void chunkDone(int index) {}
    }

    /**
     * What a scan found wrong: the first errors in file order and how many there were in all; the
     * lines read (the header included); and per chunk, what to add to a line number its rows
     * were given to make it the line in the file.
     */
    record Result(List<Problem> errors, long errorCount, long lines, long[] lineOffsets) {}

    private FileScan() {}

    /** The first line (without its line break) and the offset after it; the BOM is dropped. */
    static String[] header(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer b = ByteBuffer.allocate(64 << 10);
            ch.read(b, 0);
            byte[] a = Arrays.copyOf(b.array(), b.position());
            int n = 0;
            while (n < a.length && a[n] != '\n') n++;
            int end = n > 0 && a[n - 1] == '\r' ? n - 1 : n;
            int start = a.length >= 3 && (a[0] & 0xff) == 0xEF && (a[1] & 0xff) == 0xBB && (a[2] & 0xff) == 0xBF ? 3 : 0;
            return new String[] {new String(a, start, Math.max(end - start, 0), StandardCharsets.UTF_8),
                    String.valueOf(Math.min(n + 1, a.length))};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every line after the header, split into cells and handed to the rows of the thread that
     * reads it. A line with the wrong number of cells, or an unclosed quote, is an error here.
     */
    static Result scan(Path file, String name, long from, int width, int threads, IntFunction<Rows> rowsOfThread,
                       LongConsumer progress, int cap) {
        return scan(file, name, from, width, threads, rowsOfThread, progress, cap, CHUNK);
    }

    /** As {@link #scan(Path, String, long, int, int, IntFunction, LongConsumer, int)}, in chunks of at most {@code maxChunk} bytes. */
    static Result scan(Path file, String name, long from, int width, int threads, IntFunction<Rows> rowsOfThread,
                       LongConsumer progress, int cap, long maxChunk) {
        long[] bounds = bounds(file, from, threads, maxChunk);
        int chunks = bounds.length - 1;
        List<List<Problem>> errors = new ArrayList<>();
        long[] errorCounts = new long[chunks];
        long[] lineCounts = new long[chunks];
        for (int i = 0; i < chunks; i++) errors.add(new ArrayList<>());
        AtomicInteger nextChunk = new AtomicInteger();
        int workers = Math.min(threads, chunks);
        Workers.each("zhonghe-scan", workers, worker -> {
            Rows rows = rowsOfThread.apply(worker);
            byte[][] buffer = {new byte[BUFFER]}; // the thread's, from chunk to chunk: fresh memory once, not per chunk
            for (int c; (c = nextChunk.getAndIncrement()) < chunks; ) {
                long base = c == 0 ? 2 : 0; // later chunks learn their first line at the end
                rows.chunk(c);
                long[] counts = read(file, name, bounds[c], bounds[c + 1], base, width, rows, buffer, errors.get(c), progress,
                        cap);
                lineCounts[c] = counts[0];
                errorCounts[c] = counts[1];
                rows.chunkDone(c);
            }
            return null;
        });
        List<Problem> all = new ArrayList<>();
        long first = 2; // the header is line 1
        long total = 0;
        long[] offsets = new long[chunks];
        for (int c = 0; c < chunks; c++) {
            offsets[c] = c == 0 ? 0 : first;
            for (Problem e : errors.get(c)) {
                if (all.size() < cap) all.add(c == 0 ? e : e.atLine(first + e.line()));
            }
            total += errorCounts[c];
            first += lineCounts[c];
        }
        return new Result(all, total, first - 1, offsets);
    }

    /** Chunk bounds: each one starts a line; at least one chunk per thread when the file is big enough. */
    private static long[] bounds(Path file, long from, int threads, long maxChunk) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            long chunk = threads == 1 && maxChunk >= CHUNK ? Long.MAX_VALUE / 2
                    : Math.max(1 << 16, Math.min(Math.min(CHUNK, maxChunk), (size - from) / (threads * 4L) + 1));
            List<Long> out = new ArrayList<>();
            out.add(Math.min(from, size));
            ByteBuffer b = ByteBuffer.allocate(1 << 16);
            long p = from + chunk;
            while (p < size) {
                b.clear();
                int n = ch.read(b, p);
                int i = 0;
                while (i < n && b.get(i) != '\n') i++;
                if (i == n) { // a line longer than the probe: go on from there
                    p += n;
                    continue;
                }
                long start = p + i + 1;
                if (start >= size) break;
                out.add(start);
                p = start + chunk;
            }
            out.add(size);
            return out.stream().mapToLong(Long::longValue).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the lines of {@code [start, end)}, numbered from {@code base}, in {@code buffer[0]} (grown
     * there for a line longer than it); returns {lines, errors}.
     * The first chunk knows its lines (base 2); the others number from 0 and are moved later.
     */
    private static long[] read(Path file, String name, long start, long end, long base, int width, Rows rows,
                               byte[][] buffer, List<Problem> errors, LongConsumer progress, int cap) {
        CsvLine cells = new CsvLine();
        List<Problem> rowErrors = new ArrayList<>();
        long lines = 0;
        long errorCount = 0;
        long at = base;
        byte[] buf = buffer[0];
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long pos = start;
            int fill = 0;
            while (pos < end || fill > 0) {
                if (pos < end) {
                    if (fill == buf.length) buf = buffer[0] = Arrays.copyOf(buf, buf.length * 2); // one line longer than the buffer
                    int want = (int) Math.min(buf.length - fill, end - pos);
                    int n = ch.read(ByteBuffer.wrap(buf, fill, want), pos);
                    if (n < 0) throw new IOException(name + " shrank while being read");
                    pos += n;
                    fill += n;
                    progress.accept(n);
                }
                boolean last = pos >= end;
                int lineStart = 0;
                while (lineStart < fill) {
                    int lineEnd = cells.splitLine(buf, lineStart, fill);
                    if (lineEnd == -1) break; // the rest of the line comes with the next read
                    if (lineEnd == -2) { // a quote: the careful way
                        lineEnd = lineStart;
                        while (lineEnd < fill && buf[lineEnd] != '\n') lineEnd++;
                        if (lineEnd == fill) break;
                        errorCount += line(buf, lineStart, lineEnd, at + lines++, width, name, cells, rows, rowErrors,
                                errors, cap);
                    } else {
                        errorCount += split(cells, at + lines++, width, name, rows, rowErrors, errors, cap);
                    }
                    lineStart = lineEnd + 1;
                }
                if (last && lineStart < fill) { // the file's last line, without a line break
                    errorCount += line(buf, lineStart, fill, at + lines++, width, name, cells, rows, rowErrors, errors, cap);
                    lineStart = fill;
                }
                rowErrors.clear();
                rows.flush(rowErrors); // before the buffer is reused
                errorCount += keep(rowErrors, errors, cap);
                System.arraycopy(buf, lineStart, buf, 0, fill - lineStart);
                fill -= lineStart;
                if (last) break;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        trim(errors, cap);
        return new long[] {lines, errorCount};
    }

    /** A line {@link CsvLine#splitLine} has split. */
    private static int split(CsvLine cells, long index, int width, String name, Rows rows, List<Problem> rowErrors,
                             List<Problem> errors, int cap) {
        if (cells.to() == cells.from()) return 0;
        rowErrors.clear();
        if (cells.count() != width) {
            rowErrors.add(Problem.of(name, index, "", null, ErrorKeys.CELLS, String.valueOf(cells.count()),
                    String.valueOf(width)));
        } else {
            rows.row(cells, index, rowErrors);
        }
        return rowErrors.isEmpty() ? 0 : keep(rowErrors, errors, cap);
    }

    private static int line(byte[] buf, int from, int to, long index, int width, String name, CsvLine cells, Rows rows,
                            List<Problem> rowErrors, List<Problem> errors, int cap) {
        if (to > from && buf[to - 1] == '\r') to--;
        if (to == from) return 0;
        rowErrors.clear();
        if (!cells.split(buf, from, to)) {
            rowErrors.add(Problem.of(name, index, "", null, ErrorKeys.UNCLOSED_QUOTE));
        } else if (cells.count() != width) {
            rowErrors.add(Problem.of(name, index, "", null, ErrorKeys.CELLS, String.valueOf(cells.count()),
                    String.valueOf(width)));
        } else {
            rows.row(cells, index, rowErrors);
        }
        return keep(rowErrors, errors, cap);
    }

    /**
     * Adds {@code found} to the chunk's {@code errors}, which keep the first {@code cap} by line
     * (a reader may report a row's errors after those of later rows); returns how many were found.
     */
    private static int keep(List<Problem> found, List<Problem> errors, int cap) {
        errors.addAll(found);
        if (errors.size() > 4 * cap) trim(errors, cap);
        return found.size();
    }

    /** Sorts by line (stable: a row's errors keep their order) and keeps the first {@code cap}. */
    private static void trim(List<Problem> errors, int cap) {
        errors.sort(java.util.Comparator.comparingLong(Problem::line));
        if (errors.size() > cap) errors.subList(cap, errors.size()).clear();
    }
}
