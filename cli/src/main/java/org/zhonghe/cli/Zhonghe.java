package org.zhonghe.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code zhonghe} command: tells whether a carbon-neutrality or net-zero claim holds. */
@Command(name = "zhonghe",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {"Tells, from the data, whether a carbon-neutrality or net-zero claim holds, under which definition, and why not.",
                "根据数据判断碳中和或净零声明是否成立、依据哪种定义、为何不成立。"},
        subcommands = {CommandLine.HelpCommand.class})
public final class Zhonghe implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the command line and returns its exit status (0 supported, 1 not supported, 2 invalid
     * input, 3 an internal failure). Whatever escapes a command — an exception or an
     * {@link Error} such as {@code StackOverflowError} or {@code OutOfMemoryError} — is one line
     * on standard error and exit 3, never 0, 1 or 2 and never a stack trace
     * ({@code ZHONGHE_DEBUG=1} prints it).
     */
    public static int run(String... args) {
        return run(() -> Cli.commandLine(args), args);
    }

    /** Runs the command line {@code build} makes, with the guarantee of {@link #run(String...)}. */
    static int run(java.util.function.Supplier<CommandLine> build, String... args) {
        CommandLine cl = null;
        try {
            cl = build.get();
            return cl.execute(args);
        } catch (Throwable t) {
            return cl == null ? InternalFailure.report(t, System.err) : InternalFailure.report(t, cl.getErr());
        }
    }
}
