package org.zhonghe.batch;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The removals of removals.csv as its threads read them, by chunk, in columns (no object per
 * row: its entity, its group's key and its tonnes); once read, copied into entity order
 * ({@link #link}, {@link EntityOrder}) and summed by group when the entity is evaluated
 * ({@link #groups}), on the evaluation's threads, reading its removals in sequence.
 */
final class RemovalsRead {
    /** The removals of one chunk of the file, in file order. */
    static final class Chunk {
        private final Columns.Ints entities = new Columns.Ints();
        private final Columns.Refs<SmallLedgers.RemovalKey> keys = new Columns.Refs<>();
        private final Columns.Longs tonnes = new Columns.Longs();
        private final Columns.Longs lifecycleTonnes = new Columns.Longs();
        /** The amounts {@link Columns#pack} cannot hold, by row: [tonnes, lifecycle tonnes]. */
        private final Map<Integer, BigDecimal[]> exact = new HashMap<>(0);

        /** @param key the group's key, one object per combination (shared) */
        void add(int entity, SmallLedgers.RemovalKey key, BigDecimal tonnes, BigDecimal lifecycleTonnes) {
            long t = Columns.pack(tonnes);
            long l = Columns.pack(lifecycleTonnes);
            if (t == Columns.NOT_PACKED || l == Columns.NOT_PACKED) { // both kept exactly
                exact.put(entities.size(), new BigDecimal[] {tonnes, lifecycleTonnes});
                t = l = Columns.NOT_PACKED;
            }
            entities.add(entity);
            keys.add(key);
            this.tonnes.add(t);
            this.lifecycleTonnes.add(l);
        }
    }

    /** The chunks as read, by number, until {@link #link}. */
    private final Map<Integer, Chunk> chunks = new ConcurrentHashMap<>();
    /** Once linked, in entity order: where each entity's removals start, and their columns. */
    private int[] start;
    private SmallLedgers.RemovalKey[] keyAt;
    private long[] tonnesAt;
    private long[] lifecycleTonnesAt;
    /** The amounts {@link Columns#pack} cannot hold, by position: [tonnes, lifecycle tonnes]. */
    private final Map<Integer, BigDecimal[]> exactAt = new HashMap<>(0);
    /** The groups' keys met on any thread, one object each: an entity's removals of a group share it. */
    private final Map<SmallLedgers.RemovalKey, SmallLedgers.RemovalKey> keys = new ConcurrentHashMap<>();

    /** The one object kept for keys equal to {@code key}. */
    SmallLedgers.RemovalKey shared(SmallLedgers.RemovalKey key) {
        SmallLedgers.RemovalKey kept = keys.putIfAbsent(key, key);
        return kept == null ? key : kept;
    }

    /** A new, empty chunk {@code index} (numbered in file order from 0). */
    Chunk chunk(int index) {
        Chunk c = new Chunk();
        chunks.put(index, c);
        return c;
    }

    /**
     * Copies every removal read into entity order, file order within an entity, on {@code threads}
     * threads (each a range of the order); once every chunk is read.
     */
    void link(int entities, int threads) {
        List<Chunk> inOrder = EntityOrder.inOrder(chunks);
        EntityOrder order = new EntityOrder(entities, inOrder.stream().map(c -> c.entities).toList());
        int n = order.size();
        keyAt = new SmallLedgers.RemovalKey[n];
        tonnesAt = new long[n];
        lifecycleTonnesAt = new long[n];
        List<Map<Integer, BigDecimal[]>> exact = EntityOrder.copy(order.cuts(threads), (from, to) -> {
            Map<Integer, BigDecimal[]> mine = new HashMap<>(0);
            for (int p = from; p < to; p++) {
                Chunk chunk = inOrder.get(order.chunk(p));
                int row = order.row(p);
                keyAt[p] = chunk.keys.get(row);
                tonnesAt[p] = chunk.tonnes.get(row);
                lifecycleTonnesAt[p] = chunk.lifecycleTonnes.get(row);
                if (tonnesAt[p] == Columns.NOT_PACKED) mine.put(p, chunk.exact.get(row));
            }
            return mine;
        });
        exact.forEach(exactAt::putAll);
        start = order.starts();
    }

    /** Whether the entity has a removal. */
    boolean any(int entity) {
        return start != null && start[entity] < start[entity + 1];
    }

    /**
     * The entity's removals summed per group of identical fields, the groups in the order of their
     * first removal in the file; empty when it has none.
     */
    Map<SmallLedgers.RemovalKey, SmallLedgers.RemovalSum> groups(int entity) {
        if (!any(entity)) return Map.of();
        SmallLedgers.RemovalKey onlyKey = null;
        SmallLedgers.RemovalSum only = null;
        Map<SmallLedgers.RemovalKey, SmallLedgers.RemovalSum> many = null;
        for (int p = start[entity]; p < start[entity + 1]; p++) {
            SmallLedgers.RemovalKey key = keyAt[p];
            SmallLedgers.RemovalSum s;
            if (only == null) {
                onlyKey = key;
                s = only = new SmallLedgers.RemovalSum();
            } else if (many == null && (onlyKey == key || onlyKey.equals(key))) {
                s = only;
            } else {
                if (many == null) {
                    many = new LinkedHashMap<>();
                    many.put(onlyKey, only);
                }
                s = many.computeIfAbsent(key, k -> new SmallLedgers.RemovalSum());
            }
            long t = tonnesAt[p];
            BigDecimal[] exact = t == Columns.NOT_PACKED ? exactAt.get(p) : null;
            s.tonnes = SmallLedgers.plus(s.tonnes, exact != null ? exact[0] : Columns.unpack(t));
            s.lifecycleTonnes = SmallLedgers.plus(s.lifecycleTonnes, exact != null ? exact[1] : Columns.unpack(lifecycleTonnesAt[p]));
            s.records++;
        }
        return many != null ? many : Map.of(onlyKey, only);
    }
}
