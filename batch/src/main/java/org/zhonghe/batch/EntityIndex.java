package org.zhonghe.batch;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Entity ids (their bytes as written) to a value, open addressing, built once and then read by
 * many threads. An id of up to 15 bytes is kept in the slot itself, so that a lookup — once per
 * ledger row, the hot path — costs one memory access; a longer id keeps a hash in the slot and is
 * compared with its bytes in {@link IdBytes}. The slots are in stripes (the top bits of an id's
 * hash choose one), each a table of its own, so that threads may add the ids of different stripes
 * at once ({@link #stripeOfHash}).
 */
final class EntityIndex {
    /** What {@link #get} returns for an id that is not in the index. */
    static final long ABSENT = -1;

    private static final long LONG_ID = 0xFFL << 56;
    private static final int SHORT = 15;

    /** The bytes of every id, by the low 32 bits of its value, for ids too long to keep in a slot. */
    interface IdBytes {
        boolean equals(int ordinal, byte[] buf, int from, int to);
    }

    /** Per stripe, per slot: two key words and the value; key word 1 is never 0 in a used slot. */
    private final long[][] stripes;
    /** Per stripe: 64 − log₂ of its number of slots. */
    private final int[] shifts;
    private final int[] used;
    private final int stripeBits;
    private final IdBytes ids;

    /** An index for about {@code capacity} ids (it grows past that) in {@code stripes} stripes (a power of two). */
    EntityIndex(int capacity, int stripes, IdBytes ids) {
        if (Integer.bitCount(stripes) != 1) throw new IllegalArgumentException("stripes must be a power of two: " + stripes);
        stripeBits = Integer.numberOfTrailingZeros(stripes);
        this.stripes = new long[stripes][];
        shifts = new int[stripes];
        used = new int[stripes];
        int perStripe = capacity / stripes + 1;
        int size = Integer.highestOneBit(Math.max(16, perStripe + perStripe / 2) - 1) << 1;
        for (int s = 0; s < stripes; s++) shifts[s] = 64 - Integer.numberOfTrailingZeros(size);
        this.ids = ids;
    }

    /** An index of one stripe. */
    EntityIndex(int capacity, IdBytes ids) {
        this(capacity, 1, ids);
    }

    int stripes() {
        return stripes.length;
    }

    /** The stripe an id whose {@link #hash} is {@code h} goes in: threads fill stripes of their own. */
    int stripeOfHash(long h) {
        return stripeOf(h);
    }

    /**
     * Adds the id {@code buf[from, to)} (not empty) with {@code value} (not {@link #ABSENT});
     * returns the value already there instead when the id is present. Threads may add at once
     * when no two add ids of the same stripe.
     */
    long putIfAbsent(byte[] buf, int from, int to, long value) {
        return putIfAbsent(buf, from, to, value, hash(buf, from, to));
    }

    /** As {@link #putIfAbsent(byte[], int, int, long)}, the id's {@link #hash} made before. */
    long putIfAbsent(byte[] buf, int from, int to, long value, long h) {
        long k0 = key0(buf, from, to);
        long k1 = key1(buf, from, to);
        int stripe = stripeOf(h);
        if (stripes[stripe] == null) stripes[stripe] = new long[3 << (64 - shifts[stripe])]; // made by its thread
        long[] slots = stripes[stripe];
        int mask = slots.length / 3 - 1;
        for (int i = slot(h, stripe); ; i = (i + 1) & mask) {
            int s = 3 * i;
            if (slots[s + 1] == 0) {
                slots[s] = k0;
                slots[s + 1] = k1;
                slots[s + 2] = value;
                if (++used[stripe] * 4 > (mask + 1) * 3) grow(stripe);
                return ABSENT;
            }
            if (matches(slots, s, k0, k1, buf, from, to)) return slots[s + 2];
        }
    }

    /** Replaces every value by {@code f} of it. */
    void replaceValues(java.util.function.LongUnaryOperator f) {
        for (long[] slots : stripes) {
            if (slots == null) continue;
            for (int s = 0; s < slots.length; s += 3) if (slots[s + 1] != 0) slots[s + 2] = f.applyAsLong(slots[s + 2]);
        }
    }

    /** The hash of the id {@code buf[from, to)}, for {@link #touch(long)} and {@link #get(byte[], int, int, long)}. */
    static long hash(byte[] buf, int from, int to) {
        return to <= from ? 0 : hash(key0(buf, from, to), key1(buf, from, to));
    }

    /**
     * Reads the first slot an id of hash {@code h} would be in and returns something of it: a load
     * whose result nobody needs, so that many of them — one per row of a batch, in a tight loop
     * of independent iterations, the hashes made before — wait for memory at once; the lookups
     * that follow then find the slots in the cache (Java has no prefetch instruction). It reads the
     * slot's first and last word: a slot of 24 bytes lies across two cache lines at one place in
     * four, and reading one word had left the other line to a miss of its own (the emission phase
     * of 10 M rows 0.82 → 0.76 s under the client compiler, session 16, docs/performance.md).
     */
    long touch(long h) {
        int stripe = stripeOf(h);
        long[] slots = stripes[stripe];
        if (slots == null) return 0;
        int s = 3 * slot(h, stripe);
        return slots[s] + slots[s + 2];
    }

    /** The value of the id {@code buf[from, to)}, or {@link #ABSENT}. */
    long get(byte[] buf, int from, int to) {
        return get(buf, from, to, hash(buf, from, to));
    }

    /** The value of the id {@code buf[from, to)} whose {@link #hash} is {@code h}, or {@link #ABSENT}. */
    long get(byte[] buf, int from, int to, long h) {
        if (to <= from) return ABSENT;
        long k0 = key0(buf, from, to);
        long k1 = key1(buf, from, to);
        int stripe = stripeOf(h);
        long[] slots = stripes[stripe];
        if (slots == null) return ABSENT;
        int mask = slots.length / 3 - 1;
        for (int i = slot(h, stripe); ; i = (i + 1) & mask) {
            int s = 3 * i;
            if (slots[s + 1] == 0) return ABSENT;
            if (matches(slots, s, k0, k1, buf, from, to)) return slots[s + 2];
        }
    }

    private boolean matches(long[] slots, int s, long k0, long k1, byte[] buf, int from, int to) {
        return slots[s + 1] == k1 && slots[s] == k0 && (k1 != LONG_ID || ids.equals((int) slots[s + 2], buf, from, to));
    }

    /** Doubles a stripe, moving its slots by their key words (no id is read again). */
    private void grow(int stripe) {
        long[] old = stripes[stripe];
        shifts[stripe]--;
        long[] slots = new long[2 * old.length];
        int mask = slots.length / 3 - 1;
        for (int s = 0; s < old.length; s += 3) {
            if (old[s + 1] == 0) continue;
            int i = slot(hash(old[s], old[s + 1]), stripe);
            while (slots[3 * i + 1] != 0) i = (i + 1) & mask;
            System.arraycopy(old, s, slots, 3 * i, 3);
        }
        stripes[stripe] = slots;
    }

    private static long hash(long k0, long k1) {
        long h = (k0 * 0x9E3779B97F4A7C15L) ^ (k1 * 0xC2B2AE3D27D4EB4FL);
        h ^= h >>> 29;
        return h * 0xBF58476D1CE4E5B9L;
    }

    /** The top bits of the hash choose the stripe, the bits below them the slot. */
    private int stripeOf(long h) {
        return stripeBits == 0 ? 0 : (int) (h >>> (64 - stripeBits));
    }

    private int slot(long h, int stripe) {
        return (int) ((h << stripeBits) >>> shifts[stripe]);
    }

    /** The first 8 bytes of a short id (zero-padded), or a hash of a long one. */
    private static long key0(byte[] b, int from, int to) {
        int n = to - from;
        if (n > SHORT) {
            long h = 0xCBF29CE484222325L;
            for (int i = from; i < to; i++) h = (h ^ b[i]) * 0x100000001B3L;
            return h;
        }
        if (n >= 8) return word(b, from);
        return tail(b, from, n);
    }

    /** Bytes 8–14 of a short id and its length in the top byte, or the mark of a long id. */
    private static long key1(byte[] b, int from, int to) {
        int n = to - from;
        if (n > SHORT) return LONG_ID;
        long len = (long) n << 56;
        if (n <= 8) return len;
        return len | tail(b, from + 8, n - 8);
    }

    /** {@code n < 8} bytes from {@code from}, little-endian, zero-padded. */
    private static long tail(byte[] b, int from, int n) {
        if (n == 0) return 0;
        if (from + 8 <= b.length) return word(b, from) & ((1L << (8 * n)) - 1);
        long w = 0;
        for (int i = n - 1; i >= 0; i--) w = w << 8 | (b[from + i] & 0xFF);
        return w;
    }

    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Eight bytes from {@code i}, little-endian: one load once compiled by C2 (batch runs with it). */
    private static long word(byte[] b, int i) {
        return (long) WORDS.get(b, i);
    }
}
