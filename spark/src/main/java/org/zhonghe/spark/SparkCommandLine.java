package org.zhonghe.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        description = {"Evaluate a multi-entity ledger on Spark (the same rules and results.csv as batch; docs/batch.md).",
                "在 Spark 上评估多主体台账（与 batch 相同的规则与 results.csv）。"})
public final class SparkCommandLine implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(paramLabel = "DIR", description = "The directory (or Hadoop URL) of the ledger files (docs/batch.md).")
    String dir;
    @Option(names = "--out", paramLabel = "FILE", description = "Write results.csv here (default: standard output).")
    Path out;
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

    @Override
    public Integer call() throws IOException {
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
        String ledger = dir.contains("://") ? dir : Path.of(dir).toAbsolutePath().toString();
        SparkSession.Builder b = SparkSession.builder().appName("zhonghe batch " + ZhongheVersion.current())
                .config("spark.ui.enabled", "false");
        if (master != null || System.getProperty("spark.master") == null) {
            b.master(master != null ? master : "local[*]").config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1");
        }
        SparkBatch.Report report;
        try (SparkSession spark = b.getOrCreate();
             Writer w = new BufferedWriter(new OutputStreamWriter(out == null ? System.out : Files.newOutputStream(out),
                     StandardCharsets.UTF_8), 1 << 16)) {
            spark.sparkContext().setLogLevel("WARN");
            report = SparkBatch.run(spark, ledger, evaluated, partitions, w);
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
