package org.zhonghe.batch;

import java.util.Arrays;
import java.util.List;

/**
 * The rows of one file (removals, credits) linked per entity in file order, whatever the threads
 * that read them: chunk by chunk, row by row. A row is known by its place in the file's order of
 * chunks and rows; an entity's first row and each row's next are ints, so that linking a million
 * rows makes no object.
 */
final class EntityRowLinks {
    /** An entity without rows, and the last row of an entity. */
    static final int NONE = -1;

    private final int[] first;
    private final int[] next;
    /** The place of each chunk's first row, in chunk order, then the number of rows. */
    private final int[] starts;

    /**
     * @param entities    how many entities there are
     * @param chunkRows   the rows' entities, per chunk in file order
     */
    EntityRowLinks(int entities, List<Columns.Ints> chunkRows) {
        first = new int[entities];
        Arrays.fill(first, NONE);
        starts = new int[chunkRows.size() + 1];
        long total = 0;
        for (int c = 0; c < chunkRows.size(); c++) {
            starts[c] = (int) total;
            total += chunkRows.get(c).size();
        }
        if (total > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("more than 2³¹ rows in one file: " + total);
        starts[chunkRows.size()] = (int) total;
        next = new int[(int) total];
        int[] last = new int[entities];
        int place = 0;
        for (Columns.Ints rows : chunkRows) {
            for (int i = 0; i < rows.size(); i++, place++) {
                int e = rows.get(i);
                next[place] = NONE;
                if (first[e] == NONE) first[e] = place;
                else next[last[e]] = place;
                last[e] = place;
            }
        }
    }

    /** The entity's first row, or {@link #NONE}. */
    int first(int entity) {
        return first[entity];
    }

    /** The entity's row after {@code place}, or {@link #NONE}. */
    int next(int place) {
        return next[place];
    }

    /** The chunk that holds the row at {@code place}. */
    int chunk(int place) {
        int c = Arrays.binarySearch(starts, place);
        if (c < 0) return -c - 2;
        while (c + 1 < starts.length - 1 && starts[c + 1] == place) c++; // empty chunks start where the next does
        return c;
    }

    /** The row's index in its chunk. */
    int row(int place, int chunk) {
        return place - starts[chunk];
    }
}
