package org.zhonghe.batch;

import java.util.ArrayList;
import java.util.List;

/**
 * The entities whose removals and credits one pass keeps: the ordinals {@code [from, to)} of
 * entities.csv. When removals.csv and credits.csv are larger than a pass may hold
 * ({@link Batch.Options#passBytes}), batch keeps their rows one range of entities at a time,
 * evaluates that range and lets its rows go, so that memory stays flat however many rows they
 * hold. Every row belongs to one pass: its entity's. The first pass reads every row (and reports
 * every error); the valid rows of later ranges wait for their pass in {@link Spill}.
 */
record EntityRange(int from, int to) {
    /** Every entity, in one pass. */
    static EntityRange all() {
        return new EntityRange(0, Integer.MAX_VALUE);
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
            out.add(new EntityRange(from, to));
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
