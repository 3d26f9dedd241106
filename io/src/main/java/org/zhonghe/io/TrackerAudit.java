package org.zhonghe.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.zhonghe.targets.AuditSummary;
import org.zhonghe.targets.AuditedEntity;
import org.zhonghe.targets.EntityType;
import org.zhonghe.targets.Parsed;
import org.zhonghe.assessment.Problem;
import org.zhonghe.targets.ProblemKind;
import org.zhonghe.targets.TargetAudit;
import org.zhonghe.io.targets.TrackerExportCsv;
import org.zhonghe.targets.TrackerLayout;
import org.zhonghe.targets.TrackerRow;

/**
 * {@code targets audit} over a file: a Net Zero Tracker export as XLSX (told by its zip signature, read
 * as a stream by {@link TrackerXlsx}) or as UTF-8 CSV ({@link TrackerExportCsv}); each row is audited as
 * it is read ({@link TargetAudit}) and only the audited entity is kept, so memory grows with the number
 * of entities, not with the columns of the sheet. All problems of the file are reported, nothing partial.
 */
public final class TrackerAudit {
    /** The audited entities and their summary. */
    public record Result(List<AuditedEntity> entities, AuditSummary summary) {}

    /** Rows read but not yet audited, at most: the bound on memory while the reader runs ahead. */
    static final int IN_FLIGHT = 256;

    private TrackerAudit() {}

    /**
     * Audits a file.
     *
     * @param path the file
     * @param file its name as the user gave it, for problems
     * @param type only rows of this type, or {@code null} for all
     */
    public static Parsed<Result> run(Path path, String file, EntityType type) {
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            Thread t = new Thread(r, "zhonghe-audit");
            t.setDaemon(true);
            return t;
        });
        try {
            return run(path, file, type, pool);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Parsed<Result> run(Path path, String file, EntityType type, ExecutorService pool) {
        List<Future<AuditedEntity>> audits = new ArrayList<>();
        Semaphore inFlight = new Semaphore(IN_FLIGHT);
        long[] rows = new long[1];
        Consumer<TrackerRow> sink = row -> {
            rows[0]++;
            if (type == null || row.entityType() == type) {
                inFlight.acquireUninterruptibly();
                audits.add(pool.submit(() -> {
                    try {
                        return TargetAudit.audit(row);
                    } finally {
                        inFlight.release();
                    }
                }));
            }
        };
        Parsed<TrackerLayout> layout;
        if (isWorkbook(path)) {
            layout = TrackerXlsx.read(path, file, sink);
        } else {
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                layout = TrackerExportCsv.read(reader, file, sink);
            } catch (CharacterCodingException e) {
                return Parsed.failed(List.of(ProblemKind.FILE_NOT_READABLE.at(file, 0, "", "not UTF-8 / 非 UTF-8", "")));
            } catch (IOException e) {
                return Parsed.failed(List.of(ProblemKind.FILE_NOT_READABLE.at(file, 0, "", String.valueOf(e.getMessage()), "")));
            }
        }
        if (!layout.isValid()) {
            return Parsed.failed(layout.problems());
        }
        List<AuditedEntity> entities = new ArrayList<>(audits.size());
        for (Future<AuditedEntity> audit : audits) {
            entities.add(done(audit));
        }
        return Parsed.of(new Result(entities, AuditSummary.of(rows[0], entities)));
    }

    private static AuditedEntity done(Future<AuditedEntity> audit) {
        try {
            return audit.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while auditing", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** True when the file starts with a zip signature (an XLSX workbook). */
    static boolean isWorkbook(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }
}
