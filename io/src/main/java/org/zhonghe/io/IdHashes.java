package org.zhonghe.io;

/**
 * A set of 64-bit hashes of record ids, for telling repeated ids in a ledger too large to hold:
 * 8 bytes a record (16 M slots, 128 MB, for 10 M records) instead of the ids themselves. A hash
 * seen twice is only a suspect: two ids may share one; {@link LargeLedger} reads the suspects' ids
 * again to tell.
 */
final class IdHashes {
    private long[] slots = new long[1 << 10];
    private int size;

    /** The id's hash, never 0 (the empty slot): FNV-1a over its chars, then mixed. */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    /** Adds {@code hash}; false when it was there already. */
    boolean add(long hash) {
        if (size * 10L >= slots.length * 7L) grow();
        if (!insert(slots, hash)) return false;
        size++;
        return true;
    }

    private static boolean insert(long[] slots, long hash) {
        int mask = slots.length - 1;
        int i = (int) (hash ^ (hash >>> 32)) & mask;
        while (slots[i] != 0) {
            if (slots[i] == hash) return false;
            i = (i + 1) & mask;
        }
        slots[i] = hash;
        return true;
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long h : slots) if (h != 0) insert(bigger, h);
        slots = bigger;
    }

    int size() {
        return size;
    }
}
