package org.zhonghe.batch;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One thread's emission sums: per entity, a short chain of groups (gas id, scope, biogenic),
 * each with its record count and an exact sum of tonnes of gas (fixed-point nanotonnes, with a
 * {@code BigDecimal} spill on overflow). Memory grows with entities × groups, not with records.
 */
final class EmissionGroups {
    /** Visits one group of one entity. */
    interface Visitor {
        void group(int group, long records, long nanotonnes, BigDecimal spill);
    }

    private final int[] head;
    /** Per slot, side by side: group << 32 | next slot (as an unsigned int, -1 none), records, nanotonnes. */
    private long[] slots = new long[3 << 12];
    private int size;
    private final Map<Integer, BigDecimal> spill = new HashMap<>();

    EmissionGroups(int entities) {
        head = new int[entities];
        Arrays.fill(head, -1);
    }

    static int group(int gasId, int scope, boolean biogenic) {
        return gasId * 6 + (scope - 1) * 2 + (biogenic ? 1 : 0);
    }

    static int gasOf(int group) {
        return group / 6;
    }

    static int scopeOf(int group) {
        return group % 6 / 2 + 1;
    }

    static boolean biogenicOf(int group) {
        return (group & 1) == 1;
    }

    void add(int entity, int g, long nanotonnes) {
        int s = 3 * slot(entity, g);
        slots[s + 1]++;
        long before = slots[s + 2];
        long sum = before + nanotonnes;
        if (((before ^ sum) & (nanotonnes ^ sum)) < 0) { // overflow: as Math.addExact, without the throw
            spill.merge(s, BigDecimal.valueOf(before, FixedPoint.SCALE), BigDecimal::add);
            slots[s + 2] = nanotonnes;
        } else {
            slots[s + 2] = sum;
        }
    }

    void add(int entity, int g, BigDecimal tonnes) {
        int s = 3 * slot(entity, g);
        slots[s + 1]++;
        spill.merge(s, tonnes, BigDecimal::add);
    }

    void forEach(int entity, Visitor v) {
        for (int s = head[entity]; s >= 0; s = next(s)) {
            v.group((int) (slots[3 * s] >>> 32), slots[3 * s + 1], slots[3 * s + 2], spill.get(3 * s));
        }
    }

    private int next(int s) {
        return (int) slots[3 * s];
    }

    private int slot(int entity, int g) {
        int s = head[entity];
        while (s >= 0) {
            long w = slots[3 * s];
            if ((int) (w >>> 32) == g) return s;
            s = (int) w;
        }
        if (3 * size == slots.length) slots = Arrays.copyOf(slots, slots.length * 2);
        s = size++;
        slots[3 * s] = (long) g << 32 | (head[entity] & 0xffffffffL);
        head[entity] = s;
        return s;
    }
}
