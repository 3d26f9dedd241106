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
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.zhonghe.Concept;
import org.zhonghe.batch.Batch;
import org.zhonghe.batch.EntityLines;
import org.zhonghe.batch.EntityResult;
import org.zhonghe.batch.ErrorKeys;
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
     * Evaluates the ledger under {@code dir} (a path every executor can read) and writes
     * results.csv to {@code out}; {@code partitions} 0 keeps Spark's default shuffle partitions.
     */
    public static Report run(SparkSession spark, String dir, Concept concept, int partitions, Writer out) throws IOException {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Map<EntityLines.File, String> headers = new EnumMap<>(EntityLines.File.class);
        Map<EntityLines.File, String> paths = new EnumMap<>(EntityLines.File.class);
        for (EntityLines.File f : EntityLines.File.values()) {
            String path = dir + "/" + f.fileName();
            if (!exists(spark, path)) continue;
            String first = jsc.textFile(path).first();
            headers.put(f, first.startsWith("\uFEFF") ? first.substring(1) : first);
            paths.put(f, path);
        }
        EntityLines.Headers h = new EntityLines.Headers(headers.get(EntityLines.File.ENTITIES),
                headers.get(EntityLines.File.EMISSIONS), headers.get(EntityLines.File.REMOVALS),
                headers.get(EntityLines.File.CREDITS), headers.get(EntityLines.File.ACTIVITIES), concept);
        List<Problem> problems = new ArrayList<>(EntityLines.headerErrors(h));
        for (EntityLines.File required : List.of(EntityLines.File.ENTITIES, EntityLines.File.EMISSIONS)) {
            if (!paths.containsKey(required)) problems.add(Problem.of(required.fileName(), 0, "", null, ErrorKeys.MISSING, required.fileName()));
        }
        if (!problems.isEmpty()) return new Report(problems, problems.size());
        if (partitions > 0) spark.conf().set("spark.sql.shuffle.partitions", String.valueOf(partitions));

        JavaRDD<Tuple4<String, Integer, Long, String>> lines = null;
        for (Map.Entry<EntityLines.File, String> e : paths.entrySet()) {
            EntityLines.File file = e.getKey();
            JavaRDD<Tuple4<String, Integer, Long, String>> rows = jsc.textFile(e.getValue()).zipWithIndex()
                    .filter(t -> t._2() > 0)
                    .map(t -> new Tuple4<>(key(EntityLines.entityOf(h, file, t._1())), file.ordinal(), t._2() + 1, t._1()));
            lines = lines == null ? rows : lines.union(rows);
        }
        Dataset<Tuple4<String, Integer, Long, String>> ledger = spark.createDataset(lines.rdd(),
                Encoders.tuple(Encoders.STRING(), Encoders.INT(), Encoders.LONG(), Encoders.STRING()));
        Dataset<Tuple3<Integer, Long, String>> evaluated = ledger
                .groupByKey((MapFunction<Tuple4<String, Integer, Long, String>, String>) Tuple4::_1, Encoders.STRING())
                .flatMapGroups((FlatMapGroupsFunction<String, Tuple4<String, Integer, Long, String>, Tuple3<Integer, Long, String>>)
                        (entity, group) -> evaluate(h, group), Encoders.tuple(Encoders.INT(), Encoders.LONG(), Encoders.STRING()))
                .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
        try {
            out.write(EntityResult.HEADER);
            out.write('\n');
            Iterator<Tuple3<Integer, Long, String>> results = evaluated.filter(
                    (org.apache.spark.api.java.function.FilterFunction<Tuple3<Integer, Long, String>>) t -> t._1() == RESULT)
                    .orderBy("_2").toLocalIterator();
            while (results.hasNext()) {
                out.write(results.next()._3());
                out.write('\n');
            }
            out.flush();
            Dataset<Tuple3<Integer, Long, String>> errors = evaluated.filter(
                    (org.apache.spark.api.java.function.FilterFunction<Tuple3<Integer, Long, String>>) t -> t._1() == ERROR);
            long count = errors.count();
            return new Report(firstErrors(errors.orderBy("_2").limit(Batch.ERROR_CAP * EntityLines.File.values().length).collectAsList()), count);
        } finally {
            evaluated.unpersist();
        }
    }

    private static Iterator<Tuple3<Integer, Long, String>> evaluate(EntityLines.Headers h,
            Iterator<Tuple4<String, Integer, Long, String>> group) {
        List<EntityLines.Line> lines = new ArrayList<>();
        while (group.hasNext()) {
            Tuple4<String, Integer, Long, String> t = group.next();
            lines.add(new EntityLines.Line(EntityLines.File.values()[t._2()], t._3(), t._4()));
        }
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

    private static String key(String entity) {
        return entity == null ? "" : entity;
    }

    private static boolean exists(SparkSession spark, String path) throws IOException {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
        return p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p);
    }
}
