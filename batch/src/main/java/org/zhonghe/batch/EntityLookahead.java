package org.zhonghe.batch;

import java.util.List;
import org.zhonghe.assessment.Problem;

/**
 * A reader of rows that name their entity ({@code removals.csv}, {@code credits.csv}), handed its
 * rows a batch at a time, after the entities' index slots of the whole batch have been read in a
 * tight loop: each row's lookup of its entity is a random read of a large index, and read one
 * after another they wait in turn, where read together their waits overlap (as
 * {@link EmissionRows} does for emissions). The rows themselves are read as they were, in file
 * order, each with the cells it was split into; their errors come at the batch's end, which
 * {@link FileScan} puts in line order.
 */
final class EntityLookahead implements FileScan.Rows {
    private static final int BATCH = 64;

    private final FileScan.Rows rows;
    private final Entities entities;
    private final int cEntity;
    private final CsvLine[] held = new CsvLine[BATCH];
    private final long[] lines = new long[BATCH];
    private int pending;
    /** Where the touched values go, so that the compiler keeps the loads ({@link EntityIndex#touch}). */
    private long sink;

    EntityLookahead(FileScan.Rows rows, Header h, Entities entities) {
        this.rows = rows;
        this.entities = entities;
        cEntity = h.column("entity");
        for (int i = 0; i < BATCH; i++) held[i] = new CsvLine();
    }

    @Override
    public void chunk(int index) {
        rows.chunk(index);
    }

    @Override
    public void chunkDone(int index) {
        rows.chunkDone(index);
    }

    @Override
    public void row(CsvLine r, long line, List<Problem> errors) {
        if (pending == BATCH || pending > 0 && r.buf() != held[0].buf()) run(errors);
        held[pending].copy(r);
        lines[pending++] = line;
    }

    @Override
    public void flush(List<Problem> errors) {
        run(errors);
        rows.flush(errors);
    }

    /** The held rows: their entities' slots read at once, then each row read. */
    private void run(List<Problem> errors) {
        long touched = 0;
        for (int k = 0; k < pending; k++) {
            CsvLine r = held[k];
            if (!r.isEmpty(cEntity) && !r.escaped(cEntity)) {
                touched += entities.touch(EntityIndex.hash(r.buf(), r.start(cEntity), r.end(cEntity)));
            }
        }
        sink += touched;
        for (int k = 0; k < pending; k++) rows.row(held[k], lines[k], errors);
        pending = 0;
    }
}
