package org.zhonghe.spark;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.zhonghe.Concept;
import org.zhonghe.batch.Batch;
import org.zhonghe.batch.SerialClaims;
import org.zhonghe.batch.EntityLines;
import org.zhonghe.batch.EntityResult;
import org.zhonghe.batch.ErrorKeys;
import org.zhonghe.batch.UserFactorSets;
import org.zhonghe.assessment.Problem;
import scala.Tuple3;
import scala.Tuple4;

/**
 * The batch evaluation on Apache Spark: the ledger's lines become a Dataset keyed by entity,
 * grouped by entity across the cluster, and each group is evaluated in an executor by
 * {@link EntityLines} (the same row readers and core rules as {@code zhonghe batch}). Only the
 * result rows and the first errors come back to the driver, which writes results.csv in the
 * order of entities.csv: byte-identical to {@code zhonghe batch}.
 *
 * <p>{@code spark-submit --class org.zhonghe.spark.SparkBatch zhonghe-spark.jar DIR [--out FILE]
 * [--concept ID] [--partitions N] [--lang zh|en]}: the command line is {@link SparkCommandLine}'s.
 */
public final class SparkBatch {
    private static final int RESULT = 0;
    private static final int ERROR = 1;

    /** What the run found wrong: the first errors of each file, in file order, and how many in all. */
    public record Report(List<Problem> errors, long errorCount) {}

    private SparkBatch() {}

    /** The process: the command line ({@link SparkCommandLine}) and its exit status. */
    public static void main(String[] args) {
        System.exit(SparkCommandLine.execute(args));
    }

    /** Chinese for {@code zh}, English for {@code en}; without {@code --lang}, the system locale's, else English. */
    static Locale locale(String lang) {
        String tag = lang != null ? lang : Locale.getDefault().getLanguage();
        return tag.toLowerCase(Locale.ROOT).startsWith("zh") ? Locale.CHINESE : Locale.ENGLISH;
    }

    /**
     * What to evaluate: the ledger directory (a path every executor can read), the concept override (may be null),
     * the shuffle partitions (0: Spark's default) and the format of the ledger files (null: by their names,
     * {@code .csv} or {@code .parquet}).
     */
    record Job(String dir, Concept concept, int partitions, LedgerFiles.Format input) {}

    /**
     * Evaluates the ledger under {@code dir} (a path every executor can read) and writes
     * results.csv to {@code out}; {@code partitions} 0 keeps Spark's default shuffle partitions.
     */
    public static Report run(SparkSession spark, String dir, Concept concept, int partitions, Writer out) throws IOException {
        return run(spark, new Job(dir, concept, partitions, null), out);
    }

    /** Evaluates the job's ledger and writes results.csv to {@code out}, in the order of entities.csv. */
    static Report run(SparkSession spark, Job job, Writer out) throws IOException {
        Evaluation e = evaluate(spark, job);
        if (e.evaluated() == null) return new Report(e.problems(), e.problems().size());
        try {
            out.write(EntityResult.HEADER);
            out.write('\n');
            Iterator<Tuple3<Integer, Long, String>> results = results(e.evaluated()).orderBy("_2").toLocalIterator();
            while (results.hasNext()) {
                out.write(results.next()._3());
                out.write('\n');
            }
            out.flush();
            return report(e);
        } finally {
            e.evaluated().unpersist();
        }
    }

    /**
     * Evaluates the job's ledger and writes the results as Parquet to {@code out} (a directory, as Spark writes a
     * table: one part file, rows in the order of entities.csv; it must not exist yet). The columns are those of
     * results.csv, every one text: a total is check's exact decimal string, which no DECIMAL(38, s) holds for
     * every total (15 decimals and up to 10³⁰ t).
     */
    static Report runToParquet(SparkSession spark, Job job, String out) {
        Evaluation e = evaluate(spark, job);
        if (e.evaluated() == null) return new Report(e.problems(), e.problems().size());
        try {
            List<StructField> fields = new ArrayList<>(List.of(DataTypes.createStructField("_order", DataTypes.LongType, false)));
            for (String column : EntityResult.HEADER.split(",")) fields.add(DataTypes.createStructField(column, DataTypes.StringType, false));
            StructType schema = DataTypes.createStructType(fields);
            Dataset<Row> rows = results(e.evaluated()).map((MapFunction<Tuple3<Integer, Long, String>, Row>) t -> {
                Object[] cells = new Object[schema.size()];
                cells[0] = t._2();
                System.arraycopy(t._3().split(",", -1), 0, cells, 1, schema.size() - 1);
                return RowFactory.create(cells);
            }, Encoders.row(schema));
            rows.repartition(1).sortWithinPartitions("_order").drop("_order").write().parquet(out);
            return report(e);
        } finally {
            e.evaluated().unpersist();
        }
    }

