package org.zhonghe.batch;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Byte strings to ints, open addressing, so that a key in a read buffer is found without
 * making a String. Reads are safe from many threads once every key is added.
 */
final class ByteKeys {
    private byte[] bytes = new byte[1 << 12];
    private int used;
    private int[] starts = new int[64];
    private int[] lengths = new int[64];
    private int[] values = new int[64];
    private int size;
    private int[] table = new int[128]; // index of key + 1; 0 empty

    int size() {
        return size;
    }

    /** The value of the key {@code buf[from, to)}, or -1. */
    int get(byte[] buf, int from, int to) {
        int mask = table.length - 1;
        for (int i = hash(buf, from, to) & mask; ; i = (i + 1) & mask) {
            int k = table[i];
            if (k == 0) return -1;
            if (equal(k - 1, buf, from, to)) return values[k - 1];
        }
    }

    int get(String key) {
        byte[] b = key.getBytes(StandardCharsets.UTF_8);
        return get(b, 0, b.length);
    }

    /** Adds a key that is not present yet. */
    void put(byte[] buf, int from, int to, int value) {
        if ((size + 1) * 2 > table.length) rehash(table.length * 2);
        int len = to - from;
        if (used + len > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + len));
        System.arraycopy(buf, from, bytes, used, len);
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            lengths = Arrays.copyOf(lengths, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        starts[size] = used;
        lengths[size] = len;
        values[size] = value;
        used += len;
        insert(size, hash(buf, from, to));
        size++;
    }

    void put(String key, int value) {
        byte[] b = key.getBytes(StandardCharsets.UTF_8);
        put(b, 0, b.length, value);
    }

    private void insert(int k, int h) {
        int mask = table.length - 1;
        int i = h & mask;
        while (table[i] != 0) i = (i + 1) & mask;
        table[i] = k + 1;
    }

    private void rehash(int capacity) {
        table = new int[capacity];
        for (int k = 0; k < size; k++) insert(k, hash(bytes, starts[k], starts[k] + lengths[k]));
    }

    private boolean equal(int k, byte[] buf, int from, int to) {
        return lengths[k] == to - from
                && Arrays.equals(bytes, starts[k], starts[k] + lengths[k], buf, from, to);
    }

    private static int hash(byte[] buf, int from, int to) {
        int h = 0x811c9dc5;
        for (int i = from; i < to; i++) h = (h ^ buf[i]) * 0x01000193;
        return h ^ (h >>> 15);
    }
}
