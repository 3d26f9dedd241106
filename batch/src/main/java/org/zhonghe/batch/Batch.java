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
     * @param concept   evaluate every entity under this concept instead of its own; may be null
     * @param threads   threads to read and evaluate with, at least 1
     * @param passBytes the most bytes of removals.csv and credits.csv (together) read in one pass: when
     *                  they hold more, they are read in as many passes, each keeping the rows of a range
     *                  of entities and evaluating them before the next ({@link EntityRange}), so that
     *                  memory stays flat however many rows they hold; at least 1. The first pass reads
     *                  every row of every file (activities.csv too, whose activities are computed once);
     *                  the results and errors are the same bytes whatever the passes.
     */
    public record Options(Concept concept, int threads, long passBytes) {
        public Options {
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
            if (passBytes < 1) throw new IllegalArgumentException("passBytes must be at least 1: " + passBytes);
        }

        /** Removals and credits read in one pass, whatever their size. */
        public Options(Concept concept, int threads) {
            this(concept, threads, Long.MAX_VALUE);
        }
    }

    /**
     * @param entities   entities evaluated (INVALID ones included)
     * @param records    ledger rows read (headers excluded)
     * @param errors     the first errors of each file, in file order
     * @param errorCount every error found
     * @param passes     the passes removals.csv and credits.csv were read in ({@link Options#passBytes})
     */
    public record Report(long entities, long records, List<Problem> errors, long errorCount, int passes) {}

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
            return new Report(0, 0, errors, 1, 1);
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
        RecordIds[] emissionIds = new RecordIds[options.threads()];
        FileScan.Result emissionScan = scan(dir.resolve(EmissionRows.FILE), EmissionRows.FILE, EmissionRows.FIELDS,
                EmissionRows.REQUIRED, options.threads(), h -> w -> new EmissionRows(h, entities, classifier,
                        byThread[w] = new EmissionTotals(n), emissionIds[w] = RecordIds.of(h)), progress, errors, errorCount);
        records += lines(emissionScan);
        // the emissions' ids kept (sorted) until activities are computed: their records' ids must not be taken
        RecordIds.Written written = RecordIds.refuseRepeats(emissionIds, emissionScan, dir.resolve(EmissionRows.FILE),
                EmissionRows.FILE, "emissions", entities, errors, errorCount);
        List<EmissionTotals> totals = Arrays.stream(byThread).filter(Objects::nonNull).toList();
        SmallLedgers small = new SmallLedgers(n);
        timing.mark("emissions");
        // removals and credits on all threads, chunk by chunk, then linked to each entity in file order;
        // in passes of a range of entities each when they are more than one pass may hold (EntityRange)
        Path removalFile = dir.resolve(RemovalRows.FILE);
        Path creditFile = dir.resolve(CreditRows.FILE);
        boolean anyActivities = Files.isRegularFile(dir.resolve(ActivityRows.FILE));
        List<EntityRange> passes = EntityRange.split(n, EntityRange.passes(bytes(removalFile) + bytes(creditFile),
                options.passBytes()));
        // made once the first pass has read every credit: the rules ask it which credits another entity lists too
        EntityEvaluation evaluation = null;
        // sized for the credits the file may hold (a row of the generated mix is about 90 bytes)
        SerialClaims.Builder listed = new SerialClaims.Builder(bytes(creditFile) / 96);
        byte[] header = (EntityResult.HEADER + "\n").getBytes(StandardCharsets.UTF_8);
        out.write(header, 0, header.length);
        Path spills = passes.size() == 1 ? null : Files.createTempDirectory("zhonghe-batch-");
        try (FileInPasses removalPasses = new FileInPasses(removalFile, RemovalRows.FILE, RemovalRows.FIELDS,
                     RemovalRows.REQUIRED, spills, passes, options.threads());
             FileInPasses creditPasses = new FileInPasses(creditFile, CreditRows.FILE, CreditRows.FIELDS,
                     CreditRows.REQUIRED, spills, passes, options.threads())) {
            for (int k = 0; k < passes.size(); k++) {
                EntityRange range = passes.get(k);
                if (k > 0) { // the last pass's rows go before this one's are read
                    small.removals(null);
                    small.credits(null);
                    // and their pages (made in the old generation: Columns) are collected, so that this
                    // pass's are made in the same memory, not in fresh memory beside (docs/performance.md)
                    System.gc();
                }
                RemovalsRead removals = new RemovalsRead();
                RecordIds[] removalIds = new RecordIds[options.threads()];
                boolean first = k == 0; // reads every row, each at its line in the file
                FileScan.Result removalScan = removalPasses.pass(k, spill -> h -> w -> new EntityLookahead(
                        new RemovalRows(h, entities, removals, rules, range, spill).keepingIds(
                                removalIds[w] = first ? RecordIds.of(h) : null), h, entities),
                        progress, errors, errorCount);
                if (first) {
                    RecordIds.refuseRepeats(removalIds, removalScan, removalFile, RemovalRows.FILE, "removals", entities, errors,
                            errorCount);
                }
                if (removalScan != null) {
                    removals.link(n, options.threads());
                    small.removals(removals);
                }
                CreditsRead credits = new CreditsRead();
                SerialClaims.Builder listing = k == 0 ? listed : null; // the first pass reads every row
                RecordIds[] creditIds = new RecordIds[options.threads()];
                FileScan.Result creditScan = creditPasses.pass(k, spill -> h -> w -> new EntityLookahead(
                        new CreditRows(h, entities, credits, range, spill, listing).keepingIds(
                                creditIds[w] = first ? RecordIds.of(h) : null), h, entities), progress, errors, errorCount);
                if (first) {
                    RecordIds.refuseRepeats(creditIds, creditScan, creditFile, CreditRows.FILE, "credits", entities, errors,
                            errorCount);
                }
                if (creditScan != null) {
                    credits.link(n, creditScan.lineOffsets(), options.threads());
                    small.credits(credits);
                }
                if (k == 0) records += lines(removalScan) + lines(creditScan);
                timing.mark("removals and credits");
                // activities once, in the first pass: it has read every row of every other file, so it
                // knows every entity with an input error, and computes every entity's activities
                if (anyActivities && k == 0) {
                    records += activities(dir, entities, shapes, small, options, progress, errors, errorCount, listed, written);
                    timing.mark("activities");
                }
                if (evaluation == null) { // every credit and certificate listed: which are listed twice
                    SerialClaims claims = listed.build();
                    evaluation = new EntityEvaluation(claims.size() == 0 ? rules : rules.withElsewhere(claims.ledger()), classifier);
                }
                write(entities, totals, small, classifier, evaluation, range, options, out);
                timing.mark("evaluation");
            }
        } finally {
            if (spills != null) Files.deleteIfExists(spills);
        }
        return new Report(n, records, errors, errorCount[0], passes.size());
    }

    /**
     * Reads activities.csv and computes each entity's activities, after every other file: an entity
     * with an input error anywhere is not computed (as by check). Only when there is the file: its
     * reader's schema loads the units library (~60 ms), which a ledger of emissions alone does not
     * need (measured in docs/performance.md). Returns the rows read.
     */
    private long activities(Path dir, Entities entities, Shapes shapes, SmallLedgers small, Options options,
                            LongConsumer progress, List<Problem> errors, long[] errorCount, SerialClaims.Builder listed,
                            RecordIds.Written written) {
        ChunkedRecords<org.zhonghe.activity.Activity> activities = new ChunkedRecords<>();
        Set<String> userSetNames = ConcurrentHashMap.newKeySet();
        FileScan.Result activityScan = scan(dir.resolve(ActivityRows.FILE), ActivityRows.FILE, ActivityRows.FIELDS,
                ActivityRows.REQUIRED, options.threads(), h -> w -> new ActivityRows(h, entities, activities, userSetNames),
                progress, errors, errorCount);
        if (activityScan == null) return 0;
        ActivityRows.addInOrder(activities, activityScan.lineOffsets(), small);
        ActivityRows.listInstruments(small, entities.size(), listed.local(256));
        for (EntityShape shape : shapes.all()) {
            if (shape.factorSets() != null) shape.factorSets().stream().filter(UserFactorSets::isFileName).forEach(userSetNames::add);
        }
        UserFactorSets userSets = UserFactorSets.read(dir, userSetNames);
        List<Problem> computed = ActivityLedgers.compute(entities, small, rules, userSets, written);
        errorCount[0] += computed.size() + userSets.problems().size();
        // the file's errors in line order, a row's cells before what computing it found
        List<Problem> all = new ArrayList<>(errors.stream().filter(p -> p.file().equals(ActivityRows.FILE)).toList());
        errors.removeIf(p -> p.file().equals(ActivityRows.FILE));
        all.addAll(computed.stream().filter(p -> p.file().equals(ActivityRows.FILE)).toList());
        all.sort(Comparator.comparingLong(Problem::line));
        errors.addAll(all.subList(0, Math.min(ERROR_CAP, all.size())));
        mergeEntityErrors(errors, computed.stream().filter(p -> p.file().equals(EntitySpec.FILE)).toList());
        errors.addAll(capped(userSets.problems()));
        return lines(activityScan);
    }

    /** The size of {@code file} in bytes; 0 when there is none. */
    private static long bytes(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** The rows of each thread that reads a file of header {@code h}. */
    interface RowsOfHeader {
        java.util.function.IntFunction<FileScan.Rows> rows(Header h);
    }

    /** Scans one file (absent: null, and an error for emissions.csv, which is required); null also after header errors. */
    private static FileScan.Result scan(Path file, String name, List<String> fields, Set<String> required, int threads,
                                        RowsOfHeader rows, LongConsumer progress, List<Problem> errors,
                                        long[] errorCount) {
        return scan(file, name, fields, required, threads, rows, progress, errors, errorCount, Long.MAX_VALUE);
    }

    /** As above, in chunks of at most {@code maxChunk} bytes. */
    static FileScan.Result scan(Path file, String name, List<String> fields, Set<String> required, int threads,
                                RowsOfHeader rows, LongConsumer progress, List<Problem> errors, long[] errorCount,
                                long maxChunk) {
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
                progress, ERROR_CAP, maxChunk);
        errors.addAll(r.errors());
        errorCount[0] += r.errorCount();
        return r;
    }

    /** Evaluates the entities of {@code range} in blocks on all threads and writes them in entity order. */
    private void write(Entities entities, List<EmissionTotals> totals, SmallLedgers small, Classifier classifier,
                       EntityEvaluation evaluation, EntityRange range, Options options, Blocks out) throws IOException {
        int reasons = classifier.reasons();
        String override = options.concept() == null ? "" : options.concept().id();
        int n = Math.min(entities.size(), range.to());
        ExecutorService pool = Workers.pool("zhonghe-evaluate", options.threads());
        Queue<RowBytes> free = new ConcurrentLinkedQueue<>(); // blocks' buffers, used again once written
        Queue<EntityEvaluation.Local> locals = new ConcurrentLinkedQueue<>(); // one per block evaluated at a time
        try {
            Deque<Future<RowBytes>> pending = new ArrayDeque<>();
            for (int from = range.from(); from < n || !pending.isEmpty(); ) {
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
