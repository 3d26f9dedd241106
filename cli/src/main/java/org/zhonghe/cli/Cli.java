package org.zhonghe.cli;

import picocli.CommandLine;

/** Builds the command line: every subcommand is registered here, one line each. */
final class Cli {
    private Cli() {}

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Zhonghe());
        // subcommands (keep one per line, alphabetical):
        cl.setExecutionExceptionHandler(new InternalFailure());
        cl.setParameterExceptionHandler(new UsageFailure());
        return cl;
    }
}
