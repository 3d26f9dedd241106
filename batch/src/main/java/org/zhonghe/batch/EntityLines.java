package org.zhonghe.batch;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.zhonghe.Concept;
import org.zhonghe.activity.Activity;
import org.zhonghe.assessment.Problem;
import org.zhonghe.rules.ClaimEvaluator;

/**
 * One entity's lines of a multi-entity ledger, evaluated alone: the entry point of engines that
 * group the ledger by entity themselves (Spark). The same row readers and the same evaluation as
 * {@link Batch}, so the result row is byte-identical.
 */
public final class EntityLines {
    /** The ledger files, in the order their errors are listed. */
    public enum File {
        ENTITIES(EntitySpec.FILE), EMISSIONS(EmissionRows.FILE), REMOVALS(RemovalRows.FILE), CREDITS(CreditRows.FILE),
        ACTIVITIES(ActivityRows.FILE);

        private final String fileName;

        File(String fileName) {
            this.fileName = fileName;
        }

        public String fileName() {
            return fileName;
        }
    }

    /**
     * The header lines of the files (null for an absent file), the concept override (may be null),
     * the users' factor sets, and the credits more than one entity of the ledger lists
     * ({@link SerialClaims}, found by {@link #listed} over every entity's lines first).
     */
    public record Headers(String entities, String emissions, String removals, String credits, String activities,
                          Concept concept, UserFactorSets userSets, SerialClaims claims) implements Serializable {
        /** Without users' factor sets. */
        public Headers(String entities, String emissions, String removals, String credits, String activities,
                       Concept concept) {
            this(entities, emissions, removals, credits, activities, concept, UserFactorSets.NONE);
        }

        /** Before the ledger's credits are listed. */
        public Headers(String entities, String emissions, String removals, String credits, String activities,
                       Concept concept, UserFactorSets userSets) {
            this(entities, emissions, removals, credits, activities, concept, userSets, SerialClaims.NONE);
        }

        public Headers {
            userSets = userSets == null ? UserFactorSets.NONE : userSets;
            claims = claims == null ? SerialClaims.NONE : claims;
        }

        /** These headers with the credits the ledger's entities list ({@link SerialClaims}). */
        public Headers with(SerialClaims claims) {
            return new Headers(entities, emissions, removals, credits, activities, concept, userSets, claims);
        }

        String of(File f) {
            return switch (f) {
                case ENTITIES -> entities;
                case EMISSIONS -> emissions;
                case REMOVALS -> removals;
                case CREDITS -> credits;
                case ACTIVITIES -> activities;
            };
        }
    }

