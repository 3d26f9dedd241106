package org.zhonghe.cli.targets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code zhonghe targets}: the national targets registry (Table 1 of the paper) and the statement classifier. */
@Command(name = "targets", mixinStandardHelpOptions = true, versionProvider = org.zhonghe.cli.Version.class,
        description = {"National long-term targets: who committed to what, in which words (Net Zero Tracker, Jan 2022).",
                "各国长期目标：谁承诺了什么、用什么表述（Net Zero Tracker，2022年1月）。"},
        subcommands = {TargetsStatsCommand.class, TargetsListCommand.class, TargetsShowCommand.class,
                TargetsCompareCommand.class, TargetsClassifyCommand.class, TargetsAuditCommand.class, CommandLine.HelpCommand.class})
public final class TargetsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
