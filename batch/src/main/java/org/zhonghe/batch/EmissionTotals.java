package org.zhonghe.batch;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One thread's emission sums, two {@code long}s per entity (four entities to a cache line, so that
 * the sums of a million entities stay small for the caches): the counted emissions in t CO2e as
 * an exact fixed-point number of 10⁻¹⁵ t (nanotonnes × a weight of 10⁻⁶) in 124 bits, and in the
 * top bits of the second {@code long} the scopes that have a counted row. The rows not counted,
 * by reason, are sixteen 8-bit counters per entity (two {@code long}s) in an array made on the
 * thread's first such row: an entity has a few such rows, and ten 32-bit counters had taken 40 MB
 * a thread for a million entities (docs/performance.md, session 12). What does not fit — amounts
 * or weights without a fixed-point form, a sum beyond 2¹²⁴, a seventeenth reason, a counter's
 * 256th row (its 255 and this one, 256, are moved beside and it starts again) — goes on exactly
 * in maps beside. Memory grows with entities, never with rows.
 */
final class EmissionTotals {
    /** Decimal places of the counted sum. */
    static final int SCALE = FixedPoint.SCALE + Classifier.WEIGHT_SCALE;
    private static final int STRIDE = 2;
    /** Scope {@code s} counted: bit {@code SCOPE_BIT + s - 1} of an entity's second {@code long}. */
    private static final int SCOPE_BIT = 60;
    /** The sum's high half, below the scope bits. */
    private static final long HIGH = (1L << SCOPE_BIT) - 1;
    private static final int COUNTER_STRIDE = 2;
    /** Bits of a reason counter, and so counters to a {@code long}. */
    private static final int COUNTER_BITS = 8;
    private static final int COUNTERS_PER_LONG = Long.SIZE / COUNTER_BITS;
    private static final long COUNTER_MASK = (1L << COUNTER_BITS) - 1;
    private static final int INLINE_REASONS = COUNTERS_PER_LONG * COUNTER_STRIDE;

    private final int entities;
    private final long[] sums;
    private long[] counters;
    private final Map<Integer, BigDecimal> exact = new HashMap<>();
    private final Map<Long, Long> moreCounts = new HashMap<>();
    /** The counted rows outside their profile's cap base, summed again; null until the first. */
    private EmissionTotals outside;

    EmissionTotals(int entities) {
        this.entities = entities;
        sums = new long[STRIDE * entities];
    }

    /** Reads the sums of each of {@code entities[0, n)}, so that their cache misses overlap (see {@link EntityIndex#touch}). */
    long touch(int[] entities, int n) {
        long x = 0;
        for (int i = 0; i < n; i++) x += sums[STRIDE * entities[i]];
        return x;
    }

    /**
     * As {@link #touch(int[], int)}, reading for a row not counted ({@code classes[i] < 0}) the line of
     * its reason counters instead of its sums.
     */
    long touch(int[] entities, int[] classes, int n) {
        long[] c = counters;
        if (c == null) return touch(entities, n);
        long x = 0;
        for (int i = 0; i < n; i++) x += classes[i] > 0 ? sums[STRIDE * entities[i]] : c[COUNTER_STRIDE * entities[i]];
        return x;
    }

    /** A counted row: {@code nanotonnes} of a gas weighing {@code weight} × 10⁻⁶ t CO2e per t, in {@code scope}. */
    void counted(int entity, long nanotonnes, long weight, int scope) {
        int b = STRIDE * entity;
        long word = sums[b + 1] | 1L << (SCOPE_BIT + scope - 1);
        long lo = nanotonnes * weight;
        long hi = Math.multiplyHigh(nanotonnes, weight); // both positive: hi < 2⁶²
        long sumLo = sums[b] + lo;
        long carry = Long.compareUnsigned(sumLo, lo) < 0 ? 1 : 0;
        long sumHi = (word & HIGH) + hi + carry; // < 2⁶³
        if (sumHi > HIGH) { // past 2¹²⁴: keep it exactly beside
            sums[b + 1] = word;
            exact.merge(entity, toDecimal(hi, lo), BigDecimal::add);
            return;
        }
        sums[b] = sumLo;
        sums[b + 1] = (word & ~HIGH) | sumHi;
    }

