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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.zhonghe.assessment.Problem;

/**
 * The ids written in one file's rows, as check reads them: an id is unique within its entity's
 * section (check: {@code id.duplicate}, "duplicate id … in removals; it was first used on line N").
 * Batch keeps sums, not records, so before session 23 a removal row written twice counted twice
 * (check refused the ledger). Each reader (one per thread) keeps, for every row whose {@code id}
 * cell is written, one 64-bit key of its entity and id: 8 bytes a row, in blocks; rows without an
 * id cost nothing. After the scan {@link #repeats} sorts the keys and, only when a key was met
 * twice, reads the file once more for those rows' lines, entities and ids, which it compares
 * exactly (a key shared by two different ids is no repeat).
 */
final class RecordIds {
    private static final int BLOCK = 1 << 16;
    /** The columns of the id and the entity in the file's header. */
    private final int idColumn;
    private final int entityColumn;
    private final List<long[]> blocks = new ArrayList<>();
    private long[] block = new long[256];
    private int inBlock;
    private long n;

    private RecordIds(int idColumn, int entityColumn) {
        this.idColumn = idColumn;
        this.entityColumn = entityColumn;
    }

    /** A keeper of ids for a reader of a file of header {@code h}, or null when it has no id column. */
    static RecordIds of(Header h) {
        int c = h.column("id");
        return c < 0 ? null : new RecordIds(c, h.entity());
    }

    /** A row of {@code entity} whose id cell is {@code b[from, to)}. */
    void add(int entity, byte[] b, int from, int to) {
        long key = key(entity, b, from, to);
        if (key == 0) return; // an empty id
        if (inBlock == block.length) {
            if (block.length < BLOCK) {
                block = Arrays.copyOf(block, block.length * 2);
            } else {
                blocks.add(block);
                block = new long[BLOCK];
                inBlock = 0;
            }
        }
        block[inBlock++] = key;
        n++;
    }

    /** A row of {@code entity} whose id cell is cell {@code c} of {@code r}. */
    void add(int entity, CsvLine r, int c) {
        add(entity, r.buf(), r.start(c), r.end(c));
    }

    /**
     * The key of an entity's id: the cell's bytes, blanks around them stripped as check strips
     * them, hashed (FNV-1a) and mixed with the entity's ordinal; 0 for an empty id (never a key).
     */
    static long key(int entity, byte[] b, int from, int to) {
        while (from < to && (b[from] == ' ' || b[from] == '\t')) from++;
        while (to > from && (b[to - 1] == ' ' || b[to - 1] == '\t')) to--;
        if (from == to) return 0;
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) h = (h ^ (b[i] & 0xff)) * 0x100000001b3L;
        h ^= (entity + 1L) * 0x9E3779B97F4A7C15L;
        h ^= h >>> 33; // murmur3's finalizer: every bit of the entity and the id moves every bit of the key
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    /** A row whose id another row of the same entity wrote before it: its line, and the first row's. */
    record Repeat(int entity, String id, long line, long firstLine) {}

    /** The lines of a file (1-based, the header line 1), as FileScan numbers them. */
    interface Lines {
        void forEach(LineVisitor visitor);
    }

    interface LineVisitor {
        void line(long number, byte[] b, int from, int to);
    }

    /** A row of a declared entity: its line, entity ordinal, and its id cell {@code b[from, to)}. */
    interface IdVisitor {
        void row(long number, int entity, byte[] b, int from, int to);
    }

    /** An id cell's text as check reads it: its bytes, blanks around them stripped. */
    private static String text(byte[] b, int from, int to) {
        return new String(b, from, to - from, StandardCharsets.UTF_8).strip();
    }

