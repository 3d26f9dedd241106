package org.zhonghe.batch;

/**
 * What several cells of a row were read to before, by those cells' bytes: one per file and
 * thread. The rows of removals.csv and credits.csv repeat a few combinations of kind, unit,
 * flags, registry, vintage and date, so the value the reader made of a combination (its group's
 * key, the fields many credits have alike) is found with one hash and one comparison of the
 * row's bytes, rather than each cell looked up in its own {@link CellCache} and the value made
 * and looked up again (docs/performance.md, session 17).
 *
 * <p>The reader keeps a value ({@link #put}) only for cells it read without a problem, and the
 * value depends on nothing but those cells, so a value found is the one the cells read to: every
 * error, its value and its wording stay the schema's. Cells that are not kept: a quoted cell with
 * a doubled quote (its bytes are not its text) or one longer than {@value CellCache#MAX_BYTES}
 * bytes; then the reader reads the row cell by cell, as it does once the table is full. An absent
 * column and an empty cell are alike (both read as no text).
 *
 * @param <T> what the cells are read to
 */
final class CellsCache<T> {
    private static final int SLOTS = 1 << 12;
    /** Kept at most: half the slots, so that a probe ends soon. */
    private static final int MAX_KEPT = SLOTS / 2;
    /** No slot: a row whose cells are not kept. */
    static final int NONE = Integer.MIN_VALUE;

    private final int[] columns;
    /** Per slot: each cell's length in a byte, then its bytes, cell after cell. */
    private final byte[][] keys = new byte[SLOTS][];
    private final Object[] values = new Object[SLOTS];
    private int kept;

    /** @param columns the cells' columns in the header (-1: absent, read as empty) */
    CellsCache(int... columns) {
        this.columns = columns.clone();
    }

    /** The value kept for the row's cells, or null when none is (never seen, or cells that are not kept). */
    @SuppressWarnings("unchecked")
    T get(CsvLine r) {
        int h = r.hash(columns, CellCache.MAX_BYTES);
        if (h == NONE) return null;
        for (int s = slot(h); ; s = (s + 1) & (SLOTS - 1)) {
            byte[] key = keys[s];
            if (key == null) return null;
            if (r.sameCells(columns, key)) return (T) values[s];
        }
    }

    /** Keeps {@code value} for the row's cells (read without a problem), unless they are not kept or the table is full. */
    void put(CsvLine r, T value) {
        int h = r.hash(columns, CellCache.MAX_BYTES);
        if (h == NONE || kept == MAX_KEPT) return;
        int s = slot(h);
        while (keys[s] != null) {
            if (r.sameCells(columns, keys[s])) return;
            s = (s + 1) & (SLOTS - 1);
        }
        keys[s] = r.key(columns);
        values[s] = value;
        kept++;
    }

    private static int slot(int h) {
        return (h ^ h >>> 16) & (SLOTS - 1);
    }
}
