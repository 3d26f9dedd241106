package org.zhonghe.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The records (activities) that the rows of one file make, kept per chunk of the file as
 * the threads read them ({@link FileScan}), then added to the entities' ledgers in file order —
 * an entity's credits stay in the order of the file whatever the threads. A chunk after the
 * first numbers its lines from 0 until the scan ends; a record of such a chunk is made again at
 * its line in the file ({@link Relined}).
 *
 * @param <T> the record
 */
final class ChunkedRecords<T> {
    /** The record again, read from {@code line} of the file; {@code idFromLine}: its id was made from the line. */
    interface Relined<T> {
        T at(T record, long line, boolean idFromLine);
    }

    /** Where records go, in file order. */
    interface Sink<T> {
        void add(int entity, T record);
    }

    /** The records of one chunk, in file order. */
    static final class Chunk<T> {
        private final List<T> records = new ArrayList<>();
        private int[] entities = new int[16];
        private long[] lines = new long[16];
        private final BitSet idFromLine = new BitSet();

        void add(int entity, long line, T record, boolean idMadeFromLine) {
            int i = records.size();
            if (i == entities.length) {
                entities = Arrays.copyOf(entities, 2 * i);
                lines = Arrays.copyOf(lines, 2 * i);
            }
            entities[i] = entity;
            lines[i] = line;
            if (idMadeFromLine) idFromLine.set(i);
            records.add(record);
        }
    }

    private final Map<Integer, Chunk<T>> chunks = new ConcurrentHashMap<>();

    /** A new, empty chunk {@code index} (numbered in file order from 0). */
    Chunk<T> chunk(int index) {
        Chunk<T> c = new Chunk<>();
        chunks.put(index, c);
        return c;
    }

    /**
     * Adds every record to {@code sink} in file order; {@code lineOffsets[c]} is what to add to a
     * line of chunk {@code c} to make it the line in the file (0 for the first chunk).
     */
    void addInOrder(long[] lineOffsets, Relined<T> relined, Sink<T> sink) {
        for (int c = 0; chunks.containsKey(c); c++) {
            Chunk<T> chunk = chunks.get(c);
            long offset = c < lineOffsets.length ? lineOffsets[c] : 0;
            for (int i = 0; i < chunk.records.size(); i++) {
                T r = chunk.records.get(i);
                sink.add(chunk.entities[i], offset == 0 ? r : relined.at(r, chunk.lines[i] + offset, chunk.idFromLine.get(i)));
            }
        }
        chunks.clear();
    }
}
