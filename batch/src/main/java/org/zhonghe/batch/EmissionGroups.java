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
    private int[] group = new int[1 << 12];
    private int[] next = new int[1 << 12];
    private long[] count = new long[1 << 12];
    private long[] nanos = new long[1 << 12];
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
        int s = slot(entity, g);
        count[s]++;
        long before = nanos[s];
        long sum = before + nanotonnes;
        if (((before ^ sum) & (nanotonnes ^ sum)) < 0) { // overflow: as Math.addExact, without the throw
            spill.merge(s, BigDecimal.valueOf(before, FixedPoint.SCALE), BigDecimal::add);
            nanos[s] = nanotonnes;
        } else {
            nanos[s] = sum;
        }
    }

    void add(int entity, int g, BigDecimal tonnes) {
        int s = slot(entity, g);
        count[s]++;
        spill.merge(s, tonnes, BigDecimal::add);
    }

    void forEach(int entity, Visitor v) {
        for (int s = head[entity]; s >= 0; s = next[s]) v.group(group[s], count[s], nanos[s], spill.get(s));
    }

    private int slot(int entity, int g) {
        int s = head[entity];
        while (s >= 0) {
            if (group[s] == g) return s;
            s = next[s];
        }
        if (size == group.length) {
            int n = size * 2;
            group = Arrays.copyOf(group, n);
            next = Arrays.copyOf(next, n);
            count = Arrays.copyOf(count, n);
            nanos = Arrays.copyOf(nanos, n);
        }
        s = size++;
        group[s] = g;
        next[s] = head[entity];
        head[entity] = s;
        return s;
    }
}
