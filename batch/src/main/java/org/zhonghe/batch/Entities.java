package org.zhonghe.batch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.zhonghe.assessment.Entity;
import org.zhonghe.assessment.Problem;

/**
 * The entities of a batch, in the order of entities.csv: ids, names, shapes, lines, an index from
 * an id's bytes to the entity and its rule, and a mark on each entity that has an input error.
 * Built once ({@link #build}) from the parts the threads read, then read by every thread.
 */
final class Entities implements EntityIndex.IdBytes {
    /** What one thread read of one chunk of entities.csv, in file order. */
    static final class Part {
        private byte[] ids = new byte[1 << 12];
        private int used;
        private int[] ends = new int[256];
        private int[] shapes = new int[256];
        private long[] lines = new long[256];
        private String[] names;
        private int size;

        /** An entity whose id is {@code buf[from, to)}; {@code shape} {@link #wrongId} of it when the id itself is wrong. */
        void add(byte[] buf, int from, int to, int shape, long line, String name) {
            int len = to - from;
            if (used + len > ids.length) ids = Arrays.copyOf(ids, Math.max(ids.length * 2, used + len));
            System.arraycopy(buf, from, ids, used, len);
            used += len;
            if (size == ends.length) {
                ends = Arrays.copyOf(ends, size * 2);
                shapes = Arrays.copyOf(shapes, size * 2);
                lines = Arrays.copyOf(lines, size * 2);
                if (names != null) names = Arrays.copyOf(names, size * 2);
            }
            if (name != null) {
                if (names == null) names = new String[ends.length];
                names[size] = name;
            }
            ends[size] = used;
            shapes[size] = shape;
            lines[size] = line;
            size++;
        }
    }

    private final Shapes shapes;
    private byte[] ids;
    private int[] idEnds;
    private int[] shapeOf;
    private long[] lineOf;
    private String[] names;
    private byte[] invalid;
    private int size;
    private EntityIndex index;
    private EntityShape[] shapeList;
    private int[] rules;

    private Entities(Shapes shapes) {
        this.shapes = shapes;
    }

    /**
     * The entities of {@code parts} in order; line {@code l} of part {@code p} is line
     * {@code l + lineOffsets[p]} of the file. An id declared twice is added to {@code errors}
     * (and only its first row counts). The index is filled on {@code threads} threads, each
     * adding the ids of its own stripes in file order (so the first row of an id is the one kept).
     */
    static Entities build(List<Part> parts, long[] lineOffsets, Shapes shapes, List<Problem> errors, int threads) {
        Entities e = new Entities(shapes);
        e.shapeList = shapes.all();
        e.rules = shapes.rules();
        e.concatenate(parts, lineOffsets);
        int stripes = Integer.highestOneBit(Math.max(1, 2 * threads - 1)); // a power of two, at least the threads
        int workers = e.size < 50_000 ? 1 : Math.min(threads, stripes);
        e.index = new EntityIndex(e.size, workers == 1 ? 1 : stripes, e);
        List<List<Integer>> twice = workers == 1 ? List.of(e.index(0, 1))
                : Workers.each("zhonghe-index", workers, worker -> e.index(worker, workers));
        if (twice.stream().anyMatch(positions -> !positions.isEmpty())) {
            boolean[] declaredBefore = new boolean[e.size];
            for (List<Integer> positions : twice) for (int at : positions) declaredBefore[at] = true;
            e.dropRepeated(declaredBefore, errors);
        }
        return e;
    }

