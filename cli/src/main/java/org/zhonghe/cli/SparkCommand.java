package org.zhonghe.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code zhonghe spark DIR …}: listed here so that {@code zhonghe --help} and {@code zhonghe
 * spark --help} describe it; the launcher {@code ./zhonghe} runs it with the Spark module's own
 * jar (this jar has no Spark), so a run that reaches this class was not started by the launcher.
 */
@Command(name = "spark", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Evaluate a multi-entity ledger on Spark (the same rules and results.csv as batch; docs/batch.md).",
                "在 Spark 上评估多主体台账（与 batch 相同的规则与 results.csv）。"},
        footer = {"", "Runs through the launcher ./zhonghe, which builds the Spark module on first use.",
                "经启动脚本 ./zhonghe 运行；首次使用时构建 Spark 模块。"})
final class SparkCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(paramLabel = "DIR", description = "The directory (or Hadoop URL) of the ledger files (docs/batch.md).")
    String dir;
    @Option(names = "--out", paramLabel = "FILE", description = "Write results.csv here (default: standard output).")
    String out;
    @Option(names = "--concept", paramLabel = "ID", completionCandidates = ConceptIds.class,
            description = "Evaluate every entity under this concept: ${COMPLETION-CANDIDATES}.")
    String concept;
    @Option(names = "--partitions", paramLabel = "N", description = "Shuffle partitions (default: Spark's).")
    Integer partitions;
    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: local[*]).")
    String master;
    @Option(names = "--lang", paramLabel = "zh|en", description = "Language of the errors: zh (中文) or en.")
    String lang;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("zhonghe spark: run it through the launcher, ./zhonghe spark DIR …, which uses the Spark module's jar"
                + " / 请通过启动脚本运行：./zhonghe spark DIR …");
        spec.commandLine().getErr().flush();
        return UsageFailure.EXIT;
    }
}
