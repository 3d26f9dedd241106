package org.zhonghe.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.zhonghe.assessment.Problem;

/**
 * removals.csv or credits.csv, read in the passes of {@link EntityRange}: the whole file in the
 * first, with every error, the valid rows of later ranges kept in a {@link Spill}; in each later
 * pass, the rows kept for it. Closing it deletes what it kept.
 */
final class FileInPasses implements AutoCloseable {
    private final Path file;
    private final String name;
    private final List<String> fields;
    private final Set<String> required;
    private final int threads;
    /** Where the rows of later passes are kept; null for a single pass, or without the file. */
    private final Spill spill;
    /** Whether the first pass read the file (it is there, and its header has no error). */
    private boolean read;

    /** {@code spills}: the directory of the rows kept for later passes, null for a single pass. */
    FileInPasses(Path file, String name, List<String> fields, Set<String> required, Path spills,
                 List<EntityRange> passes, int threads) {
        this.file = file;
        this.name = name;
        this.fields = fields;
        this.required = required;
        this.threads = threads;
        spill = spills == null || !Files.isRegularFile(file) ? null
                : new Spill(spills, name, FileScan.header(file)[0], passes);
    }

    /** Reads pass {@code k} with the rows {@code rows} makes (given the spill in the first pass, else null). */
    FileScan.Result pass(int k, Function<Spill, Batch.RowsOfHeader> rows, LongConsumer progress,
                         List<Problem> errors, long[] errorCount) {
        if (k > 0) return read ? again(k, rows.apply(null)) : null;
        // in small chunks while rows are kept for later passes: a chunk's wait in memory for those before it
        FileScan.Result r = Batch.scan(file, name, fields, required, threads, rows.apply(spill), progress, errors,
                errorCount, spill == null ? Long.MAX_VALUE : Spill.CHUNK);
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

    @Override
    public void close() {
        if (spill != null) spill.close();
    }
}