    /** A counted row in t CO2e that has no fixed-point form. */
    void counted(int entity, BigDecimal co2e, int scope) {
        sums[STRIDE * entity + 1] |= 1L << (SCOPE_BIT + scope - 1);
        exact.merge(entity, co2e, BigDecimal::add);
    }

    /**
     * A counted row outside its profile's offset cap base ({@link Classifier#COUNTED_OUTSIDE_CAP_BASE}),
     * counted by {@link #counted(int, long, long, int)} as well: summed again in totals made on the
     * thread's first such row (only entities whose profile caps credits have them).
     */
    void outsideCapBase(int entity, long nanotonnes, long weight, int scope) {
        if (outside == null) outside = new EmissionTotals(entities);
        outside.counted(entity, nanotonnes, weight, scope);
    }

    /** As {@link #outsideCapBase(int, long, long, int)}, for a row in t CO2e that has no fixed-point form. */
    void outsideCapBase(int entity, BigDecimal co2e, int scope) {
        if (outside == null) outside = new EmissionTotals(entities);
        outside.counted(entity, co2e, scope);
    }

    /** This thread's counted sum of {@code entity}, exactly. */
    private BigDecimal counted(int entity) {
        int b = STRIDE * entity;
        BigDecimal fixed = toDecimal(sums[b + 1] & HIGH, sums[b]);
        BigDecimal beside = exact.isEmpty() ? null : exact.get(entity);
        return beside == null ? fixed : fixed.add(beside);
    }

    /** A row not counted, for the reason in {@code slot}. */
    void notCounted(int entity, int slot) {
        if (slot >= INLINE_REASONS) {
            moreCounts.merge((long) entity << 32 | slot, 1L, Long::sum);
            return;
        }
        if (counters == null) counters = new long[COUNTER_STRIDE * entities];
        int i = COUNTER_STRIDE * entity + slot / COUNTERS_PER_LONG;
        int shift = slot % COUNTERS_PER_LONG * COUNTER_BITS;
        if ((counters[i] >>> shift & COUNTER_MASK) == COUNTER_MASK) { // the counter is full: it and this row beside
            counters[i] &= ~(COUNTER_MASK << shift);
            moreCounts.merge((long) entity << 32 | slot, COUNTER_MASK + 1, Long::sum);
            return;
        }
        counters[i] += 1L << shift;
    }

    /**
     * An entity's emissions over every thread.
     *
     * @param counted          t CO2e counted
     * @param countedScopes    bit {@code s - 1}: scope {@code s} has a counted row
     * @param notCounted       rows not counted, by reason slot
     * @param outsideCapBase   t CO2e of {@code counted} outside its profile's offset cap base
     *                         ({@link org.zhonghe.rules.Profile#inCapBase}); 0 for a profile without a cap
     */
    record Sum(BigDecimal counted, int countedScopes, long[] notCounted, BigDecimal outsideCapBase) {
        Sum(BigDecimal counted, int countedScopes, long[] notCounted) {
            this(counted, countedScopes, notCounted, BigDecimal.ZERO);
        }
    }

    /** The sums of {@code entity} over the totals of every thread; {@code reasons} slots in the result. */
    static Sum of(int entity, List<EmissionTotals> threads, int reasons) {
        Fixed f = new Fixed(threads, reasons);
        BigDecimal spill = f.sum(entity);
        BigDecimal counted = toDecimal(f.hi, f.lo);
        return new Sum(spill == null ? counted : counted.add(spill), f.scopes, f.notCounted, f.outsideCapBase(entity));
    }

    /**
     * One entity's sums over every thread at a time, in fixed point: the counted sum is {@code hi:lo}
     * × 10⁻¹⁵ t plus what {@link #sum} returns (kept beside, usually nothing). One per worker,
     * used again for entity after entity.
     */
    static final class Fixed {
        private final List<EmissionTotals> threads;
        long hi;
        long lo;
        int scopes;
        /** Rows not counted, by reason slot. */
        final long[] notCounted;

        Fixed(List<EmissionTotals> threads, int reasons) {
            this.threads = threads;
            notCounted = new long[reasons];
        }

