package org.zhonghe.batch;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The removals of removals.csv as its threads read them, by chunk, in columns (no object per
 * row: its entity, its group's key and its tonnes); once read, linked per entity in file order
 * ({@link #link}) and summed by group when the entity is evaluated ({@link #groups}), on the
 * evaluation's threads.
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

        private BigDecimal tonnesAt(int row) {
            long t = tonnes.get(row);
            return t == Columns.NOT_PACKED ? exact.get(row)[0] : Columns.unpack(t);
        }

        private BigDecimal lifecycleTonnesAt(int row) {
            long l = lifecycleTonnes.get(row);
            return l == Columns.NOT_PACKED ? exact.get(row)[1] : Columns.unpack(l);
        }
    }

    private final LinkedChunks<Chunk> chunks = new LinkedChunks<>(c -> c.entities);
    /** The groups' keys met on any thread, one object each: an entity's removals of a group share it. */
    private final Map<SmallLedgers.RemovalKey, SmallLedgers.RemovalKey> keys = new ConcurrentHashMap<>();

    /** The one object kept for keys equal to {@code key}. */
    SmallLedgers.RemovalKey shared(SmallLedgers.RemovalKey key) {
        SmallLedgers.RemovalKey kept = keys.putIfAbsent(key, key);
        return kept == null ? key : kept;
    }

    /** A new, empty chunk {@code index} (numbered in file order from 0). */
    Chunk chunk(int index) {
        return chunks.put(index, new Chunk());
    }

    /** Links every removal read to its entity, in file order; once every chunk is read. */
    void link(int entities) {
        chunks.link(entities);
    }

    /** Whether the entity has a removal. */
    boolean any(int entity) {
        return chunks.first(entity) != EntityRowLinks.NONE;
    }

    /**
     * The entity's removals summed per group of identical fields, the groups in the order of their
     * first removal in the file; empty when it has none.
     */
    Map<SmallLedgers.RemovalKey, SmallLedgers.RemovalSum> groups(int entity) {
        int place = chunks.first(entity);
        if (place == EntityRowLinks.NONE) return Map.of();
        SmallLedgers.RemovalKey onlyKey = null;
        SmallLedgers.RemovalSum only = null;
        Map<SmallLedgers.RemovalKey, SmallLedgers.RemovalSum> many = null;
        for (; place != EntityRowLinks.NONE; place = chunks.next(place)) {
            int c = chunks.chunkOf(place);
            Chunk chunk = chunks.chunk(c);
            int row = chunks.row(place, c);
            SmallLedgers.RemovalKey key = chunk.keys.get(row);
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
            s.tonnes = SmallLedgers.plus(s.tonnes, chunk.tonnesAt(row));
            s.lifecycleTonnes = SmallLedgers.plus(s.lifecycleTonnes, chunk.lifecycleTonnesAt(row));
            s.records++;
        }
        return many != null ? many : Map.of(onlyKey, only);
    }
}
