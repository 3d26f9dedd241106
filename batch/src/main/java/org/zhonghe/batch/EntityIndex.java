package org.zhonghe.batch;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Entity ids (their bytes as written) to a value, open addressing, built once by one thread and
 * then read by many. An id of up to 15 bytes is kept in the slot itself, so that a lookup — once
 * per ledger row, the hot path — costs one memory access; a longer id keeps a hash in the slot
 * and is compared with its bytes in {@link IdBytes}.
 */
final class EntityIndex {
    /** What {@link #get} returns for an id that is not in the index. */
    static final long ABSENT = -1;

    private static final long LONG_ID = 0xFFL << 56;
    private static final int SHORT = 15;

    /** The bytes of every id, by ordinal, for ids too long to keep in a slot. */
    interface IdBytes {
        boolean equals(int ordinal, byte[] buf, int from, int to);
    }

    /** Per slot: two key words and the value; key word 1 is never 0 in a used slot. */
    private final long[] slots;
    private final int shift;
    private final IdBytes ids;

    /** An index for {@code capacity} ids at most. */
    EntityIndex(int capacity, IdBytes ids) {
        int size = Integer.highestOneBit(Math.max(16, capacity + capacity / 2) - 1) << 1;
        slots = new long[3 * size];
        shift = 64 - Integer.numberOfTrailingZeros(size);
        this.ids = ids;
    }

    /**
     * Adds the id {@code buf[from, to)} (not empty) with {@code value} (not {@link #ABSENT});
     * returns the value already there instead when the id is present.
     */
    long putIfAbsent(byte[] buf, int from, int to, long value) {
        long k0 = key0(buf, from, to);
        long k1 = key1(buf, from, to);
        int mask = slots.length / 3 - 1;
        for (int i = slot(k0, k1); ; i = (i + 1) & mask) {
            int s = 3 * i;
            if (slots[s + 1] == 0) {
                slots[s] = k0;
                slots[s + 1] = k1;
                slots[s + 2] = value;
                return ABSENT;
            }
            if (matches(s, k0, k1, buf, from, to)) return slots[s + 2];
        }
    }

    /**
     * Reads the first slot the id {@code buf[from, to)} would be in and returns something of it:
     * a load whose result nobody needs, so that many of them — one per row of a batch, in a
     * loop of independent iterations — wait for memory at once; the lookups that follow then
     * find the slots in the cache (Java has no prefetch instruction).
     */
    long touch(byte[] buf, int from, int to) {
        if (to <= from) return 0;
        return slots[3 * slot(key0(buf, from, to), key1(buf, from, to)) + 1];
    }

    /** The value of the id {@code buf[from, to)}, or {@link #ABSENT}. */
    long get(byte[] buf, int from, int to) {
        if (to <= from) return ABSENT;
        long k0 = key0(buf, from, to);
        long k1 = key1(buf, from, to);
        int mask = slots.length / 3 - 1;
        for (int i = slot(k0, k1); ; i = (i + 1) & mask) {
            int s = 3 * i;
            if (slots[s + 1] == 0) return ABSENT;
            if (matches(s, k0, k1, buf, from, to)) return slots[s + 2];
        }
    }

    private boolean matches(int s, long k0, long k1, byte[] buf, int from, int to) {
        return slots[s + 1] == k1 && slots[s] == k0 && (k1 != LONG_ID || ids.equals((int) slots[s + 2], buf, from, to));
    }

    private int slot(long k0, long k1) {
        long h = (k0 * 0x9E3779B97F4A7C15L) ^ (k1 * 0xC2B2AE3D27D4EB4FL);
        h ^= h >>> 29;
        return (int) ((h * 0xBF58476D1CE4E5B9L) >>> shift);
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
