package org.zhonghe.batch;

import java.util.ArrayList;
import java.util.List;

/**
 * The entities whose removals and credits one pass over removals.csv and credits.csv keeps: the
 * ordinals {@code [from, to)} of entities.csv. When those files are larger than a pass may hold
 * ({@link Batch.Options#passBytes}), batch reads them once per range of entities, evaluates that
 * range and lets its rows go, so that memory stays flat however many rows they hold. Every row
 * belongs to one pass: its entity's. What belongs to no entity (a malformed line, a row whose
 * entity is not declared) is reported by the {@link #first} pass only.
 */
record EntityRange(int from, int to, boolean first) {
    /** Every entity, in one pass. */
    static EntityRange all() {
        return new EntityRange(0, Integer.MAX_VALUE, true);
    }

    /**
     * {@code passes} ranges of {@code entities} ordinals, in order, as near equal in size as may be
     * (Zhonghe's choice: by count of entities, not of their rows, which the first read does not know).
     */
    static List<EntityRange> split(int entities, int passes) {
        int k = Math.max(1, Math.min(passes, entities));
        List<EntityRange> out = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            int from = (int) ((long) entities * i / k);
            int to = i == k - 1 ? Integer.MAX_VALUE : (int) ((long) entities * (i + 1) / k);
            out.add(new EntityRange(from, to, i == 0));
        }
        return out;
    }

    /** Whether entity {@code e} is read in this pass. */
    boolean holds(int e) {
        return e >= from && e < to;
    }

    /**
     * How many passes read files of {@code bytes} in all, at most {@code passBytes} each (at least 1).
     */
    static int passes(long bytes, long passBytes) {
        if (passBytes <= 0 || bytes <= passBytes) return 1;
        long k = (bytes + passBytes - 1) / passBytes;
        return (int) Math.min(k, Integer.MAX_VALUE);
    }
}