    /** Every row of the parts, in file order (repeated ids included). */
    private void concatenate(List<Part> parts, long[] lineOffsets) {
        int total = 0;
        int bytes = 0;
        boolean anyName = false;
        for (Part p : parts) {
            total += p.size;
            bytes += p.used;
            anyName |= p.names != null;
        }
        ids = new byte[bytes];
        idEnds = new int[total];
        shapeOf = new int[total];
        lineOf = new long[total];
        names = anyName ? new String[total] : null;
        invalid = new byte[total];
        int n = 0;
        int used = 0;
        for (int p = 0; p < parts.size(); p++) {
            Part part = parts.get(p);
            System.arraycopy(part.ids, 0, ids, used, part.used);
            System.arraycopy(part.shapes, 0, shapeOf, n, part.size);
            if (part.names != null) System.arraycopy(part.names, 0, names, n, part.size);
            for (int i = 0; i < part.size; i++) {
                idEnds[n + i] = used + part.ends[i];
                lineOf[n + i] = part.lines[i] + lineOffsets[p];
                if (part.shapes[i] < 0 || rules[part.shapes[i]] == Shapes.NO_RULE) invalid[n + i] = 1;
            }
            n += part.size;
            used += part.used;
        }
        size = n;
    }

    /** Adds the ids of the stripes {@code worker}, {@code worker + workers}, …; returns the rows whose id came before. */
    private List<Integer> index(int worker, int workers) {
        List<Integer> repeated = new ArrayList<>(0);
        int[] mine = new int[256];
        long[] hashes = new long[256];
        long touched = 0;
        for (int start = 0; start < size; start += mine.length) {
            int end = Math.min(size, start + mine.length);
            int m = 0;
            for (int n = start; n < end; n++) { // this thread's ids of the block, and their hashes
                int from = n == 0 ? 0 : idEnds[n - 1];
                long h = EntityIndex.hash(ids, from, idEnds[n]);
                if (workers > 1 && index.stripeOfHash(h) % workers != worker) continue;
                mine[m] = n;
                hashes[m++] = h;
            }
            for (int i = 0; i < m; i++) touched += index.touch(hashes[i]); // their slots read at once (EntityIndex#touch)
            for (int i = 0; i < m; i++) {
                int n = mine[i];
                int shape = shapeOf[n];
                int rule = shape < 0 ? Shapes.NO_RULE : rules[shape];
                if (index.putIfAbsent(ids, n == 0 ? 0 : idEnds[n - 1], idEnds[n], (long) rule << 32 | n, hashes[i])
                        != EntityIndex.ABSENT) {
                    repeated.add(n);
                }
            }
        }
        sink += touched;
        return repeated;
    }

    /** Where touched values go, so that the compiler keeps the loads. */
    private volatile long sink;

    /** Drops the rows whose id was declared before, each reported; the others keep their order. */
    private void dropRepeated(boolean[] declaredBefore, List<Problem> errors) {
        int[] ordinalOf = new int[size];
        int n = 0;
        int used = 0;
        for (int at = 0, from = 0; at < size; from = idEnds[at], at++) {
            int to = idEnds[at];
            if (declaredBefore[at]) {
                String id = new String(ids, from, to - from, StandardCharsets.UTF_8);
                errors.add(Problem.of(EntitySpec.FILE, lineOf[at], "entity", id, ErrorKeys.DECLARED_TWICE, id));
                ordinalOf[at] = -1;
                continue;
            }
            System.arraycopy(ids, from, ids, used, to - from); // moving left: never over what is still to read
            used += to - from;
            idEnds[n] = used;
            shapeOf[n] = shapeOf[at];
            lineOf[n] = lineOf[at];
            if (names != null) names[n] = names[at];
            invalid[n] = invalid[at];
            ordinalOf[at] = n++;
        }
        size = n;
        index.replaceValues(v -> (v & 0xFFFFFFFF00000000L) | ordinalOf[(int) v]);
    }

    int size() {
        return size;
    }

    /** The ordinal in an index value ({@link #lookup}), or -1 for {@link EntityIndex#ABSENT}. */
    static int ordinalOf(long value) {
        return value == EntityIndex.ABSENT ? -1 : (int) value;
    }

    /** The index value of the id {@code buf[from, to)}: rule id in the high 32 bits, ordinal in the low; or {@link EntityIndex#ABSENT}. */
    long lookup(byte[] buf, int from, int to) {
        return index.get(buf, from, to);
    }

