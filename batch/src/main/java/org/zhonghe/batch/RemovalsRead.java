package org.zhonghe.batch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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

    private final Map<Integer, Chunk> chunks = new ConcurrentHashMap<>();
    /** The groups' keys met on any thread, one object each: an entity's removals of a group share it. */
    private final Map<SmallLedgers.RemovalKey, SmallLedgers.RemovalKey> keys = new ConcurrentHashMap<>();

    /** The one object kept for keys equal to {@code key}. */
    SmallLedgers.RemovalKey shared(SmallLedgers.RemovalKey key) {
        SmallLedgers.RemovalKey kept = keys.putIfAbsent(key, key);
        return kept == null ? key : kept;
    }
    private List<Chunk> inOrder;
    private EntityRowLinks links;

    /** A new, empty chunk {@code index} (numbered in file order from 0). */
    Chunk chunk(int index) {
        Chunk c = new Chunk();
        chunks.put(index, c);
        return c;
    }

    /** Links every removal read to its entity, in file order; once every chunk is read. */
    void link(int entities) {
        inOrder = new ArrayList<>();
        for (int c = 0; chunks.containsKey(c); c++) inOrder.add(chunks.get(c));
        chunks.clear();
        links = new EntityRowLinks(entities, inOrder.stream().map(c -> c.entities).toList());
    }

    /** Whether the entity has a removal. */
    boolean any(int entity) {
        return links != null && links.first(entity) != EntityRowLinks.NONE;
    }

    /**
     * The entity's removals summed per group of identical fields, the groups in the order of their
     * first removal in the file; empty when it has none.
     */
    Map<SmallLedgers.RemovalKey, SmallLedgers.RemovalSum> groups(int entity) {
        if (links == null) return Map.of();
        int place = links.first(entity);
        if (place == EntityRowLinks.NONE) return Map.of();
        SmallLedgers.RemovalKey onlyKey = null;
        SmallLedgers.RemovalSum only = null;
        Map<SmallLedgers.RemovalKey, SmallLedgers.RemovalSum> many = null;
        for (; place != EntityRowLinks.NONE; place = links.next(place)) {
            int c = links.chunk(place);
            Chunk chunk = inOrder.get(c);
            int row = links.row(place, c);
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
