package org.zhonghe.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.zhonghe.Concept;
import org.zhonghe.Messages;
import org.zhonghe.batch.Batch;
import org.zhonghe.assessment.Problem;
import org.zhonghe.output.TerminalText;
import org.zhonghe.rules.ClaimEvaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code zhonghe batch DIR}: one result row per entity of a multi-entity ledger (docs/batch.md).
 * Exit status 0 when every row was read, 2 when any was not (listed on standard error, in the
 * language of {@code --lang}).
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Evaluate every entity of a multi-entity ledger (entities.csv, emissions.csv, removals.csv, credits.csv).",
                "评估多主体台账中的每个主体。"},
        footer = {"", "Exit status: 0 every row read, 2 input errors (rows of entities with errors: verdict INVALID).",
                "退出状态：0 全部读入，2 有输入错误。"})
final class BatchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin LanguageOption language;
    @Parameters(paramLabel = "DIR", description = "The directory of the ledger files (docs/batch.md).")
    Path dir;
    @Option(names = "--concept", paramLabel = "ID", completionCandidates = ConceptIds.class,
            description = "Evaluate every entity under this concept: ${COMPLETION-CANDIDATES}.")
    String concept;
    @Option(names = "--out", paramLabel = "FILE", description = "Write results.csv here (default: standard output).")
    Path out;
    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: every core).")
    Integer threads;
    @Option(names = "--pass-mb", paramLabel = "N", description = {
        "Read removals.csv and credits.csv in passes of at most N MB of their rows, each for a range of entities"
            + " evaluated before the next (the rows of later passes kept in temporary files), so that memory stays"
            + " flat however many rows they hold; the same results (default: a quarter of the Java heap, -Xmx).",
        "按主体范围分批读取 removals.csv 与 credits.csv，每批至多 N MB（其余行暂存于临时文件），结果相同，"
            + "内存不随行数增长（默认：Java 堆的四分之一）。"})
    Long passMb;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (language.isUnknown()) return usage(err, "--lang: expected zh or en / 应为 zh 或 en");
        Locale locale = language.locale();
        Messages m = Messages.of(locale);
        Concept c = null;
        if (concept != null) {
            c = Concept.fromId(concept).orElse(null);
            if (c == null) return usage(err, m.get("batch.usage.concept", concept, Concept.ids()));
        }
        if (!Files.isDirectory(dir)) return usage(err, m.get("batch.usage.notDirectory", dir.toString()));
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) return usage(err, m.get("batch.usage.threads", String.valueOf(n)));
        if (passMb != null && passMb < 1) return usage(err, m.get("batch.usage.passMb", String.valueOf(passMb)));
        Batch.Options options = new Batch.Options(c, n, passBytes());
        Batch.Report report;
        try (ProgressBar bar = System.console() == null ? null : bar(Batch.size(dir))) {
            LongConsumer progress = bar == null ? bytes -> { } : bar::stepBy;
            Batch batch = new Batch(ClaimEvaluator.standard());
            if (out == null) {
                report = batch.run(dir, options, spec.commandLine().getOut(), progress);
            } else {
                try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
                    report = batch.run(dir, options, o, progress);
                }
            }
        }
        for (Problem e : report.errors().subList(0, Math.min(report.errors().size(), Batch.ERROR_CAP))) {
            err.println(TerminalText.clean(e.toText(locale)));
        }
        if (report.errorCount() > Math.min(report.errors().size(), Batch.ERROR_CAP)) {
            err.println(m.get("batch.errorsInAll", String.valueOf(report.errorCount())));
        }
        err.flush();
        return report.errorCount() > 0 ? UsageFailure.EXIT : 0;
    }

    /**
     * The bytes of removals.csv and credits.csv one pass may read: {@code --pass-mb}, else a quarter
     * of the heap (Zhonghe's choice: a pass keeps about 1.4 bytes per byte of those files, measured
     * in docs/performance.md, so that a pass holds about a third of the heap at most).
     */
    private long passBytes() {
        if (passMb != null) return passMb > Long.MAX_VALUE >> 20 ? Long.MAX_VALUE : passMb << 20;
        return Math.max(1, Runtime.getRuntime().maxMemory() / 4);
    }

    private static ProgressBar bar(long bytes) {
        return new ProgressBarBuilder().setTaskName("batch").setInitialMax(bytes).setUnit(" MB", 1 << 20)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(250).build();
    }

    private static int usage(PrintWriter err, String message) {
        err.println("zhonghe batch: " + message);
        err.flush();
        return UsageFailure.EXIT;
    }
}