    /** As {@link #lookup(byte[], int, int)}, the id's {@link EntityIndex#hash} made before. */
    long lookup(byte[] buf, int from, int to, long hash) {
        return index.get(buf, from, to, hash);
    }

    /** Starts the memory access of a {@link #lookup} to come ({@link EntityIndex#touch}). */
    long touch(long hash) {
        return index.touch(hash);
    }

    /** The ordinal of an id, or -1 when not declared. */
    int ordinal(String id) {
        byte[] b = id.getBytes(StandardCharsets.UTF_8);
        long v = index.get(b, 0, b.length);
        return ordinalOf(v);
    }

    /** The rule id of an ordinal, {@link Shapes#NO_RULE} when its row has an error. */
    static int ruleOf(long indexValue) {
        return (int) (indexValue >>> 32);
    }

    /** The id of the rule an entity is judged by, {@link Shapes#NO_RULE} when its row has an error. */
    int rule(int ordinal) {
        return shapeOf[ordinal] < 0 ? Shapes.NO_RULE : rules[shapeOf[ordinal]];
    }

    String id(int ordinal) {
        int from = ordinal == 0 ? 0 : idEnds[ordinal - 1];
        return new String(ids, from, idEnds[ordinal] - from, StandardCharsets.UTF_8);
    }

    /** Writes the id as read (UTF-8). */
    void id(int ordinal, RowBytes out) {
        out.bytes(ids, ordinal == 0 ? 0 : idEnds[ordinal - 1], idEnds[ordinal]);
    }

    /** True when the entity's row in entities.csv and its ledger rows have no error. */
    boolean valid(int ordinal) {
        int shape = shapeOf[ordinal];
        return shape >= 0 && shapeList[shape].valid() && invalid[ordinal] == 0;
    }

    @Override
    public boolean equals(int ordinal, byte[] buf, int from, int to) {
        int start = ordinal == 0 ? 0 : idEnds[ordinal - 1];
        return Arrays.equals(ids, start, idEnds[ordinal], buf, from, to);
    }

    /** The entity's spec; null when its row in entities.csv has an error. */
    EntitySpec spec(int ordinal) {
        int shape = shapeOf[ordinal];
        if (shape < 0 || !shapeList[shape].valid()) return null;
        EntityShape s = shapeList[shape];
        String name = names == null ? null : names[ordinal];
        return new EntitySpec(new Entity(id(ordinal), name, s.type()), s.period(), s.boundary(), s.claim(), lineOf[ordinal]);
    }

    /**
     * The shape number kept for an entity whose id (or name) is wrong: negative, so that it is
     * neither judged nor given a spec, yet its row's claim still checks its records ({@link #recordMetric}).
     */
    static int wrongId(int shape) {
        return -2 - shape;
    }

    /**
     * The metric an entity's emission records are checked in, null when its claim was not read
     * ({@link EntityShape#recordMetric}): an entity refused for its id, name, type, period or
     * boundary alone still has its gases checked in its claim's metric, as check checks them.
     */
    org.zhonghe.Metric recordMetric(int ordinal) {
        int shape = shapeOf[ordinal];
        if (shape < 0) shape = -2 - shape;
        return shape < 0 ? null : shapeList[shape].recordMetric();
    }

    /** The number of the entity's shape; negative when its id is wrong. */
    int shape(int ordinal) {
        return shapeOf[ordinal];
    }

    /** The entity's shape; null when its id is wrong. */
    EntityShape shapeOf(int ordinal) {
        return shapeOf[ordinal] < 0 ? null : shapeList[shapeOf[ordinal]];
    }


    /** Marks an entity as having an input error; safe from any thread (only ever set). */
    void markInvalid(int ordinal) {
        invalid[ordinal] = 1;
    }

    boolean isInvalid(int ordinal) {
        return invalid[ordinal] != 0;
    }
}
