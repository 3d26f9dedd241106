package org.zhonghe.cli;

import org.zhonghe.cli.targets.TargetsCommand;
import org.zhonghe.cli.targets.TrajectoryCommand;
import picocli.CommandLine;

/** Builds the command line: every subcommand is registered here, one line each. */
public final class Cli {
    private Cli() {}

    /** A fresh command line with every subcommand and the exit-status handlers; tests set its out and err. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Zhonghe());
        // subcommands (keep one per line, alphabetical):
        cl.addSubcommand(new BatchCommand());
        cl.addSubcommand(new CheckCommand());
        cl.addSubcommand(new ConceptsCommand());
        cl.addSubcommand(new GenerateCommand());
        cl.addSubcommand(new GwpCommand());
        cl.addSubcommand(new ProfilesCommand());
        cl.addSubcommand(new ServeCommand());
        cl.addSubcommand(new ReportCommand());
        cl.addSubcommand(new TargetsCommand());
        cl.addSubcommand(new TrajectoryCommand());
        cl.setExecutionExceptionHandler(new InternalFailure());
        cl.setParameterExceptionHandler(new UsageFailure());
        return cl;
    }
}
