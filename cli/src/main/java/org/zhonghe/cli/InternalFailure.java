package org.zhonghe.cli;

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
        String detail = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        cl.getErr().println("zhonghe: internal failure / 内部错误: " + detail);
        if (System.getenv("ZHONGHE_DEBUG") != null) {
            ex.printStackTrace(cl.getErr());
        }
        return EXIT;
    }
}