    /** One line of one file. */
    public record Line(File file, long line, String text) implements Serializable {
        public Line {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * The entity's result row (null when it is not declared in entities.csv) and the errors of
     * its lines (at most {@link Batch#ERROR_CAP} per file; the count in {@code errorCount}).
     */
    public record Outcome(EntityResult result, long order, List<Problem> errors, long errorCount) {}

    private static final ClaimEvaluator RULES = ClaimEvaluator.standard();

    private EntityLines() {}

    /** The errors of the header lines; evaluate nothing when there are any. */
    public static List<Problem> headerErrors(Headers h) {
        List<Problem> errors = new ArrayList<>();
        for (File f : File.values()) {
            if (h.of(f) != null) header(f, h.of(f), errors);
        }
        return errors;
    }

    /** The entity id of a row of {@code file} (its cell in the entity column), or null. */
    public static String entityOf(Headers h, File file, String text) {
        Header header = header(file, h.of(file), new ArrayList<>());
        CsvLine cells = new CsvLine();
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        if (!cells.split(b, 0, b.length)) return null;
        return cells.text(header.column("entity"));
    }

    /**
     * The users' factor-set files a line of entities.csv or activities.csv names in its
     * {@code factorSet} cell (none for a line batch would not read: an unclosed quote, a wrong
     * number of cells): the files {@link UserFactorSets} is to be given, as batch finds them.
     */
    public static List<String> userSetsOf(Headers h, File file, String text) {
        if (h.of(file) == null || (file != File.ENTITIES && file != File.ACTIVITIES)) return List.of();
        Header header = header(file, h.of(file), new ArrayList<>());
        CsvLine cells = new CsvLine();
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        int to = b.length > 0 && b[b.length - 1] == '\r' ? b.length - 1 : b.length;
        if (to == 0 || !cells.split(b, 0, to) || cells.count() != header.width()) return List.of();
        if (file == File.ACTIVITIES) {
            String name = ActivityRows.userSet(cells, header);
            return name == null ? List.of() : List.of(name);
        }
        return UserFactorSets.named(cells.text(header.column("factorSet")));
    }

    /**
     * The hashes ({@link SerialClaims#hash}) of the credits the entity whose lines (of every file, in
     * any order) are {@code lines} lists: its rows of credits.csv read without a problem, as batch
     * lists them; none when it is not declared in entities.csv. Over every entity, the keys listed
     * by more than one are the ledger's {@link SerialClaims}.
     */
    public static long[] listed(Headers h, List<Line> lines) {
        if (h.of(File.ENTITIES) == null || h.of(File.CREDITS) == null && h.of(File.ACTIVITIES) == null) return new long[0];
        List<Line> sorted = new ArrayList<>();
        for (Line l : lines) {
            if (l.file() == File.ENTITIES || l.file() == File.CREDITS || l.file() == File.ACTIVITIES) sorted.add(l);
        }
        sorted.sort(Comparator.comparing(Line::file).thenComparingLong(Line::line));
        Classifier classifier = new Classifier(RULES, new GasIds(RULES));
        Shapes shapes = new Shapes(h.concept(), classifier);
        Map<Integer, Entities.Part> parts = new HashMap<>();
        List<Problem> errors = new ArrayList<>();
        Header entityHeader = header(File.ENTITIES, h.of(File.ENTITIES), new ArrayList<>());
        EntityRows entityRows = new EntityRows(entityHeader, shapes, parts);
        entityRows.chunk(0);
        int i = 0;
        for (; i < sorted.size() && sorted.get(i).file() == File.ENTITIES; i++) read(sorted.get(i), entityHeader, entityRows, errors);
        Entities entities = Entities.build(parts.isEmpty() ? List.of() : List.of(parts.get(0)), new long[] {0}, shapes,
                new ArrayList<>(), 1);
        if (entities.size() != 1) return new long[0];
        SerialClaims.Builder listed = new SerialClaims.Builder();
        if (h.of(File.CREDITS) != null) {
            Header creditHeader = header(File.CREDITS, h.of(File.CREDITS), new ArrayList<>());
            CreditRows rows = new CreditRows(creditHeader, entities, new CreditsRead(), EntityRange.all(), null, listed);
            rows.chunk(0);
            for (; i < sorted.size() && sorted.get(i).file() == File.CREDITS; i++) read(sorted.get(i), creditHeader, rows, errors);
        }
        if (h.of(File.ACTIVITIES) != null && i < sorted.size()) { // the certificates on its activities, as batch lists them
            Header activityHeader = header(File.ACTIVITIES, h.of(File.ACTIVITIES), new ArrayList<>());
            ChunkedRecords<Activity> activities = new ChunkedRecords<>();
            ActivityRows rows = new ActivityRows(activityHeader, entities, activities,
                    java.util.concurrent.ConcurrentHashMap.newKeySet());
            rows.chunk(0);
            for (; i < sorted.size(); i++) read(sorted.get(i), activityHeader, rows, errors);
            SmallLedgers small = new SmallLedgers(1);
            ActivityRows.addInOrder(activities, new long[] {0}, small);
            ActivityRows.listInstruments(small, 1, listed.local(16));
        }
        return listed.keys();
    }

    /** Evaluates the entity whose lines (of every file, in any order) are {@code lines}. */
    public static Outcome evaluate(Headers h, List<Line> lines) {
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparing(Line::file).thenComparingLong(Line::line));
        Classifier classifier = new Classifier(RULES, new GasIds(RULES));
        Shapes shapes = new Shapes(h.concept(), classifier);
        Map<Integer, Entities.Part> parts = new HashMap<>();
        List<Problem> errors = new ArrayList<>();
        int i = 0;
        if (h.of(File.ENTITIES) != null) {
            Header header = header(File.ENTITIES, h.of(File.ENTITIES), new ArrayList<>());
            EntityRows rows = new EntityRows(header, shapes, parts);
            rows.chunk(0);
            for (; i < sorted.size() && sorted.get(i).file() == File.ENTITIES; i++) read(sorted.get(i), header, rows, errors);
        }
        List<Problem> twice = new ArrayList<>();
        Entities entities = Entities.build(parts.isEmpty() ? List.of() : List.of(parts.get(0)), new long[] {0}, shapes, twice, 1);
        errors.addAll(twice);
        errors.sort(Comparator.comparingLong(Problem::line)); // stable: a row's own errors stay in order
        EmissionTotals totals = new EmissionTotals(Math.max(entities.size(), 1));
        SmallLedgers small = new SmallLedgers(Math.max(entities.size(), 1));
        File current = null;
        Header header = null;
        FileScan.Rows rows = null;
        RemovalsRead removals = new RemovalsRead(); // lines are the file's: one chunk, no offset
        CreditsRead credits = new CreditsRead();
        ChunkedRecords<Activity> activities = new ChunkedRecords<>();
        Map<File, RecordIds> ids = new java.util.EnumMap<>(File.class); // as Batch: an id written twice is an input error
        for (; i < sorted.size(); i++) {
            Line l = sorted.get(i);
            if (l.file() != current) {
                current = l.file();
                header = header(current, h.of(current), new ArrayList<>());
                RecordIds kept = current == File.EMISSIONS || current == File.REMOVALS || current == File.CREDITS
                        ? RecordIds.of(header) : null;
                if (kept != null) ids.put(current, kept);
                rows = rows(current, header, entities, classifier, totals, removals, credits, activities, kept);
                rows.chunk(0);
            }
            read(l, header, rows, errors);
        }
        Map<File, RecordIds.Written> written = new java.util.EnumMap<>(File.class);
        for (Map.Entry<File, RecordIds> f : ids.entrySet()) {
            written.put(f.getKey(), repeated(f.getKey(), f.getValue(), sorted, entities, errors));
        }
        removals.link(Math.max(entities.size(), 1), 1);
        small.removals(removals);
        credits.link(Math.max(entities.size(), 1), new long[] {0}, 1);
        small.credits(credits);
        ActivityRows.addInOrder(activities, new long[] {0}, small);
        errors.addAll(ActivityLedgers.compute(entities, small, RULES, h.userSets(),
                written.getOrDefault(File.EMISSIONS, RecordIds.Written.NONE)));
        if (entities.size() != 1) return new Outcome(null, 0, errors, errors.size());
        EntitySpec spec = entities.spec(0);
        String concept = spec != null ? spec.claim().concept().id() : h.concept() == null ? "" : h.concept().id();
        EntityResult result = spec == null || entities.isInvalid(0) ? EntityResult.invalid(entities.id(0), concept)
                : new EntityEvaluation(h.claims().size() == 0 ? RULES : RULES.withElsewhere(h.claims().ledger()), classifier)
                        .evaluate(entities, 0,
                        EmissionTotals.of(0, List.of(totals), classifier.reasons()), small);
        long order = sorted.get(0).line();
        return new Outcome(result, order, errors, errors.size());
    }

    /** As {@code RecordIds.refuseRepeats}: each later row of an id its entity wrote before, an input error. */
    private static RecordIds.Written repeated(File f, RecordIds kept, List<Line> lines, Entities entities, List<Problem> errors) {
        RecordIds.Lines ofFile = visitor -> {
            for (Line l : lines) {
                if (l.file() != f) continue;
                byte[] b = l.text().getBytes(StandardCharsets.UTF_8);
                visitor.line(l.line(), b, 0, b.length > 0 && b[b.length - 1] == '\r' ? b.length - 1 : b.length);
            }
        };
        RecordIds.Written written = RecordIds.scan(List.of(kept), ofFile, entities);
        for (RecordIds.Repeat r : written.repeats()) entities.markInvalid(r.entity());
        errors.addAll(RecordIds.problems(written.repeats(), f.fileName(), f.name().toLowerCase(java.util.Locale.ROOT)));
        return written;
    }

    private static void read(Line l, Header header, FileScan.Rows rows, List<Problem> errors) {
        byte[] b = l.text().getBytes(StandardCharsets.UTF_8);
        int to = b.length > 0 && b[b.length - 1] == '\r' ? b.length - 1 : b.length;
        if (to == 0) return;
        String name = l.file().fileName();
        CsvLine cells = new CsvLine();
        if (!cells.split(b, 0, to)) {
            errors.add(Problem.of(name, l.line(), "", null, ErrorKeys.UNCLOSED_QUOTE));
        } else if (cells.count() != header.width()) {
            errors.add(Problem.of(name, l.line(), "", null, ErrorKeys.CELLS, String.valueOf(cells.count()),
                    String.valueOf(header.width())));
        } else {
            rows.row(cells, l.line(), errors);
            rows.flush(errors);
        }
    }

    /** The rows of a file after entities.csv. */
    private static FileScan.Rows rows(File f, Header header, Entities entities, Classifier classifier,
                                      EmissionTotals totals, RemovalsRead removals,
                                      CreditsRead credits, ChunkedRecords<Activity> activities, RecordIds ids) {
        return switch (f) {
            case ENTITIES -> throw new IllegalStateException("entities.csv is read first");
            case EMISSIONS -> new EmissionRows(header, entities, classifier, totals, ids);
            case REMOVALS -> new RemovalRows(header, entities, removals, RULES, EntityRange.all(), null).keepingIds(ids);
            case CREDITS -> new CreditRows(header, entities, credits, EntityRange.all(), null).keepingIds(ids);
            case ACTIVITIES -> new ActivityRows(header, entities, activities, java.util.concurrent.ConcurrentHashMap.newKeySet());
        };
    }

    private static Header header(File f, String line, List<Problem> errors) {
        return switch (f) {
            case ENTITIES -> Header.parse(line, f.fileName(), EntitySpec.FIELDS, EntitySpec.REQUIRED, errors);
            case EMISSIONS -> Header.parse(line, f.fileName(), EmissionRows.FIELDS, EmissionRows.REQUIRED, errors);
            case REMOVALS -> Header.parse(line, f.fileName(), RemovalRows.FIELDS, RemovalRows.REQUIRED, errors);
            case CREDITS -> Header.parse(line, f.fileName(), CreditRows.FIELDS, CreditRows.REQUIRED, errors);
            case ACTIVITIES -> Header.parse(line, f.fileName(), ActivityRows.FIELDS, ActivityRows.REQUIRED, errors);
        };
    }
}
