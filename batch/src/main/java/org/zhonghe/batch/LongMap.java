package org.zhonghe.batch;

import java.util.Arrays;

/**
 * A map from non-negative {@code long} keys to values, for one thread: open addressing, keys
 * unboxed. What a thread keeps of a shared map it asks once per entity (a {@code
 * ConcurrentHashMap<Long, V>} boxes each key and compares it through {@code Long.equals}: a
 * tenth of an entity's row under the client compiler).
 *
 * @param <V> the values
 */
final class LongMap<V> {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys;
    private Object[] values;
    private int size;

    LongMap() {
        keys = new long[64];
        Arrays.fill(keys, EMPTY);
        values = new Object[64];
    }

    /** The value of {@code key} (at least 0), or null. */
    @SuppressWarnings("unchecked")
    V get(long key) {
        int mask = keys.length - 1;
        for (int i = slot(key, mask); ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == key) return (V) values[i];
            if (k == EMPTY) return null;
        }
    }

    /** Keeps {@code value} for {@code key} (at least 0); returns it. */
    V put(long key, V value) {
        if (key < 0) throw new IllegalArgumentException("negative key " + key);
        if (2 * (size + 1) > keys.length) grow();
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (keys[i] != EMPTY && keys[i] != key) i = (i + 1) & mask;
        if (keys[i] == EMPTY) size++;
        keys[i] = key;
        values[i] = value;
        return value;
    }

    int size() {
        return size;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        values = new Object[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                @SuppressWarnings("unchecked")
                V v = (V) oldValues[i];
                put(oldKeys[i], v);
            }
        }
    }
}