    /** The evaluated rows (results and errors, persisted) of a job, or the problems that stopped it before. */
    private record Evaluation(Dataset<Tuple3<Integer, Long, String>> evaluated, Map<EntityLines.File, LedgerFiles.Source> sources,
                              List<Problem> problems, long userSetErrors) {
        Evaluation(Dataset<Tuple3<Integer, Long, String>> evaluated, Map<EntityLines.File, LedgerFiles.Source> sources,
                   List<Problem> problems) {
            this(evaluated, sources, problems, problems.size());
        }
    }

    private static Evaluation evaluate(SparkSession spark, Job job) {
        List<Problem> problems = new ArrayList<>();
        Map<EntityLines.File, LedgerFiles.Source> sources;
        try {
            sources = LedgerFiles.find(spark, job.dir(), job.input(), problems);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<EntityLines.File, String> headers = new EnumMap<>(EntityLines.File.class);
        sources.forEach((f, s) -> headers.put(f, s.header()));
        EntityLines.Headers h = new EntityLines.Headers(headers.get(EntityLines.File.ENTITIES),
                headers.get(EntityLines.File.EMISSIONS), headers.get(EntityLines.File.REMOVALS),
                headers.get(EntityLines.File.CREDITS), headers.get(EntityLines.File.ACTIVITIES), job.concept());
        for (Problem p : EntityLines.headerErrors(h)) problems.add(LedgerFiles.located(p, sources));
        for (EntityLines.File required : List.of(EntityLines.File.ENTITIES, EntityLines.File.EMISSIONS)) {
            if (!sources.containsKey(required)) problems.add(Problem.of(required.fileName(), 0, "", null, ErrorKeys.MISSING, required.fileName()));
        }
        if (!problems.isEmpty()) return new Evaluation(null, sources, problems);
        UserFactorSets userSets = UserSetFiles.read(spark, job.dir(), sources, h);
        h = new EntityLines.Headers(h.entities(), h.emissions(), h.removals(), h.credits(), h.activities(), h.concept(),
                userSets);
        problems.addAll(Batch.capped(userSets.problems())); // the files' own errors, once, after the ledger's
        EntityLines.Headers headerLines = h;
        if (job.partitions() > 0) spark.conf().set("spark.sql.shuffle.partitions", String.valueOf(job.partitions()));

        JavaRDD<Tuple4<String, Integer, Long, String>> lines = null;
        for (LedgerFiles.Source source : sources.values()) {
            JavaRDD<Tuple4<String, Integer, Long, String>> rows = LedgerFiles.lines(spark, source, headerLines);
            lines = lines == null ? rows : lines.union(rows);
        }
        Dataset<Tuple4<String, Integer, Long, String>> ledger = spark.createDataset(lines.rdd(),
                Encoders.tuple(Encoders.STRING(), Encoders.INT(), Encoders.LONG(), Encoders.STRING()));
        // the credits and energy certificates more than one entity lists (SerialClaims), before any entity is
        // judged: each entity's by the hash of their canonical keys, as batch lists them, then the keys of two
        // entities or more
        SerialClaims claims = SerialClaims.NONE;
        if (sources.containsKey(EntityLines.File.CREDITS) || sources.containsKey(EntityLines.File.ACTIVITIES)) {
            int entitiesFile = EntityLines.File.ENTITIES.ordinal();
            int creditsFile = EntityLines.File.CREDITS.ordinal();
            int activitiesFile = EntityLines.File.ACTIVITIES.ordinal();
            List<Long> contested = ledger
                    .filter((FilterFunction<Tuple4<String, Integer, Long, String>>) t -> t._2() == entitiesFile
                            || t._2() == creditsFile || t._2() == activitiesFile)
                    .groupByKey((MapFunction<Tuple4<String, Integer, Long, String>, String>) Tuple4::_1, Encoders.STRING())
                    .flatMapGroups((FlatMapGroupsFunction<String, Tuple4<String, Integer, Long, String>, Long>)
                            (entity, group) -> java.util.Arrays.stream(EntityLines.listed(headerLines, lines(group))).boxed().iterator(),
                            Encoders.LONG())
                    .groupBy("value").count().filter("count > 1").select("value").as(Encoders.LONG()).collectAsList();
            claims = SerialClaims.of(contested.stream().mapToLong(Long::longValue).toArray());
        }
        EntityLines.Headers judging = headerLines.with(claims);
        Dataset<Tuple3<Integer, Long, String>> evaluated = ledger
                .groupByKey((MapFunction<Tuple4<String, Integer, Long, String>, String>) Tuple4::_1, Encoders.STRING())
                .flatMapGroups((FlatMapGroupsFunction<String, Tuple4<String, Integer, Long, String>, Tuple3<Integer, Long, String>>)
                        (entity, group) -> evaluate(judging, group), Encoders.tuple(Encoders.INT(), Encoders.LONG(), Encoders.STRING()))
                .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
        return new Evaluation(evaluated, sources, problems, userSets.problems().size());
    }

    private static Dataset<Tuple3<Integer, Long, String>> results(Dataset<Tuple3<Integer, Long, String>> evaluated) {
        return evaluated.filter((FilterFunction<Tuple3<Integer, Long, String>>) t -> t._1() == RESULT);
    }

    private static Report report(Evaluation e) {
        Dataset<Tuple3<Integer, Long, String>> errors = e.evaluated().filter(
                (FilterFunction<Tuple3<Integer, Long, String>>) t -> t._1() == ERROR);
        long count = errors.count();
        List<Problem> first = new ArrayList<>();
        for (Problem p : firstErrors(errors.orderBy("_2").limit(Batch.ERROR_CAP * EntityLines.File.values().length).collectAsList())) {
            first.add(LedgerFiles.located(p, e.sources()));
        }
        first.addAll(e.problems()); // the users' factor-set files' own errors, after the ledger's (as zhonghe batch lists them)
        return new Report(first, count + e.userSetErrors());
    }

    /** The lines of one entity's group. */
    private static List<EntityLines.Line> lines(Iterator<Tuple4<String, Integer, Long, String>> group) {
        List<EntityLines.Line> lines = new ArrayList<>();
        while (group.hasNext()) {
            Tuple4<String, Integer, Long, String> t = group.next();
            lines.add(new EntityLines.Line(EntityLines.File.values()[t._2()], t._3(), t._4()));
        }
        return lines;
    }

    private static Iterator<Tuple3<Integer, Long, String>> evaluate(EntityLines.Headers h,
            Iterator<Tuple4<String, Integer, Long, String>> group) {
        List<EntityLines.Line> lines = lines(group);
        EntityLines.Outcome o = EntityLines.evaluate(h, lines);
        List<Tuple3<Integer, Long, String>> out = new ArrayList<>();
        if (o.result() != null) out.add(new Tuple3<>(RESULT, o.order(), o.result().csv()));
        for (Problem e : o.errors()) out.add(new Tuple3<>(ERROR, errorOrder(e), encode(e)));
        return out.iterator();
    }

    /** Errors in file order: file first, then line. */
    private static long errorOrder(Problem e) {
        for (EntityLines.File f : EntityLines.File.values()) {
            if (f.fileName().equals(e.file())) return f.ordinal() * 1_000_000_000_000L + e.line();
        }
        return 9 * 1_000_000_000_000L + e.line();
    }

    /**
     * An error as one string for the trip to the driver: file, line, field, value (U+0001 when
     * none), message key and its arguments, separated by U+0000; the driver prints
     * the message in the chosen language.
     */
    private static String encode(Problem e) {
        List<String> parts = new ArrayList<>(List.of(e.file(), String.valueOf(e.line()), e.field(),
                e.value() == null ? "\u0001" : e.value(), e.key()));
        for (Object a : e.args()) parts.add(String.valueOf(a));
        return String.join("\u0000", parts);
    }

    private static Problem decode(String[] p) {
        return new Problem(p[0], Long.parseLong(p[1]), p[2], p[3].equals("\u0001") ? null : p[3], p[4],
                List.<Object>of((Object[]) p).subList(5, p.length));
    }

    /** The first {@link Batch#ERROR_CAP} errors of each file, as {@code zhonghe batch} lists them. */
    private static List<Problem> firstErrors(List<Tuple3<Integer, Long, String>> rows) {
        List<Problem> out = new ArrayList<>();
        Map<String, Integer> perFile = new java.util.HashMap<>();
        for (Tuple3<Integer, Long, String> t : rows) {
            String[] p = t._3().split("\u0000", -1);
            if (perFile.merge(p[0], 1, Integer::sum) > Batch.ERROR_CAP) continue;
            out.add(decode(p));
        }
        return out;
    }
}
