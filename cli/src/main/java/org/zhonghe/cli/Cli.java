package org.zhonghe.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.zhonghe.cli.targets.TargetsCommand;
import org.zhonghe.cli.targets.TrajectoryCommand;
import picocli.CommandLine;

/** Builds the command line: every subcommand is registered here, one line each. */
public final class Cli {
    /** Subcommands by name (keep one per line, alphabetical); the name is the one in its {@code @Command}. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("audit", AuditCommand::new);
        SUBCOMMANDS.put("batch", BatchCommand::new);
        SUBCOMMANDS.put("check", CheckCommand::new);
        SUBCOMMANDS.put("concepts", ConceptsCommand::new);
        SUBCOMMANDS.put("generate", GenerateCommand::new);
        SUBCOMMANDS.put("gwp", GwpCommand::new);
        SUBCOMMANDS.put("inventory", InventoryCommand::new);
        SUBCOMMANDS.put("profiles", ProfilesCommand::new);
        SUBCOMMANDS.put("registry", org.zhonghe.cli.registry.RegistryCommand::new);
        SUBCOMMANDS.put("serve", ServeCommand::new);
        SUBCOMMANDS.put("report", ReportCommand::new);
        SUBCOMMANDS.put("spark", SparkCommand::new);
        SUBCOMMANDS.put("targets", TargetsCommand::new);
        SUBCOMMANDS.put("trajectory", TrajectoryCommand::new);
    }

    private Cli() {}

    /** A fresh command line with every subcommand and the exit-status handlers; tests set its out and err. */
    public static CommandLine commandLine() {
        return build(SUBCOMMANDS.keySet().toArray(new String[0]));
    }

    /**
     * The command line for {@code args}: when they start with a subcommand's name, only that
     * subcommand is registered — picocli reads the annotations of every command it registers,
     * which loads their classes (the web server's, the report's), time a batch run need not spend.
     */
    public static CommandLine commandLine(String[] args) {
        if (args.length > 0 && SUBCOMMANDS.containsKey(args[0])) return build(args[0]);
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) return build(); // no subcommand to read
        return commandLine();
    }

    private static CommandLine build(String... names) {
        CommandLine cl = new CommandLine(new Zhonghe());
        for (String name : names) {
            CommandLine sub = new CommandLine(SUBCOMMANDS.get(name).get());
            if (!sub.getCommandName().equals(name)) throw new IllegalStateException("registered as " + name + ": " + sub.getCommandName());
            // every command's --version prints the one release (its own annotation may not name the provider)
            sub.getCommandSpec().versionProvider(new Version());
            cl.addSubcommand(name, sub);
        }
        return withHandlers(cl);
    }

    /** {@code cl} with the exit-status handlers of every command (2 for the user's errors, 3 for ours). */
    static CommandLine withHandlers(CommandLine cl) {
        cl.setExecutionExceptionHandler(new InternalFailure());
        cl.setParameterExceptionHandler(new UsageFailure());
        return cl;
    }
}
