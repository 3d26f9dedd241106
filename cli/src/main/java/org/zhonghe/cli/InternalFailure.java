package org.zhonghe.cli;

import org.zhonghe.output.TerminalText;
import picocli.CommandLine;

/**
 * Failures while a command runs: an {@link InputError} is the user's (its message, exit 2); any
 * other exception is ours (one line, never a stack trace, exit 3).
 */
final class InternalFailure implements CommandLine.IExecutionExceptionHandler {
    static final int EXIT = 3;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        if (ex instanceof InputError) {
            cl.getErr().println("zhonghe: " + ex.getMessage());
            return UsageFailure.EXIT;
        }
        return report(ex, cl.getErr());
    }

    /** One line on {@code err} (the stack trace too when {@code ZHONGHE_DEBUG} is set); returns {@link #EXIT}. */
    static int report(Throwable t, java.io.PrintStream err) {
        return report(t, new java.io.PrintWriter(err, true));
    }

    static int report(Throwable t, java.io.PrintWriter err) {
        try {
            String detail = t.getMessage() == null ? t.getClass().getSimpleName()
                    : t.getClass().getSimpleName() + ": " + t.getMessage();
            err.println("zhonghe: internal failure / 内部错误: " + TerminalText.clean(detail.lines().findFirst().orElse("")));
            if (System.getenv("ZHONGHE_DEBUG") != null) t.printStackTrace(err);
            err.flush();
        } catch (Throwable ignored) {
            // nothing more can be told (out of memory while telling it): the exit status says it
        }
        return EXIT;
    }
}
