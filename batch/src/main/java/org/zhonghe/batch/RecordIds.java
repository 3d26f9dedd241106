package org.zhonghe.batch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhonghe.assessment.Problem;

/**
 * The ids written in one file's rows, as check reads them: an id is unique within its entity's
 * section (check: {@code id.duplicate}, "duplicate id … in removals; it was first used on line N").
 * Batch keeps sums, not records, so before session 23 a removal row written twice counted twice
 * (check refused the ledger). Each thread keeps, for every row whose {@code id} cell is written, the
 * entity, a 128-bit key of the id (two independent 64-bit hashes of its bytes: a false match is
 * about one in 10²⁰ at 10⁸ rows) and where the row is; rows without an id cost nothing, and a
 * ledger of ids about 36 bytes a row (and 8 more while {@link #repeats} sorts them). After the
 * scan {@link #repeats} finds the keys met twice, and {@link #problems} reads only those rows' ids
 * again from the file for the message.
 */
final class RecordIds {
    /** The column of the id in the file's header. */
    private final int column;
    private int n;
    private int[] entities = new int[16];
    private long[] hi = new long[16];
    private long[] lo = new long[16];
    private long[] lines = new long[16];
    private int[] chunks = new int[16];
    private int chunk;

    RecordIds(int column) {
        this.column = column;
    }

    /** A keeper of ids for a reader of a file of header {@code h}, or null when it has no id column. */
    static RecordIds of(Header h) {
        int c = h.column("id");
        return c < 0 ? null : new RecordIds(c);
    }

    int column() {
        return column;
    }

    /** Rows of chunk {@code index} follow (their lines are the chunk's until the scan adds its offset). */
    void chunk(int index) {
        chunk = index;
    }

    /** A row of {@code entity} whose id cell is {@code b[from, to)}, blanks around it stripped as check strips them. */
    void add(int entity, byte[] b, int from, int to, long line) {
        while (from < to && (b[from] == ' ' || b[from] == '\t')) from++;
        while (to > from && (b[to - 1] == ' ' || b[to - 1] == '\t')) to--;
        if (from == to) return;
        long h1 = 0xcbf29ce484222325L;
        long h2 = 0x9E3779B97F4A7C15L;
        for (int i = from; i < to; i++) {
            h1 = (h1 ^ (b[i] & 0xff)) * 0x100000001b3L; // FNV-1a
            h2 = Long.rotateLeft(h2 ^ (b[i] & 0xff) * 0xC2B2AE3D27D4EB4FL, 31) * 0x165667B19E3779F9L;
        }
        add(entity, h1, h2 ^ (to - from), line);
    }

    /** A row of {@code entity} whose id was read as {@code id}. */
    void add(int entity, String id, long line) {
        byte[] b = id.getBytes(StandardCharsets.UTF_8);
        add(entity, b, 0, b.length, line);
    }

    private void add(int entity, long h1, long h2, long line) {
        if (n == entities.length) {
            int size = n * 2;
            entities = Arrays.copyOf(entities, size);
            hi = Arrays.copyOf(hi, size);
            lo = Arrays.copyOf(lo, size);
            lines = Arrays.copyOf(lines, size);
            chunks = Arrays.copyOf(chunks, size);
        }
        entities[n] = entity;
        hi[n] = h1;
        lo[n] = h2;
        lines[n] = line;
        chunks[n] = chunk;
        n++;
    }

    /**
     * A record id written twice for one entity in {@code file} (its records {@code section}'s):
     * check's input error {@code id.duplicate} at each later row, its entity not judged (session 23;
     * before, a removal row written twice counted twice). The file's first errors stay in line order.
     */
    static void refuseRepeats(RecordIds[] threads, FileScan.Result scan, Path file, String name, String section,
                                    Entities entities, List<Problem> errors, long[] errorCount) {
        if (scan == null) return;
        List<RecordIds> kept = Arrays.stream(threads).filter(java.util.Objects::nonNull).toList();
        if (kept.isEmpty()) return;
        List<Repeat> repeats = repeats(kept, scan.lineOffsets());
        if (repeats.isEmpty()) return;
        for (Repeat r : repeats) entities.markInvalid(r.entity());
        errorCount[0] += repeats.size();
        List<Repeat> told = repeats.subList(0, Math.min(Batch.ERROR_CAP, repeats.size()));
        List<Problem> found = problems(told, idsAt(file, told.stream().map(Repeat::line).toList(),
                kept.get(0).column()), name, section);
        List<Problem> all = new ArrayList<>(errors.stream().filter(p -> p.file().equals(name)).toList());
        errors.removeIf(p -> p.file().equals(name));
        all.addAll(found);
        all.sort(java.util.Comparator.comparingLong(Problem::line)); // stable: a row's own errors stay in order
        errors.addAll(all.subList(0, Math.min(Batch.ERROR_CAP, all.size())));
    }

    /** The first line at which each entity of a set wrote each id, asked for by id ({@link #index}). */
    static final class Index {
        static final Index NONE = new Index(Map.of());
        private final Map<Key, Long> lines;

        private Index(Map<Key, Long> lines) {
            this.lines = lines;
        }

        /** The first line of {@code entity}'s row with id {@code id}, or -1. */
        long lineOf(int entity, String id) {
            if (lines.isEmpty()) return -1;
            RecordIds one = new RecordIds(0);
            one.add(entity, id, 0);
            if (one.n == 0) return -1;
            Long line = lines.get(new Key(entity, one.hi[0], one.lo[0]));
            return line == null ? -1 : line;
        }
    }

