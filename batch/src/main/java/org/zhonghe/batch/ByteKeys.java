package org.zhonghe.batch;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

import java.util.Arrays;

/**
 * Byte strings to ints, open addressing, so that a key in a read buffer is found without
 * making a String. Reads are safe from many threads once every key is added.
 */
final class ByteKeys {
    private byte[] bytes = new byte[1 << 12];
    private int used;
    private int[] meta = new int[3 * 64]; // per key: start, length, value (one cache line, not three)
    private int size;
    private int[] table = new int[2 * 128]; // per slot: hash, index of key + 1 (0: empty)

    /**
     * Keys of up to 7 bytes (a gas name) packed into a {@code long} with their length, so that
     * finding one is a multiplication and a comparison: per slot the packed key and its value.
     */
    private long[] shortKeys = new long[2 * 16];
    private int shortSize;

    /** The value of the key {@code buf[from, to)}, or -1. */
    int get(byte[] buf, int from, int to) {
        if (to - from <= SHORT) {
            long k = pack(buf, from, to);
            int mask = shortKeys.length / 2 - 1;
            for (int i = shortSlot(k, mask); ; i = (i + 1) & mask) {
                long at = shortKeys[2 * i];
                if (at == k) return (int) shortKeys[2 * i + 1];
                if (at == 0) return -1;
            }
        }
        int mask = table.length / 2 - 1;
        int h = hash(buf, from, to);
        for (int i = h & mask; ; i = (i + 1) & mask) {
            int k = table[2 * i + 1];
            if (k == 0) return -1;
            if (table[2 * i] == h && equal(k - 1, buf, from, to)) return meta[3 * (k - 1) + 2];
        }
    }

    /** Adds a key that is not present yet. */
    void put(byte[] buf, int from, int to, int value) {
        if (to - from <= SHORT) {
            if (2 * (shortSize + 1) > shortKeys.length / 4) { // at most a quarter of the slots full
                long[] old = shortKeys;
                shortKeys = new long[2 * old.length];
                for (int i = 0; i < old.length; i += 2) if (old[i] != 0) putShort(old[i], old[i + 1]);
            }
            putShort(pack(buf, from, to), value);
            shortSize++;
            return;
        }
        if ((size + 1) * 2 > table.length / 2) rehash(table.length);
        int len = to - from;
        if (used + len > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + len));
        System.arraycopy(buf, from, bytes, used, len);
        if (3 * size == meta.length) meta = Arrays.copyOf(meta, meta.length * 2);
        meta[3 * size] = used;
        meta[3 * size + 1] = len;
        meta[3 * size + 2] = value;
        used += len;
        insert(size, hash(buf, from, to));
        size++;
    }

    private static final int SHORT = 7;

    /** The bytes little-endian, the length in the top byte: never 0. */
    private static long pack(byte[] buf, int from, int to) {
        long k = (long) (to - from + 1) << 56;
        for (int i = from, shift = 0; i < to; i++, shift += 8) k |= (buf[i] & 0xFFL) << shift;
        return k;
    }

    private static int shortSlot(long k, int mask) {
        return (int) ((k * 0x9E3779B97F4A7C15L) >>> 40) & mask;
    }

    private void putShort(long k, long value) {
        int mask = shortKeys.length / 2 - 1;
        int i = shortSlot(k, mask);
        while (shortKeys[2 * i] != 0) i = (i + 1) & mask;
        shortKeys[2 * i] = k;
        shortKeys[2 * i + 1] = value;
    }

    private void insert(int k, int h) {
        int mask = table.length / 2 - 1;
        int i = h & mask;
        while (table[2 * i + 1] != 0) i = (i + 1) & mask;
        table[2 * i] = h;
        table[2 * i + 1] = k + 1;
    }

    /** Doubles the table: {@code slots} is the new number of slots. */
    private void rehash(int slots) {
        table = new int[2 * slots];
        for (int k = 0; k < size; k++) insert(k, hash(bytes, meta[3 * k], meta[3 * k] + meta[3 * k + 1]));
    }

    private boolean equal(int k, byte[] buf, int from, int to) {
        int start = meta[3 * k];
        int len = meta[3 * k + 1];
        return len == to - from && Arrays.equals(bytes, start, start + len, buf, from, to);
    }

    /** Eight bytes at a time (a shape key is some fifty bytes, read once per row of entities.csv). */
    private static int hash(byte[] buf, int from, int to) {
        long h = 0x9E3779B97F4A7C15L ^ (to - from);
        int i = from;
        for (; i + 8 <= to; i += 8) h = (h ^ (long) WORDS.get(buf, i)) * 0xBF58476D1CE4E5B9L;
        long tail = 0;
        for (int shift = 0; i < to; i++, shift += 8) tail |= (buf[i] & 0xFFL) << shift;
        h = (h ^ tail) * 0x94D049BB133111EBL;
        return (int) (h ^ (h >>> 31) ^ (h >>> 47));
    }

    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
}
