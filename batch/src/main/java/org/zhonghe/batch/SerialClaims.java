package org.zhonghe.batch;

import java.io.Serializable;
import java.util.Arrays;
import org.zhonghe.assessment.CreditKey;
import org.zhonghe.rules.SerialLedger;

/**
 * The credits of one batch ledger that more than one entity lists: a conflict for each entity that
 * counts one ({@code CONFLICTING_CLAIM}, INDETERMINATE), as a serial two stored assessments rely on
 * is (rules.md §4 check 8, docs/credit-ledger.md). A serial counts once; which entity holds it is for
 * the registry's record of the beneficiary ({@code check --registry-data}) or the platform to settle,
 * and the finding names the registry and serial, never the other entity. Zhonghe's reading of
 * "counted once" for a ledger of many entities: before, each entity's credits were judged against
 * its own alone, and two entities could each be SUPPORTED by the same retired serial.
 *
 * <p>An entity claims a credit when a row of credits.csv of that (declared) entity, read without a
 * problem, declares it retired for the entity itself (beneficiary its id, as rules.md §4 checks 2–3
 * read them); whether it then counts there (concept, vintage, profile) does not matter: the serial is
 * in question. A row retired for someone else (a credit bought for another entity) or not retired
 * claims nothing. Credits are compared by their canonical key ({@link CreditKey}: registry
 * aliases, case, dash variants, invisible characters folded), held as a 64-bit hash of it: two
 * different keys with the same hash (about one chance in 10¹³ for a million keys) would be taken for
 * one, a conflict where there is none, never a credit counted twice. {@code batch} and {@code spark}
 * find the same set ({@link Builder} over every row; Spark by the same hash of each entity's rows).
 */
public final class SerialClaims implements Serializable {
    private static final long serialVersionUID = 1L;
    /** No credit listed by two entities: the ledger of an assessment judged alone. */
    public static final SerialClaims NONE = new SerialClaims(new long[0]);

    /** The hashes of the keys listed by more than one entity, sorted. */
    private final long[] contested;

    private SerialClaims(long[] contested) {
        this.contested = contested;
    }

    /** The claims of these hashes ({@link #hash}) listed by more than one entity, in any order. */
    public static SerialClaims of(long[] contested) {
        long[] sorted = contested.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? NONE : new SerialClaims(sorted);
    }

    /** The number of credits (keys) listed by more than one entity. */
    public int size() {
        return contested.length;
    }

    /** Whether the credit {@code registry}, {@code serial} (as written) is listed by more than one entity. */
    public boolean isContested(String registry, String serial) {
        return contested.length > 0 && Arrays.binarySearch(contested, hash(registry, serial)) >= 0;
    }

    /** The ledger the rules ask ({@link SerialLedger#isContested}); {@link SerialLedger#NONE} when nothing is contested. */
    public SerialLedger ledger() {
        if (contested.length == 0) return SerialLedger.NONE;
        return new SerialLedger() {
            @Override
            public boolean isCountedElsewhere(String registry, String serial) {
                return false;
            }

            @Override
            public boolean isContested(String registry, String serial) {
                return SerialClaims.this.isContested(registry, serial);
            }
        };
    }

    /** The 64-bit hash of the canonical key of {@code registry}, {@code serial} as written (never 0). */
    public static long hash(String registry, String serial) {
        CreditKey k = CreditKey.of(registry, serial);
        long h = start(k.registry());
        String s = k.serial();
        for (int i = 0, n = s.length(); i < n; i++) h = (h ^ s.charAt(i)) * PRIME;
        return finish(h);
    }

    private static final long PRIME = 0x100000001b3L;

