package org.zhonghe.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.zhonghe.assessment.Problem;

/**
 * removals.csv or credits.csv, read in the passes of {@link EntityRange}: the whole file in the
 * first, with every error, the valid rows of later ranges kept in {@code spill} (null: one pass);
 * in each later pass, the rows kept for it.
 */
final class FileInPasses {
    private final Path file;
    private final String name;
    private final List<String> fields;
    private final Set<String> required;
    private final Spill spill;
    private final int threads;
    private final long chunk;
    /** Whether the first pass read the file (it is there, and its header has no error). */
    private boolean read;

    FileInPasses(Path file, String name, List<String> fields, Set<String> required, Spill spill, int threads, long chunk) {
        this.file = file;
        this.name = name;
        this.fields = fields;
        this.required = required;
        this.spill = spill;
        this.threads = threads;
        this.chunk = chunk;
    }

    /** Reads pass {@code k} with the rows {@code rows} makes (given the spill in the first pass, else null). */
    FileScan.Result pass(int k, Function<Spill, Batch.RowsOfHeader> rows, LongConsumer progress,
                         List<Problem> errors, long[] errorCount) {
        if (k > 0) return read ? again(k, rows.apply(null)) : null;
        FileScan.Result r = Batch.scan(file, name, fields, required, threads, rows.apply(spill), progress, errors,
                errorCount, chunk);
        if (spill != null) spill.finish();
        read = r != null;
        return r;
    }

    /**
     * The rows kept for pass {@code k}: every error of theirs was reported by the first pass, so one
     * found here is a fault of ours.
     */
    private FileScan.Result again(int k, Batch.RowsOfHeader rows) {
        Path kept = spill.file(k);
        String[] header = FileScan.header(kept);
        List<Problem> errors = new ArrayList<>();
        Header h = Header.parse(header[0], name, fields, required, errors);
        FileScan.Result r = errors.isEmpty()
                ? FileScan.scan(kept, name, Long.parseLong(header[1]), h.width(), threads, rows.rows(h), n -> { },
                        Batch.ERROR_CAP)
                : null;
        if (r == null || r.errorCount() > 0) {
            throw new IllegalStateException("pass " + (k + 1) + " of " + name + " found what the first did not: "
                    + (r == null ? errors : r.errors()));
        }
        return r;
    }
}
