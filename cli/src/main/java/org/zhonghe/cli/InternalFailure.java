package org.zhonghe.cli;

import org.zhonghe.output.TerminalText;
import picocli.CommandLine;

/**
 * Failures while a command runs: an {@link InputError} is the user's (its message, exit 2); any
 * other exception is ours (one line, never a stack trace, exit 3).
 */
final class InternalFailure implements CommandLine.IExecutionExceptionHandler {
    static final int EXIT = 3;
    /** What to do when the heap ran out, in both languages (a second line after the failure's). */
    static final String OUT_OF_MEMORY = "zhonghe: out of memory / 内存不足: run with a larger Java heap"
            + " (ZHONGHE_JAVA_OPTS=-Xmx4g …); batch keeps less in memory with a smaller --pass-mb"
            + " / 请增大 Java 堆（ZHONGHE_JAVA_OPTS=-Xmx4g …）；batch 可用更小的 --pass-mb 分批读取";

    /** Whether {@code t} or one of its causes is an {@link OutOfMemoryError}. */
    static boolean outOfMemory(Throwable t) {
        Throwable c = t;
        for (int depth = 0; c != null && depth < 32; depth++, c = c.getCause()) {
            if (c instanceof OutOfMemoryError) return true;
        }
        return false;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        if (ex instanceof InputError) {
            cl.getErr().println("zhonghe: " + ex.getMessage());
            return UsageFailure.EXIT;
        }
        return report(ex, cl.getErr());
    }

    /**
     * One line on {@code err}, and what to do when the heap ran out (the stack trace too when
     * {@code ZHONGHE_DEBUG} is set); returns {@link #EXIT}.
     */
    static int report(Throwable t, java.io.PrintStream err) {
        return report(t, new java.io.PrintWriter(err, true));
    }

    static int report(Throwable t, java.io.PrintWriter err) {
        try {
            String detail = t.getMessage() == null ? t.getClass().getSimpleName()
                    : t.getClass().getSimpleName() + ": " + t.getMessage();
            err.println("zhonghe: internal failure / 内部错误: " + TerminalText.clean(detail.lines().findFirst().orElse("")));
            if (outOfMemory(t)) err.println(OUT_OF_MEMORY);
            if (System.getenv("ZHONGHE_DEBUG") != null) t.printStackTrace(err);
            err.flush();
        } catch (Throwable ignored) {
            // nothing more can be told (out of memory while telling it): the exit status says it
        }
        return EXIT;
    }
}