    /**
     * The hash's state after a registry's canonical id and the separator: FNV-1a over the UTF-16 units
     * of "REGISTRY\0", then each unit of the canonical serial ({@link #hash}; {@link Registry#of} for
     * bytes), then mixed ({@link #finish}).
     */
    static long start(String registryId) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0, n = registryId.length(); i < n; i++) h = (h ^ registryId.charAt(i)) * PRIME;
        return h * PRIME;
    }

    static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    /**
     * A registry as written, read once for the serials of its rows: the hash of a serial written in
     * printable ASCII without a blank is made from its bytes, as {@link #hash} makes it from the
     * canonical key (such a serial is its own canonical form, in upper case where the registry
     * folds case), without a string (400 k credits of the 10 M mix: docs/performance.md, session 21).
     */
    static final class Registry {
        private final String written;
        private final long start;
        private final boolean foldsCase;

        Registry(String written) {
            this.written = written;
            this.start = start(CreditKey.registryId(written));
            this.foldsCase = CreditKey.foldsCase(written);
        }

        /** Whether this is the registry written {@code registry} (the same string, as a thread's cells cache gives it). */
        boolean is(String registry) {
            return written == registry || written.equals(registry);
        }

        /** The hash of the serial in {@code b[from, to)}: printable ASCII, no blank. */
        long of(byte[] b, int from, int to) {
            long h = start;
            for (int i = from; i < to; i++) {
                int c = b[i];
                if (foldsCase && c >= 'a' && c <= 'z') c -= 32;
                h = (h ^ c) * PRIME;
            }
            return finish(h);
        }
    }

    /**
     * The credits listed, by entity, as rows are read on several threads: each thread adds to a
     * table of its own ({@link #local}) for the whole scan, without a lock; the tables are merged
     * once, when the scan is over ({@link #build}). A merge under a lock after every chunk cost the
     * 10 M mix more (docs/performance.md, session 21).
     */
    public static final class Builder {
        private final long expected;
        private final java.util.List<Local> locals = new java.util.ArrayList<>();
        private Local merged;

        public Builder() {
            this(0);
        }

        /** For about {@code expected} credits (the tables made at a share of that size, not grown by doubling). */
        public Builder(long expected) {
            this.expected = expected;
        }

        /** A table for one thread's rows (read into by that thread alone, until {@link #build}). */
        public synchronized Local local() {
            return local(expected / 2);
        }

        /** A table for about {@code expected} keys (the energy certificates of a ledger's activities). */
        public synchronized Local local(long expected) {
            if (merged != null) throw new IllegalStateException("the keys were merged: a table added now would be missed");
            Local l = new Local(expected);
            locals.add(l);
            return l;
        }

        /** The threads' tables as one: the others added to the largest, once. */
        private Local merged() {
            if (merged != null) return merged;
            Local base = new Local();
            for (Local l : locals) if (l.size > base.size) base = l;
            for (Local l : locals) {
                if (l == base) continue;
                for (int i = 0; i < l.keys.length; i++) if (l.keys[i] != 0) base.add(l.keys[i], l.entities[i]);
            }
            return merged = base;
        }

        /** Every key listed (by one entity or more). */
        public synchronized long[] keys() {
            Local all = merged();
            long[] out = new long[all.size];
            int n = 0;
            for (long k : all.keys) if (k != 0) out[n++] = k;
            return out;
        }

        /** The keys listed by more than one entity. */
        public synchronized SerialClaims build() {
            Local all = merged();
            long[] out = new long[16];
            int n = 0;
            for (int i = 0; i < all.keys.length; i++) {
                if (all.keys[i] != 0 && all.entities[i] == Local.MANY) {
                    if (n == out.length) out = Arrays.copyOf(out, n * 2);
                    out[n++] = all.keys[i];
                }
            }
            return of(Arrays.copyOf(out, n));
        }
    }

    /** One thread's credits listed: each key's entity, or {@link #MANY}. Open addressing, keys unboxed. */
    public static final class Local {
        static final int MANY = -1;
        private long[] keys;
        private int[] entities;
        private int size;

        public Local() {
            this(0);
        }

        Local(long expected) {
            int capacity = 256;
            while (capacity < 2 * expected && capacity < (1 << 30)) capacity <<= 1;
            keys = new long[capacity];
            entities = new int[capacity];
        }

        /** Entity {@code entity} (at least 0) lists the credit whose key hashes to {@code hash} ({@link #hash}). */
        public void add(long hash, int entity) {
            if (2 * (size + 1) > keys.length) grow();
            int mask = keys.length - 1;
            int i = (int) hash & mask; // the hash is mixed (finish): its low bits are as good as any
            while (keys[i] != 0 && keys[i] != hash) i = (i + 1) & mask;
            if (keys[i] == 0) {
                keys[i] = hash;
                entities[i] = entity;
                size++;
            } else if (entities[i] != entity) {
                entities[i] = MANY;
            }
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldEntities = entities;
            keys = new long[oldKeys.length * 2];
            entities = new int[oldKeys.length * 2];
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) if (oldKeys[i] != 0) add(oldKeys[i], oldEntities[i]);
        }
    }
}