        /** The counted t CO2e of {@code entity} outside its profile's cap base, over every thread: usually 0. */
        BigDecimal outsideCapBase(int entity) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < threads.size(); i++) {
                EmissionTotals o = threads.get(i).outside;
                if (o != null) sum = sum.add(o.counted(entity));
            }
            return sum;
        }

        /** Sums {@code entity} into the fields; returns what is kept beside the fixed-point sum, or null. */
        BigDecimal sum(int entity) {
            long lo = 0;
            long hi = 0;
            BigDecimal spill = null;
            int scopes = 0;
            long[] counts = notCounted;
            int reasons = counts.length;
            Arrays.fill(counts, 0);
            int b = STRIDE * entity;
            for (int i = 0; i < threads.size(); i++) { // indexed: an iterator per entity under the client compiler
                EmissionTotals t = threads.get(i);
                long[] s = t.sums;
                long word = s[b + 1];
                long l = lo + s[b];
                long h = hi + (word & HIGH) + (Long.compareUnsigned(l, lo) < 0 ? 1 : 0);
                if (h < 0) { // past 2¹²⁷ over the threads
                    spill = plus(spill, toDecimal(word & HIGH, s[b]));
                } else {
                    lo = l;
                    hi = h;
                }
                scopes |= (int) (word >>> SCOPE_BIT) & 7;
                long[] c = t.counters;
                if (c != null) {
                    // word by word, byte by byte while the word has a count left: most entities have
                    // no row not counted, or one reason; a count is never kept past the slots there are
                    for (int k = 0, at = COUNTER_STRIDE * entity; k < COUNTER_STRIDE; k++) {
                        long w = c[at + k];
                        for (int slot = k * COUNTERS_PER_LONG; w != 0; slot++, w >>>= COUNTER_BITS) {
                            long count = w & COUNTER_MASK;
                            if (count != 0) counts[slot] += count;
                        }
                    }
                }
                if (!t.exact.isEmpty()) spill = plus(spill, t.exact.get(entity));
                if (!t.moreCounts.isEmpty()) {
                    for (int slot = 0; slot < reasons; slot++) {
                        counts[slot] += t.moreCounts.getOrDefault((long) entity << 32 | slot, 0L);
                    }
                }
            }
            this.hi = hi;
            this.lo = lo;
            this.scopes = scopes;
            return spill;
        }
    }

    /**
     * The 128-bit {@code hi:lo} × 10⁻¹⁵ as a decimal without trailing zeros: they are divided
     * out in {@code long}s first, so that a sum that fits a {@code long} then makes a compact
     * {@code BigDecimal} (stripping zeros off a {@code BigInteger} is slow).
     */
    static BigDecimal toDecimal(long hi, long lo) {
        int scale = SCALE;
        if (hi == 0 && lo >= 0) {
            if (lo == 0) return BigDecimal.ZERO;
            int zeros = FixedPoint.trailingZeros(lo, scale);
            return BigDecimal.valueOf(zeros == 0 ? lo : lo / FixedPoint.pow10(zeros), scale - zeros);
        }
        while (scale > 0) {
            if (remainder(hi, lo, 10) != 0) break;
            // hi:lo / 10, in place (an array for the two halves made one per step, per entity)
            long r = Long.remainderUnsigned(hi, 10);
            hi = Long.divideUnsigned(hi, 10);
            long x1 = (r << 32) | (lo >>> 32);
            long x0 = ((x1 % 10) << 32) | (lo & 0xFFFFFFFFL);
            lo = x1 / 10 << 32 | x0 / 10;
            scale--;
        }
        if (hi == 0 && lo >= 0) return lo == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(lo, scale);
        BigInteger x = BigInteger.valueOf(hi).shiftLeft(64).add(new BigInteger(Long.toUnsignedString(lo)));
        return new BigDecimal(x, scale);
    }

    /** {@code hi:lo mod d} for a non-negative 128-bit number and {@code 0 < d < 2³¹}. */
    private static long remainder(long hi, long lo, long d) {
        long r = Long.remainderUnsigned(hi, d);
        r = ((r << 32) | (lo >>> 32)) % d;
        return ((r << 32) | (lo & 0xFFFFFFFFL)) % d;
    }

    private static BigDecimal plus(BigDecimal a, BigDecimal b) {
        return b == null ? a : a == null ? b : a.add(b);
    }
}
