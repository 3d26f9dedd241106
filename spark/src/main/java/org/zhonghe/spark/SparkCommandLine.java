package org.zhonghe.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.zhonghe.Concept;
import org.zhonghe.Messages;
import org.zhonghe.ZhongheVersion;
import org.zhonghe.assessment.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command line of the Spark job ({@code spark-submit … zhonghe-spark.jar DIR [--out FILE] [--concept ID]
 * [--partitions N] [--master URL] [--lang zh|en]}), read by picocli as every other command of {@code zhonghe};
 * the options are those of the CLI's {@code zhonghe spark}. Exit status: 0, 2 when the ledger has errors
 * or the command line is wrong (picocli's usage error), 1 when Spark fails. Without a master
 * ({@code --master} or spark-submit's {@code spark.master}) it runs in {@code local[*]}.
 */
@Command(name = "zhonghe spark", mixinStandardHelpOptions = true, versionProvider = SparkCommandLine.Version.class,
        subcommands = {SparkCommandLine.Convert.class, SparkCommandLine.Generate.class},
        description = {"Evaluate a multi-entity ledger on Spark (the same rules and results.csv as batch; docs/batch.md).",
                "在 Spark 上评估多主体台账（与 batch 相同的规则与 results.csv）。"})
public final class SparkCommandLine implements Callable<Integer> {
    @Spec CommandSpec spec;
    // optional for picocli (a subcommand has no DIR), required by call()
    @Parameters(paramLabel = "DIR", arity = "0..1", description = "The directory (or Hadoop URL) of the ledger files (docs/batch.md).")
    String dir;
    @Option(names = "--out", paramLabel = "FILE", description = "Write results.csv here (default: standard output); "
            + "with --output-format parquet, the directory of the Parquet results (required, must not exist).")
    String out;
    @Option(names = "--input-format", paramLabel = "csv|parquet",
            description = "Read only NAME.csv or only NAME.parquet (default: whichever of the two each file is).")
    LedgerFiles.Format inputFormat;
    @Option(names = "--output-format", paramLabel = "csv|parquet", defaultValue = "csv",
            description = "results.csv (default) or the same columns in Parquet, every one text.")
    LedgerFiles.Format outputFormat;
    @Option(names = "--concept", paramLabel = "ID", description = "Evaluate every entity under this concept.")
    String concept;
    @Option(names = "--partitions", paramLabel = "N", description = "Shuffle partitions (default: Spark's).")
    int partitions;
    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: local[*]).")
    String master;
    @Option(names = "--lang", paramLabel = "zh|en", description = "Language of the errors: zh (中文) or en.")
    Lang lang;

    /** The languages of the messages. */
    enum Lang { zh, en }

    /** {@code zhonghe spark} and the version of the build ({@link ZhongheVersion}). */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"zhonghe spark " + ZhongheVersion.current()};
        }
    }

    /** Runs the command line and returns its exit status (the process's, in {@link SparkBatch#main}). */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** A fresh command line (tests set its out and err). */
    static CommandLine commandLine() {
        return new CommandLine(new SparkCommandLine()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cl, parsed) -> {
                    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines()
                            .findFirst().orElse("");
                    cl.getErr().println("zhonghe spark: the Spark job failed / Spark 作业失败: " + why);
                    cl.getErr().flush();
                    return 1;
                });
    }

    /** A local path made absolute; a URL (hdfs://, s3a://, file://) as it is. */
    static String location(String path) {
        return path.contains("://") ? path : Path.of(path).toAbsolutePath().toString();
    }

    /** The session: {@code master}, else spark-submit's {@code spark.master}, else {@code local[*]}. */
    static SparkSession session(String master) {
        SparkSession.Builder b = SparkSession.builder().appName("zhonghe batch " + ZhongheVersion.current())
                .config("spark.ui.enabled", "false");
        if (master != null || System.getProperty("spark.master") == null) {
            b.master(master != null ? master : "local[*]").config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1");
        }
        SparkSession spark = b.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }

    /** Prints the problems in the language of {@code lang}; 2 when there are any, else 0. */
    static int printed(List<Problem> problems, Lang lang, PrintWriter err) {
        Locale locale = SparkBatch.locale(lang == null ? null : lang.name());
        for (Problem p : problems) err.println(p.toText(locale));
        err.flush();
        return problems.isEmpty() ? 0 : 2;
    }

    /** {@code zhonghe spark convert DIR OUT}: a CSV ledger as Parquet ({@link ParquetConvert}). */
    @Command(name = "convert", mixinStandardHelpOptions = true,
            description = {"Write the CSV ledger in DIR as Parquet in OUT (NAME.parquet for NAME.csv; every column text).",
                    "将 DIR 中的 CSV 台账写为 OUT 中的 Parquet（每列为文本）。"})
    static final class Convert implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "DIR", description = "The CSV ledger (docs/batch.md).")
        String dir;
        @Parameters(index = "1", paramLabel = "OUT", description = "The directory to write the Parquet ledger into.")
        String out;
        @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: local[*]).")
        String master;
        @Option(names = "--lang", paramLabel = "zh|en", description = "Language of the errors: zh (中文) or en.")
        Lang lang;

        @Override
        public Integer call() throws IOException {
            try (SparkSession spark = session(master)) {
                return printed(ParquetConvert.convert(spark, location(dir), location(out)), lang, spec.commandLine().getErr());
            }
        }
    }

    /** {@code zhonghe spark generate}: {@code zhonghe generate}'s ledger, written as Parquet. */
    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = {"Write zhonghe generate's synthetic ledger as Parquet in OUT (the same rows for the same seed).",
                    "将 zhonghe generate 的合成台账以 Parquet 写入 OUT。"})
    static final class Generate implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "OUT", description = "The directory to write entities.parquet, emissions.parquet … into.")
        String out;
        @Option(names = "--entities", paramLabel = "N", required = true, description = "Number of entities.")
        int entities;
        @Option(names = "--records", paramLabel = "M", required = true, description = "Number of records.")
        long records;
        @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default 1).")
        long seed;
        @Option(names = "--emissions-only", description = "The emissions-only ledger of the DuckDB comparison.")
        boolean emissionsOnly;
        @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: local[*]).")
        String master;

        @Override
        public Integer call() throws IOException {
            if (entities < 1 || records < 0) {
                spec.commandLine().getErr().println("zhonghe spark generate: --entities must be at least 1 and --records not negative");
                spec.commandLine().getErr().flush();
                return 2;
            }
            Path csv = Files.createTempDirectory("zhonghe-generate");
            try (SparkSession spark = session(master)) {
                if (emissionsOnly) org.zhonghe.batch.LedgerGenerator.generateEmissions(csv, entities, records, seed);
                else org.zhonghe.batch.LedgerGenerator.generate(csv, entities, records, seed);
                return printed(ParquetConvert.convert(spark, csv.toString(), location(out)), null, spec.commandLine().getErr());
            } finally {
                try (var files = Files.list(csv)) {
                    for (Path f : files.toList()) Files.delete(f);
                }
                Files.delete(csv);
            }
        }
    }

    @Override
    public Integer call() throws IOException {
        if (dir == null) throw new CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'DIR'");
        Locale locale = SparkBatch.locale(lang == null ? null : lang.name());
        Messages m = Messages.of(locale);
        PrintWriter err = spec.commandLine().getErr();
        Concept evaluated = null;
        if (concept != null) {
            evaluated = Concept.fromId(concept).orElse(null);
            if (evaluated == null) {
                err.println("zhonghe spark: " + m.get("batch.usage.concept", concept, Concept.ids()));
                err.flush();
                return 2;
            }
        }
        if (outputFormat == LedgerFiles.Format.PARQUET && out == null) {
            err.println("zhonghe spark: " + m.get("spark.usage.parquetOut"));
            err.flush();
            return 2;
        }
        SparkBatch.Job job = new SparkBatch.Job(location(dir), evaluated, partitions, inputFormat);
        SparkBatch.Report report;
        try (SparkSession spark = session(master)) {
            if (outputFormat == LedgerFiles.Format.PARQUET) {
                report = SparkBatch.runToParquet(spark, job, location(out));
            } else {
                try (Writer w = new BufferedWriter(new OutputStreamWriter(out == null ? System.out : Files.newOutputStream(Path.of(out)),
                        StandardCharsets.UTF_8), 1 << 16)) {
                    report = SparkBatch.run(spark, job, w);
                }
            }
        }
        for (Problem e : report.errors()) {
            err.println(e.toText(locale));
        }
        if (report.errorCount() > report.errors().size()) {
            err.println(m.get("batch.errorsInAll", String.valueOf(report.errorCount())));
        }
        err.flush();
        return report.errorCount() > 0 ? 2 : 0;
    }
}
