package org.zhonghe.batch;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of removals.csv or credits.csv that the first pass reads for the later passes of
 * {@link EntityRange}: each row found valid whose entity is in a later range, as written (its
 * line's bytes), in a file of that range in a temporary directory, after the header of the file
 * read. Rows are kept by chunk and a chunk's are appended once every chunk before it is, so each
 * file keeps the order of the file read (an entity's credits are judged in that order). A later
 * pass reads its range's file instead of the whole file: every row is read twice at most, so the
 * time stays linear in rows while memory holds one range's rows (and the chunks in flight).
 * Every error was reported by the first pass, which reads every row; a later pass finds none.
 */
final class Spill implements AutoCloseable {
    /** The chunks' size while rows are spilled: what waits in memory for the chunks before it. */
    static final long CHUNK = 1 << 20;

    /** Where each range starts (ordinals of entities.csv), for {@link #rangeOf}. */
    private final int[] starts;
    private final Path[] files;
    private final OutputStream[] outs;
    /** Chunks read but not yet appended, by number: an earlier one is still being read. */
    private final Map<Integer, Segment> waiting = new HashMap<>();
    private int next;

    /** The spilled rows of one chunk, by range. */
    static final class Segment {
        private final ByteArrayOutputStream[] rows;

        private Segment(int ranges) {
            rows = new ByteArrayOutputStream[ranges];
        }
    }

    /**
     * Files for the ranges after the first of {@code ranges} in {@code dir}, named after
     * {@code name}, each begun with {@code header} (the header line of the file read, as text).
     */
    Spill(Path dir, String name, String header, List<EntityRange> ranges) {
        starts = ranges.stream().mapToInt(EntityRange::from).toArray();
        files = new Path[ranges.size()];
        outs = new OutputStream[ranges.size()];
        try {
            for (int k = 1; k < ranges.size(); k++) {
                files[k] = dir.resolve(name + "." + k);
                outs[k] = new BufferedOutputStream(Files.newOutputStream(files[k]), 1 << 16);
                outs[k].write((header + "\n").getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            close();
            throw new UncheckedIOException(e);
        }
    }

    /** A new segment, for the rows of one chunk. */
    Segment segment() {
        return new Segment(starts.length);
    }

    /** Keeps the row of entity {@code e} (in a later range) whose line is {@code r}'s bytes in {@code s}. */
    void add(Segment s, int e, CsvLine r) {
        int k = rangeOf(e);
        if (k == 0) throw new IllegalStateException("entity " + e + " is read in the first pass, not spilled");
        ByteArrayOutputStream out = s.rows[k];
        if (out == null) out = s.rows[k] = new ByteArrayOutputStream(256);
        out.write(r.buf(), r.from(), r.to() - r.from());
        out.write('\n');
    }

    /** The range entity {@code e} is in. */
    private int rangeOf(int e) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) { // the last range whose start is at most e
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= e) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    /** Chunk {@code chunk} is read: its rows, and those of the chunks after it that waited for it, are appended. */
    synchronized void done(int chunk, Segment s) {
        waiting.put(chunk, s);
        try {
            for (Segment ready; (ready = waiting.remove(next)) != null; next++) {
                for (int k = 1; k < outs.length; k++) if (ready.rows[k] != null) ready.rows[k].writeTo(outs[k]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Once the first pass is read: the files of the later ranges, complete. */
    void finish() {
        if (!waiting.isEmpty()) throw new IllegalStateException("chunks not appended: " + waiting.keySet());
        try {
            for (int k = 1; k < outs.length; k++) outs[k].close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file of range {@code k} (from 1). */
    Path file(int k) {
        return files[k];
    }

    /** Deletes the files. */
    @Override
    public void close() {
        for (int k = 1; k < files.length; k++) {
            try {
                if (outs[k] != null) outs[k].close();
            } catch (IOException ignored) {
                // deleted below all the same
            }
            try {
                if (files[k] != null) Files.deleteIfExists(files[k]);
            } catch (IOException ignored) {
                // a temporary file left behind: the system's temporary directory is cleaned by it
            }
        }
    }
}