    private record Key(int entity, long hi, long lo) {}

    /** The ids of one file's rows as its scan kept them (its readers' and its line offsets), indexed when asked. */
    record Written(List<RecordIds> threads, long[] lineOffsets) {
        static final Written NONE = new Written(List.of(), new long[0]);

        /** The ids of the entities {@code of} ({@link #index}). */
        Index of(java.util.function.IntPredicate of) {
            return threads.isEmpty() ? Index.NONE : index(threads, lineOffsets, of);
        }
    }

    /** The ids the entities {@code of} wrote in the rows of {@code threads}, with the first line of each. */
    static Index index(List<RecordIds> threads, long[] lineOffsets, java.util.function.IntPredicate of) {
        Map<Key, Long> lines = new HashMap<>();
        for (RecordIds t : threads) {
            if (t == null) continue;
            for (int i = 0; i < t.n; i++) {
                if (!of.test(t.entities[i])) continue;
                long line = t.lines[i] + (t.chunks[i] < lineOffsets.length ? lineOffsets[t.chunks[i]] : 0);
                lines.merge(new Key(t.entities[i], t.hi[i], t.lo[i]), line, Math::min);
            }
        }
        return lines.isEmpty() ? Index.NONE : new Index(lines);
    }

    /** A row whose id another row of the same entity wrote before it: its line, and the first row's. */
    record Repeat(int entity, long line, long firstLine) {}

    /**
     * The rows of {@code threads} (the readers of one scan) whose entity and id an earlier row of the
     * file has, in line order; {@code lineOffsets} are the scan's ({@link FileScan.Result#lineOffsets}).
     */
    static List<Repeat> repeats(List<RecordIds> threads, long[] lineOffsets) {
        int total = 0;
        for (RecordIds t : threads) total += t == null ? 0 : t.n;
        if (total < 2) return List.of();
        // the keys sorted as primitives (8 bytes a row), then only the keys met twice looked at closely
        long[] sorted = new long[total];
        int j = 0;
        for (RecordIds t : threads) {
            if (t == null) continue;
            for (int i = 0; i < t.n; i++) sorted[j++] = t.mixed(i);
        }
        Arrays.sort(sorted);
        java.util.Set<Long> twice = new java.util.HashSet<>();
        for (int i = 1; i < total; i++) if (sorted[i] == sorted[i - 1]) twice.add(sorted[i]);
        if (twice.isEmpty()) return List.of();
        Map<Key, List<Long>> groups = new HashMap<>();
        for (RecordIds t : threads) {
            if (t == null) continue;
            for (int i = 0; i < t.n; i++) {
                if (!twice.contains(t.mixed(i))) continue;
                long line = t.lines[i] + (t.chunks[i] < lineOffsets.length ? lineOffsets[t.chunks[i]] : 0);
                groups.computeIfAbsent(new Key(t.entities[i], t.hi[i], t.lo[i]), k -> new ArrayList<>()).add(line);
            }
        }
        List<Repeat> out = new ArrayList<>();
        for (Map.Entry<Key, List<Long>> g : groups.entrySet()) {
            if (g.getValue().size() < 2) continue;
            long first = g.getValue().stream().mapToLong(Long::longValue).min().orElseThrow();
            for (long line : g.getValue()) if (line != first) out.add(new Repeat(g.getKey().entity(), line, first));
        }
        out.sort((a, b) -> Long.compare(a.line(), b.line()));
        return out;
    }

    /** Row {@code i}'s entity and key in 64 bits, for sorting (equal keys are compared in full after). */
    private long mixed(int i) {
        return (hi[i] * 31 + lo[i]) ^ entities[i] * 0x9E3779B97F4A7C15L;
    }

    /**
     * The problems of {@code repeats} in the file named {@code name} (its records are the
     * {@code section}'s): check's {@code id.duplicate} at the later row, with the id as written
     * ({@code ids}, by line: {@link #idsAt}) and the first row's line.
     */
    static List<Problem> problems(List<Repeat> repeats, Map<Long, String> ids, String name, String section) {
        List<Problem> out = new ArrayList<>();
        for (Repeat r : repeats) {
            String id = ids.get(r.line());
            out.add(Problem.of(name, r.line(), "id", id, "id.duplicate", id, section, String.valueOf(r.firstLine())));
        }
        return out;
    }

    /** The id cells of the file's lines {@code wanted} (in order), stripped, read line by line as FileScan reads them. */
    static Map<Long, String> idsAt(Path file, List<Long> wanted, int idColumn) {
        Map<Long, String> out = new HashMap<>();
        CsvLine cells = new CsvLine();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
            long number = 1;
            int next = 0;
            int c;
            while (next < wanted.size() && (c = in.read()) >= 0) {
                if (c != '\n') {
                    if (number == wanted.get(next)) line.write(c);
                    continue;
                }
                if (number == wanted.get(next)) {
                    byte[] b = line.toByteArray();
                    int to = b.length > 0 && b[b.length - 1] == '\r' ? b.length - 1 : b.length;
                    String id = cells.split(b, 0, to) ? cells.text(idColumn) : null;
                    out.put(number, id == null ? "" : id.strip());
                    line.reset();
                    while (next < wanted.size() && wanted.get(next) == number) next++;
                }
                number++;
            }
            if (next < wanted.size() && number == wanted.get(next)) { // the last line, without a line break
                byte[] b = line.toByteArray();
                String id = cells.split(b, 0, b.length) ? cells.text(idColumn) : null;
                out.put(number, id == null ? "" : id.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
