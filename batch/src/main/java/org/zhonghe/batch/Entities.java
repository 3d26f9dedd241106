package org.zhonghe.batch;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.zhonghe.assessment.Entity;

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

        /** An entity whose id is {@code buf[from, to)}; {@code shape} -1 when the id itself is wrong. */
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
     * (and only its first row counts).
     */
    static Entities build(List<Part> parts, long[] lineOffsets, Shapes shapes, List<LedgerError> errors) {
        Entities e = new Entities(shapes);
        int total = 0;
        int bytes = 0;
        boolean anyName = false;
        for (Part p : parts) {
            total += p.size;
            bytes += p.used;
            anyName |= p.names != null;
        }
        e.ids = new byte[bytes];
        e.idEnds = new int[total];
        e.shapeOf = new int[total];
        e.lineOf = new long[total];
        e.names = anyName ? new String[total] : null;
        e.invalid = new byte[total];
        e.index = new EntityIndex(total, e);
        e.shapeList = shapes.all();
        int[] rules = shapes.rules();
        e.rules = rules;
        int used = 0;
        int n = 0;
        for (int p = 0; p < parts.size(); p++) {
            Part part = parts.get(p);
            for (int i = 0, from = 0; i < part.size; from = part.ends[i], i++) {
                int to = part.ends[i];
                int shape = part.shapes[i];
                int rule = shape < 0 ? Shapes.NO_RULE : rules[shape];
                long line = part.lines[i] + lineOffsets[p];
                long known = e.index.putIfAbsent(part.ids, from, to, (long) rule << 32 | n);
                if (known != EntityIndex.ABSENT) {
                    errors.add(new LedgerError(EntitySpec.FILE, line, "entity",
                            new String(part.ids, from, to - from, StandardCharsets.UTF_8), ErrorKeys.DECLARED_TWICE));
                    continue;
                }
                System.arraycopy(part.ids, from, e.ids, used, to - from);
                used += to - from;
                e.idEnds[n] = used;
                e.shapeOf[n] = shape;
                e.lineOf[n] = line;
                if (part.names != null) e.names[n] = part.names[i];
                if (rule == Shapes.NO_RULE) e.invalid[n] = 1;
                n++;
            }
        }
        e.size = n;
        return e;
    }

    int size() {
        return size;
    }

    /** The index value of the id {@code buf[from, to)}: rule id in the high 32 bits, ordinal in the low; or {@link EntityIndex#ABSENT}. */
    long lookup(byte[] buf, int from, int to) {
        return index.get(buf, from, to);
    }

    /** Starts the memory access of a {@link #lookup} to come ({@link EntityIndex#touch}). */
    long touch(byte[] buf, int from, int to) {
        return index.touch(buf, from, to);
    }

    /** The ordinal of an id, or -1 when not declared. */
    int ordinal(String id) {
        byte[] b = id.getBytes(StandardCharsets.UTF_8);
        long v = index.get(b, 0, b.length);
        return v == EntityIndex.ABSENT ? -1 : (int) v;
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

    /** The number of the entity's shape; -1 when its id is wrong. */
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
