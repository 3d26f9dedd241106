package org.zhonghe.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rows of one file (removals, credits), read by chunks on several threads, put in entity
 * order: each entity's rows together, in file order among themselves (a stable counting sort).
 * The readers copy their columns into this order once ({@link #chunk}, {@link #row} give where
 * each row was), so that the evaluation, which goes entity by entity, reads them in sequence
 * rather than one cache miss per row and column (docs/performance.md, session 11).
 */
final class EntityOrder {
    /** Entity {@code e}'s rows are the positions {@code [start[e], start[e + 1])}. */
    private final int[] start;
    /** Per position: the chunk the row was read in, and its index there. */
    private final int[] chunk;
    private final int[] row;

    /**
     * @param entities how many entities there are
     * @param chunkRows the rows' entities, per chunk in file order
     */
    EntityOrder(int entities, List<Columns.Ints> chunkRows) {
        start = new int[entities + 1];
        long total = 0;
        for (Columns.Ints rows : chunkRows) {
            total += rows.size();
            for (int i = 0; i < rows.size(); i++) start[rows.get(i) + 1]++;
        }
        if (total > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("more than 2³¹ rows in one file: " + total);
        for (int e = 0; e < entities; e++) start[e + 1] += start[e];
        chunk = new int[(int) total];
        row = new int[(int) total];
        // the starts moved up by one: start[e + 1] is where entity e starts, and serves as its next
        // free position, each of its rows raising it by one, in file order, until it is where e
        // ends, which is where e + 1 starts — the array as it was (no array of next free positions:
        // 4 MB of fresh memory per million entities, zeroed while the other core waited)
        for (int e = entities; e > 0; e--) start[e] = start[e - 1];
        start[0] = 0;
        for (int c = 0; c < chunkRows.size(); c++) {
            Columns.Ints rows = chunkRows.get(c);
            for (int i = 0; i < rows.size(); i++) {
                int p = start[rows.get(i) + 1]++;
                chunk[p] = c;
                row[p] = i;
            }
        }
    }

    /** How many rows there are. */
    int size() {
        return chunk.length;
    }

    /** The chunk of the row at {@code position}. */
    int chunk(int position) {
        return chunk[position];
    }

    /** The row's index in its chunk. */
    int row(int position) {
        return row[position];
    }

    /** The positions of the entity's rows: from {@link #start}, before {@link #end}. */
    int start(int entity) {
        return start[entity];
    }

    int end(int entity) {
        return start[entity + 1];
    }

    /** The chunks of {@code byNumber} (numbered in file order from 0), in that order; {@code byNumber} is emptied. */
    static <C> List<C> inOrder(Map<Integer, C> byNumber) {
        List<C> out = new ArrayList<>();
        for (int c = 0; byNumber.containsKey(c); c++) out.add(byNumber.get(c));
        byNumber.clear();
        return out;
    }

    /** What one thread copies of the positions {@code [from, to)}, and returns beside the columns. */
    interface RangeCopy<T> {
        T copy(int from, int to);
    }

    /**
     * Where the order is cut for a copy on {@code threads} threads: {@code cuts[k]} to
     * {@code cuts[k + 1]} is range {@code k}; a file under 65,536 rows is one range.
     */
    int[] cuts(int threads) {
        int parts = size() < 65_536 ? 1 : Math.max(1, threads);
        int[] cuts = new int[parts + 1];
        for (int k = 0; k <= parts; k++) cuts[k] = (int) ((long) size() * k / parts);
        return cuts;
    }

    /** Runs {@code copy} on each range of {@code cuts}, each on a thread of its own; their results in order. */
    static <T> List<T> copy(int[] cuts, RangeCopy<T> copy) {
        return Workers.each("zhonghe-order", cuts.length - 1, k -> copy.copy(cuts[k], cuts[k + 1]));
    }

    /** Only where each entity's rows start: what the readers keep once their columns are copied. */
    int[] starts() {
        return start;
    }
}
