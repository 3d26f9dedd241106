package org.zhonghe.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Whether partitioning the rows of an emission pass by entity hash would pay (issue 20 item 2,
 * docs/performance.md, session 18): the entity lookups and sums of ten million rows over a
 * million entities, on two threads, done two ways in alternating rounds.
 * <ul>
 *   <li><b>batched</b>, as {@code EmissionRows} does: rows in batches of 256, their slots read in a
 *   loop of their own before the lookups, then the sums (entity-indexed, two {@code long}s per
 *   entity, one array per thread) read, then added to;</li>
 *   <li><b>partitioned</b>: each thread puts a window of its rows into 64 partitions by the top bits
 *   of the hash (key, amount and hash: 24 bytes a row), then looks up and adds partition by
 *   partition, into sums kept by slot, so that a partition's slots and sums stay in the cache;
 *   the sums are moved into entity order at the end.</li>
 * </ul>
 * The table models {@code EntityIndex}: open addressing, slots of three {@code long}s (two key
 * words and the value), 2²¹ slots for 10⁶ ids (48 MB), the same mixing of the key words. The
 * rows are random, as in {@code zhonghe generate}. Both ways must give the same sums. The model
 * gave partitioned ÷ batched 0.55–0.82; the same partitioning prototyped in the real pass gained
 * nothing (docs/performance.md, session 18): read this model's gain as an upper bound.
 * {@code java -XX:TieredStopAtLevel=1 -Xmx6g -cp "bench/target/classes" org.zhonghe.bench.PartitionedLookups [ROUNDS] [WINDOW]}
 */
public final class PartitionedLookups {
    private static final int ENTITIES = 1_000_000;
    private static final int ROWS = 10_000_000;
    private static final int SLOTS = 1 << 21;
    private static final int PARTITIONS = 64;
    private static final int BATCH = 256;

    private final long[] slots = new long[3 * SLOTS];
    private final long[] rowKey = new long[ROWS];
    private final long[] rowAmount = new long[ROWS];

    private PartitionedLookups() {
        Random r = new Random(1);
        long[] ids = new long[ENTITIES];
        for (int e = 0; e < ENTITIES; e++) {
            long id;
            do {
                id = 0x3030303030303030L + r.nextInt(1 << 30) * 7919L;
            } while (!put(id, e));
            ids[e] = id;
        }
        for (int i = 0; i < ROWS; i++) {
            rowKey[i] = ids[r.nextInt(ENTITIES)];
            rowAmount[i] = r.nextInt(1_000_000);
        }
    }

    private static long mix(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        return h * 0xBF58476D1CE4E5B9L;
    }

    private static int home(long h) {
        return (int) (h >>> (64 - Integer.numberOfTrailingZeros(SLOTS)));
    }

    /** False when the id is there already. */
    private boolean put(long id, int value) {
        for (int i = home(mix(id)); ; i = (i + 1) & (SLOTS - 1)) {
            if (slots[3 * i + 1] == 0) {
                slots[3 * i] = id;
                slots[3 * i + 1] = 8L << 56;
                slots[3 * i + 2] = value;
                return true;
            }
            if (slots[3 * i] == id) return false;
        }
    }

    private int slotOf(long id, long h) {
        for (int i = home(h); ; i = (i + 1) & (SLOTS - 1)) {
            if (slots[3 * i] == id && slots[3 * i + 1] != 0) return i;
        }
    }

    private long batched(int from, int to, long[] sums) {
        long sink = 0;
        long[] hashes = new long[BATCH];
        int[] entities = new int[BATCH];
        for (int b = from; b < to; b += BATCH) {
            int n = Math.min(BATCH, to - b);
            for (int k = 0; k < n; k++) hashes[k] = mix(rowKey[b + k]);
            for (int k = 0; k < n; k++) {
                int s = 3 * home(hashes[k]);
                sink += slots[s] + slots[s + 2];
            }
            for (int k = 0; k < n; k++) entities[k] = (int) slots[3 * slotOf(rowKey[b + k], hashes[k]) + 2];
            for (int k = 0; k < n; k++) sink += sums[2 * entities[k]];
            for (int k = 0; k < n; k++) {
                sums[2 * entities[k]] += rowAmount[b + k];
                sums[2 * entities[k] + 1] |= 1;
            }
        }
        return sink;
    }

    private void partitioned(int from, int to, long[] slotSums, int window) {
        int capacity = window / PARTITIONS * 2;
        long[][] keys = new long[PARTITIONS][capacity];
        long[][] amounts = new long[PARTITIONS][capacity];
        long[][] hashes = new long[PARTITIONS][capacity];
        int[] count = new int[PARTITIONS];
        for (int w = from; w < to; w += window) {
            int end = Math.min(to, w + window);
            for (int i = w; i < end; i++) {
                long h = mix(rowKey[i]);
                int p = (int) (h >>> 58);
                int at = count[p]++;
                keys[p][at] = rowKey[i];
                amounts[p][at] = rowAmount[i];
                hashes[p][at] = h;
            }
            for (int p = 0; p < PARTITIONS; p++) {
                long[] k = keys[p];
                long[] a = amounts[p];
                long[] h = hashes[p];
                for (int j = 0, n = count[p]; j < n; j++) {
                    int s = slotOf(k[j], h[j]);
                    slotSums[2 * s] += a[j];
                    slotSums[2 * s + 1] |= 1;
                }
                count[p] = 0;
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        int window = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        PartitionedLookups b = new PartitionedLookups();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Double> batched = new ArrayList<>();
        List<Double> partitioned = new ArrayList<>();
        try {
            for (int round = 1; round <= rounds; round++) {
                long t0 = System.nanoTime();
                long[][] sums = {new long[2 * ENTITIES], new long[2 * ENTITIES]};
                Future<Long> a0 = pool.submit(() -> b.batched(0, ROWS / 2, sums[0]));
                Future<Long> a1 = pool.submit(() -> b.batched(ROWS / 2, ROWS, sums[1]));
                a0.get();
                a1.get();
                long t1 = System.nanoTime();
                long[][] bySlot = {new long[2 * SLOTS], new long[2 * SLOTS]};
                Future<?> p0 = pool.submit(() -> b.partitioned(0, ROWS / 2, bySlot[0], window));
                Future<?> p1 = pool.submit(() -> b.partitioned(ROWS / 2, ROWS, bySlot[1], window));
                p0.get();
                p1.get();
                long[] total = new long[ENTITIES];
                for (int s = 0; s < SLOTS; s++) {
                    if (b.slots[3 * s + 1] != 0) total[(int) b.slots[3 * s + 2]] = bySlot[0][2 * s] + bySlot[1][2 * s];
                }
                long t2 = System.nanoTime();
                for (int e = 0; e < ENTITIES; e++) {
                    if (total[e] != sums[0][2 * e] + sums[1][2 * e]) throw new IllegalStateException("the sums differ at " + e);
                }
                batched.add((t1 - t0) / 1e9);
                partitioned.add((t2 - t1) / 1e9);
                System.out.printf("round %d: batched %.3f s, partitioned (window %d rows a thread) %.3f s%n", round,
                        batched.get(round - 1), window, partitioned.get(round - 1));
            }
        } finally {
            pool.shutdown();
        }
        System.out.printf("medians: batched %.3f s, partitioned %.3f s, partitioned ÷ batched %.3f%n", median(batched),
                median(partitioned), median(partitioned) / median(batched));
    }

    private static double median(List<Double> xs) {
        double[] a = xs.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return a[a.length / 2];
    }
}
