package org.zhonghe.cli;

import picocli.CommandLine;

/** An unexpected failure: one line on standard error, never a stack trace, exit status 3. */
final class InternalFailure implements CommandLine.IExecutionExceptionHandler {
    static final int EXIT = 3;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        String detail = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        cl.getErr().println("zhonghe: internal failure / 内部错误: " + detail);
        if (System.getenv("ZHONGHE_DEBUG") != null) {
            ex.printStackTrace(cl.getErr());
        }
        return EXIT;
    }
}
