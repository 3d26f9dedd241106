package org.zhonghe.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import org.zhonghe.Concept;
import org.zhonghe.assessment.Problem;
import org.zhonghe.rules.ClaimEvaluator;

/**
 * {@code zhonghe batch DIR}: every entity of a multi-entity ledger (docs/batch.md) evaluated by
 * the core rules, one result row per entity in the order of entities.csv. The emissions are read
 * once on all threads; entities are evaluated in blocks on all threads and written in order.
 */
public final class Batch {
    /** Errors kept per file (the count goes on). */
    public static final int ERROR_CAP = 100;
    private static final int BLOCK = 2048;

    /**
     * @param concept evaluate every entity under this concept instead of its own; may be null
     * @param threads threads to read and evaluate with, at least 1
     */
    public record Options(Concept concept, int threads) {
        public Options {
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
    }

    /**
     * @param entities   entities evaluated (INVALID ones included)
     * @param records    ledger rows read (headers excluded)
     * @param errors     the first errors of each file, in file order
     * @param errorCount every error found
     */
    public record Report(long entities, long records, List<Problem> errors, long errorCount) {}

    private final ClaimEvaluator rules;

    public Batch(ClaimEvaluator rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** The bytes the files of {@code dir} hold, for a progress bar. */
    public static long size(Path dir) {
        long n = 0;
        for (String f : List.of(EntitySpec.FILE, EmissionRows.FILE, RemovalRows.FILE, CreditRows.FILE, ActivityRows.FILE)) {
            try {
                if (Files.exists(dir.resolve(f))) n += Files.size(dir.resolve(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return n;
    }

    /** Evaluates the ledger in {@code dir}, writing results.csv rows to {@code out}; {@code progress} gets bytes read. */
    public Report run(Path dir, Options options, Writer out, LongConsumer progress) throws IOException {
        Report r = run(dir, options, (Blocks) (b, off, len) -> out.write(new String(b, off, len, StandardCharsets.UTF_8)), progress);
        out.flush();
        return r;
    }

    /** As {@link #run(Path, Options, Writer, LongConsumer)}, writing UTF-8 bytes (the rows are made as bytes). */
    public Report run(Path dir, Options options, OutputStream out, LongConsumer progress) throws IOException {
        Report r = run(dir, options, (Blocks) out::write, progress);
        out.flush();
        return r;
    }

    /** Where blocks of whole results.csv rows go, in order. */
    private interface Blocks extends RowBytes.Sink {}

    private Report run(Path dir, Options options, Blocks out, LongConsumer progress) throws IOException {
        List<Problem> errors = new ArrayList<>();
        long[] errorCount = {0};
        long records = 0;
        Path entitiesFile = dir.resolve(EntitySpec.FILE);
        if (!Files.isRegularFile(entitiesFile)) {
            errors.add(Problem.of(EntitySpec.FILE, 0, "", null, ErrorKeys.MISSING_FROM, EntitySpec.FILE, dir.toString()));
            return new Report(0, 0, errors, 1);
        }
        Timing timing = new Timing();
        Classifier classifier = new Classifier(rules, new GasIds(rules));
        Shapes shapes = new Shapes(options.concept(), classifier);
        Map<Integer, Entities.Part> parts = new ConcurrentHashMap<>();
        List<Problem> entityErrors = new ArrayList<>();
        FileScan.Result read = scan(entitiesFile, EntitySpec.FILE, EntitySpec.FIELDS, EntitySpec.REQUIRED,
                options.threads(), h -> w -> new EntityRows(h, shapes, parts), progress, entityErrors, errorCount);
        timing.mark("entities.csv read");
        List<Entities.Part> inOrder = new ArrayList<>();
        for (int c = 0; parts.containsKey(c); c++) inOrder.add(parts.get(c));
        List<Problem> twice = new ArrayList<>();
        Entities entities = Entities.build(inOrder, read == null ? new long[0] : read.lineOffsets(), shapes, twice,
                options.threads());
        records += read == null ? 0 : read.lines() - 1;
        errorCount[0] += twice.size();
        entityErrors.addAll(twice);
        entityErrors.sort(Comparator.comparingLong(Problem::line)); // stable: a row's own errors stay in order
        errors.addAll(entityErrors.subList(0, Math.min(ERROR_CAP, entityErrors.size())));
        timing.mark("entities indexed");
        int n = entities.size();
        EmissionTotals[] byThread = new EmissionTotals[options.threads()]; // each made (zeroed) by its own thread
        records += lines(scan(dir.resolve(EmissionRows.FILE), EmissionRows.FILE, EmissionRows.FIELDS, EmissionRows.REQUIRED,
                options.threads(), h -> w -> new EmissionRows(h, entities, classifier, byThread[w] = new EmissionTotals(n)),
                progress, errors, errorCount));
        List<EmissionTotals> totals = Arrays.stream(byThread).filter(Objects::nonNull).toList();
        SmallLedgers small = new SmallLedgers(n);
        timing.mark("emissions");
        // removals and credits on all threads, chunk by chunk, then linked to each entity in file order
        RemovalsRead removals = new RemovalsRead();
        FileScan.Result removalScan = scan(dir.resolve(RemovalRows.FILE), RemovalRows.FILE, RemovalRows.FIELDS,
                RemovalRows.REQUIRED, options.threads(),
                h -> w -> new EntityLookahead(new RemovalRows(h, entities, removals, rules), h, entities), progress, errors,
                errorCount);
        records += lines(removalScan);
        if (removalScan != null) {
            removals.link(n, options.threads());
            small.removals(removals);
        }
        CreditsRead credits = new CreditsRead();
        FileScan.Result creditScan = scan(dir.resolve(CreditRows.FILE), CreditRows.FILE, CreditRows.FIELDS,
                CreditRows.REQUIRED, options.threads(),
                h -> w -> new EntityLookahead(new CreditRows(h, entities, credits), h, entities), progress, errors, errorCount);
        records += lines(creditScan);
        if (creditScan != null) {
            credits.link(n, creditScan.lineOffsets(), options.threads());
            small.credits(credits);
        }
        timing.mark("removals and credits");
        // activities after every other file: an entity with an input error anywhere is not computed (as by check)
        // only when there is the file: its reader's schema loads the units library (~60 ms), which a ledger of
        // emissions alone does not need (measured in docs/performance.md)
        ChunkedRecords<org.zhonghe.activity.Activity> activities = new ChunkedRecords<>();
        Set<String> userSetNames = ConcurrentHashMap.newKeySet();
        FileScan.Result activityScan = !Files.isRegularFile(dir.resolve(ActivityRows.FILE)) ? null
                : scan(dir.resolve(ActivityRows.FILE), ActivityRows.FILE, ActivityRows.FIELDS, ActivityRows.REQUIRED,
                        options.threads(), h -> w -> new ActivityRows(h, entities, activities, userSetNames), progress,
                        errors, errorCount);
        records += lines(activityScan);
        if (activityScan != null) {
            ActivityRows.addInOrder(activities, activityScan.lineOffsets(), small);
            for (EntityShape shape : shapes.all()) {
                if (shape.factorSets() != null) shape.factorSets().stream().filter(UserFactorSets::isFileName).forEach(userSetNames::add);
            }
            UserFactorSets userSets = UserFactorSets.read(dir, userSetNames);
            List<Problem> computed = ActivityLedgers.compute(entities, small, rules, userSets);
            errorCount[0] += computed.size() + userSets.problems().size();
            // the file's errors in line order, a row's cells before what computing it found
            List<Problem> all = new ArrayList<>(errors.stream().filter(p -> p.file().equals(ActivityRows.FILE)).toList());
            errors.removeIf(p -> p.file().equals(ActivityRows.FILE));
            all.addAll(computed.stream().filter(p -> p.file().equals(ActivityRows.FILE)).toList());
            all.sort(Comparator.comparingLong(Problem::line));
            errors.addAll(all.subList(0, Math.min(ERROR_CAP, all.size())));
            mergeEntityErrors(errors, computed.stream().filter(p -> p.file().equals(EntitySpec.FILE)).toList());
            errors.addAll(capped(userSets.problems()));
            timing.mark("activities");
        }
        write(entities, totals, small, classifier, options, out);
        timing.mark("evaluation");
        return new Report(n, records, errors, errorCount[0]);
    }

    /** Errors at lines of entities.csv found after the read, among the first ones of that file, in line order. */
    private static void mergeEntityErrors(List<Problem> errors, List<Problem> more) {
        if (more.isEmpty()) return;
        List<Problem> merged = new ArrayList<>(errors.stream().filter(p -> p.file().equals(EntitySpec.FILE)).toList());
        errors.removeIf(p -> p.file().equals(EntitySpec.FILE));
        merged.addAll(more);
        merged.sort(Comparator.comparingLong(Problem::line));
        errors.addAll(0, merged.subList(0, Math.min(ERROR_CAP, merged.size())));
    }

    /** The first {@link #ERROR_CAP} errors of each file, in order. */
    public static List<Problem> capped(List<Problem> problems) {
        Map<String, Integer> perFile = new java.util.HashMap<>();
        return problems.stream().filter(p -> perFile.merge(p.file(), 1, Integer::sum) <= ERROR_CAP).toList();
    }

    private static long lines(FileScan.Result r) {
        return r == null ? 0 : r.lines() - 1;
    }

    /** Phase times on standard error when the system property zhonghe.timing is set (for docs/performance.md). */
    private static final class Timing {
        private final boolean on = System.getProperty("zhonghe.timing") != null;
        private long last = System.nanoTime();

        void mark(String phase) {
            long now = System.nanoTime();
            if (on) System.err.printf("zhonghe batch: %s %.2f s%n", phase, (now - last) / 1e9);
            last = now;
        }
    }

    private interface RowsOfHeader {
        java.util.function.IntFunction<FileScan.Rows> rows(Header h);
    }

    /** Scans one file (absent: null, and an error for emissions.csv, which is required); null also after header errors. */
    private static FileScan.Result scan(Path file, String name, List<String> fields, Set<String> required, int threads,
                                        RowsOfHeader rows, LongConsumer progress, List<Problem> errors,
                                        long[] errorCount) {
        if (!Files.isRegularFile(file)) {
            if (name.equals(EmissionRows.FILE)) {
                errors.add(Problem.of(name, 0, "", null, ErrorKeys.MISSING, name));
                errorCount[0]++;
            }
            return null;
        }
        String[] header = FileScan.header(file);
        List<Problem> headerErrors = new ArrayList<>();
        Header h = Header.parse(header[0], name, fields, required, headerErrors);
        if (!headerErrors.isEmpty()) {
            errors.addAll(headerErrors);
            errorCount[0] += headerErrors.size();
            return null;
        }
        FileScan.Result r = FileScan.scan(file, name, Long.parseLong(header[1]), h.width(), threads, rows.rows(h),
                progress, ERROR_CAP);
        errors.addAll(r.errors());
        errorCount[0] += r.errorCount();
        return r;
    }

    /** Evaluates blocks of entities on all threads and writes them in entity order. */
    private void write(Entities entities, List<EmissionTotals> totals, SmallLedgers small, Classifier classifier,
                       Options options, Blocks out) throws IOException {
        EntityEvaluation evaluation = new EntityEvaluation(rules, classifier);
        int reasons = classifier.reasons();
        String override = options.concept() == null ? "" : options.concept().id();
        byte[] header = (EntityResult.HEADER + "\n").getBytes(StandardCharsets.UTF_8);
        out.write(header, 0, header.length);
        int n = entities.size();
        ExecutorService pool = Workers.pool("zhonghe-evaluate", options.threads());
        Queue<RowBytes> free = new ConcurrentLinkedQueue<>(); // blocks' buffers, used again once written
        Queue<EntityEvaluation.Local> locals = new ConcurrentLinkedQueue<>(); // one per block evaluated at a time
        try {
            Deque<Future<RowBytes>> pending = new ArrayDeque<>();
            for (int from = 0; from < n || !pending.isEmpty(); ) {
                while (from < n && pending.size() < options.threads() * 2) {
                    int start = from;
                    int end = Math.min(n, from + BLOCK);
                    pending.add(pool.submit(() -> {
                        RowBytes rows = free.poll();
                        if (rows == null) rows = new RowBytes(BLOCK * 96);
                        EmissionTotals.Fixed sum = new EmissionTotals.Fixed(totals, reasons);
                        EntityEvaluation.Local local = locals.poll();
                        if (local == null) local = new EntityEvaluation.Local();
                        for (int e = start; e < end; e++) {
                            if (entities.valid(e)) {
                                evaluation.write(entities, e, sum, small, rows, local);
                            } else {
                                EntitySpec spec = entities.spec(e);
                                rows.text(EntityResult.invalid(entities.id(e), spec == null ? override
                                        : spec.claim().concept().id()).csv()).ascii('\n');
                            }
                        }
                        locals.add(local);
                        return rows;
                    }));
                    from = end;
                }
                RowBytes block = Workers.result(pending.poll());
                block.writeTo(out);
                block.cut(0);
                free.add(block);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