    /** The lines of {@code file}, read through once. */
    static Lines of(Path file) {
        return visitor -> {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                byte[] buf = new byte[256];
                int len = 0;
                long number = 1;
                int c;
                while ((c = in.read()) >= 0) {
                    if (c == '\n') {
                        visitor.line(number++, buf, 0, len > 0 && buf[len - 1] == '\r' ? len - 1 : len);
                        len = 0;
                    } else {
                        if (len == buf.length) buf = Arrays.copyOf(buf, len * 2);
                        buf[len++] = (byte) c;
                    }
                }
                if (len > 0) visitor.line(number, buf, 0, buf[len - 1] == '\r' ? len - 1 : len);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /**
     * The ids the readers {@code threads} kept of one file ({@code lines}), sorted, and the rows
     * whose entity and id an earlier row of the file has, in line order. None met twice (nearly
     * every ledger) ends it after the sort; else the file's lines are read once more for the rows
     * of those keys.
     */
    static Written scan(List<RecordIds> threads, Lines lines, Entities entities) {
        long total = 0;
        for (RecordIds t : threads) total += t.n;
        if (threads.isEmpty() || total > Integer.MAX_VALUE - 8) return Written.NONE;
        RecordIds any = threads.get(0);
        // each reader's keys sorted on a thread of its own (a tenth of a second per million keys under
        // the client compiler), then walked in merged order for the keys met twice; the sorted arrays
        // are kept for lineOf
        List<long[]> keys = Workers.each("zhonghe-ids", threads.size(), w -> threads.get(w).sorted());
        Set<Long> twice = twice(keys, total);
        Written written = new Written(keys, List.of(), lines, entities, any.idColumn, any.entityColumn);
        if (twice.isEmpty()) return written;
        record Id(int entity, String id) {}
        Map<Id, List<Long>> rows = new HashMap<>();
        written.forEachId((number, e, b, from, to) -> {
            if (twice.contains(key(e, b, from, to))) {
                rows.computeIfAbsent(new Id(e, text(b, from, to)), k -> new ArrayList<>()).add(number);
            }
        });
        List<Repeat> out = new ArrayList<>();
        for (Map.Entry<Id, List<Long>> w : rows.entrySet()) {
            List<Long> at2 = w.getValue();
            for (int i = 1; i < at2.size(); i++) {
                out.add(new Repeat(w.getKey().entity(), w.getKey().id(), at2.get(i), at2.get(0)));
            }
        }
        out.sort((a, b) -> Long.compare(a.line(), b.line()));
        return new Written(keys, out, lines, entities, any.idColumn, any.entityColumn);
    }

    /** This reader's keys in one array, sorted; its blocks let go. */
    private long[] sorted() {
        long[] keys = new long[(int) n];
        int at = 0;
        for (long[] b : blocks) {
            System.arraycopy(b, 0, keys, at, b.length);
            at += b.length;
        }
        System.arraycopy(block, 0, keys, at, inBlock);
        blocks.clear();
        block = new long[256];
        inBlock = 0;
        n = 0;
        Arrays.sort(keys);
        return keys;
    }

    /** The keys met twice or more in the sorted arrays {@code parts} ({@code total} keys), walked in merged order. */
    private static Set<Long> twice(List<long[]> parts, long total) {
        Set<Long> twice = new HashSet<>();
        int[] at = new int[parts.size()];
        long last = 0; // never a key
        for (long k = 0; k < total; k++) {
            int best = -1;
            for (int p = 0; p < at.length; p++) {
                if (at[p] < parts.get(p).length && (best < 0 || parts.get(p)[at[p]] < parts.get(best)[at[best]])) best = p;
            }
            long key = parts.get(best)[at[best]++];
            if (key == last) twice.add(key);
            last = key;
        }
        return twice;
    }

    /** Check's {@code id.duplicate} for each of {@code repeats} in the file named {@code name}, its records the {@code section}'s. */
    static List<Problem> problems(List<Repeat> repeats, String name, String section) {
        List<Problem> out = new ArrayList<>();
        for (Repeat r : repeats) {
            out.add(Problem.of(name, r.line(), "id", r.id(), "id.duplicate", r.id(), section, String.valueOf(r.firstLine())));
        }
        return out;
    }

    /**
     * A record id written twice for one entity in {@code file} (its records {@code section}'s):
     * check's input error {@code id.duplicate} at each later row, its entity not judged (session 23;
     * before, a removal row written twice counted twice). The file's first errors stay in line order.
     */
    static Written refuseRepeats(RecordIds[] threads, FileScan.Result scan, Path file, String name, String section,
                                 Entities entities, List<Problem> errors, long[] errorCount) {
        if (scan == null) return Written.NONE;
        List<RecordIds> kept = Arrays.stream(threads).filter(Objects::nonNull).toList();
        Written written = scan(kept, of(file), entities);
        List<Repeat> repeats = written.repeats();
        if (repeats.isEmpty()) return written;
        for (Repeat r : repeats) entities.markInvalid(r.entity());
        errorCount[0] += repeats.size();
        List<Problem> all = new ArrayList<>(errors.stream().filter(p -> p.file().equals(name)).toList());
        errors.removeIf(p -> p.file().equals(name));
        all.addAll(problems(repeats.subList(0, Math.min(Batch.ERROR_CAP, repeats.size())), name, section));
        all.sort(java.util.Comparator.comparingLong(Problem::line)); // stable: a row's own errors stay in order
        errors.addAll(all.subList(0, Math.min(Batch.ERROR_CAP, all.size())));
        return written;
    }

    /**
     * What {@link #scan} found of one file: its ids' keys, sorted (one array per reader); the rows that repeat an id; and
     * how to read the file again for the line of an id ({@link #lineOf}).
     */
    record Written(List<long[]> sorted, List<Repeat> repeats, Lines lines, Entities entities, int idColumn, int entityColumn,
                   Map<String, Long>[] firstLines) {
        static final Written NONE = new Written(List.of(), List.of(), null, null, -1, -1);

        @SuppressWarnings("unchecked")
        Written(List<long[]> sorted, List<Repeat> repeats, Lines lines, Entities entities, int idColumn, int entityColumn) {
            this(sorted, repeats, lines, entities, idColumn, entityColumn, new Map[1]);
        }

        /**
         * The first line of the row of {@code entity} whose id is {@code id}, or -1: asked for the
         * records an activity computes ({@code ACTIVITY.GAS}), whose ids must not be taken. A key
         * not among the sorted ones ends it. The first key found reads the file once more, keeping
         * the first line of every id of the entities {@code ofInterest} (those with activities), so
         * that a ledger of many such ids is read again once, not once per id.
         */
        long lineOf(int entity, String id, java.util.function.IntPredicate ofInterest) {
            byte[] b = id.getBytes(StandardCharsets.UTF_8);
            long key = key(entity, b, 0, b.length);
            if (key == 0 || sorted.stream().allMatch(part -> Arrays.binarySearch(part, key) < 0)) return -1;
            if (firstLines[0] == null) firstLines[0] = firstLines(ofInterest);
            Long line = firstLines[0].get(entity + "\u0000" + id.strip());
            return line == null ? -1 : line;
        }

        private Map<String, Long> firstLines(java.util.function.IntPredicate ofInterest) {
            Map<String, Long> first = new HashMap<>();
            forEachId((number, e, b, from, to) -> {
                String written = text(b, from, to);
                if (ofInterest.test(e) && !written.isEmpty()) first.putIfAbsent(e + "\u0000" + written, number);
            });
            return first;
        }

        /** Each data row of the file whose entity is declared: its line, entity and id cell, read as FileScan reads it. */
        void forEachId(IdVisitor visitor) {
            CsvLine cells = new CsvLine();
            lines.forEach((number, b, from, to) -> {
                if (number == 1 || to == from || !cells.split(b, from, to)
                        || cells.count() <= Math.max(idColumn, entityColumn)) {
                    return;
                }
                String entity = cells.text(entityColumn);
                int e = entity == null ? -1 : entities.ordinal(entity);
                if (e >= 0) visitor.row(number, e, b, cells.start(idColumn), cells.end(idColumn));
            });
        }
    }
}
