package org.zhonghe.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** A usage error (unknown option, missing parameter): the message and a hint, exit status 2. */
final class UsageFailure implements CommandLine.IParameterExceptionHandler {
    static final int EXIT = 2;

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("zhonghe: " + ex.getMessage());
        // a typo gets the nearest commands or options ("chek": did you mean check?)
        if (ex instanceof CommandLine.UnmatchedArgumentException u) CommandLine.UnmatchedArgumentException.printSuggestions(u, err);
        err.println("Try / 请尝试: " + cl.getCommandSpec().qualifiedName() + " --help");
        return EXIT;
    }
}
