package org.zhonghe.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.zhonghe.batch.LedgerGenerator;
import org.zhonghe.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code zhonghe generate --entities N --records M --seed S DIR}: a synthetic multi-entity ledger, the same for the same seed. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write a synthetic multi-entity ledger (docs/batch.md), the same for the same seed.",
                "生成合成的多主体台账（同一种子，同一结果）。"})
final class GenerateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin LanguageOption language;
    @Parameters(paramLabel = "DIR", description = "Directory to write entities.csv, emissions.csv, removals.csv, credits.csv into.")
    Path dir;
    @Option(names = "--entities", paramLabel = "N", defaultValue = "-1", description = "Number of entities.")
    int entities;
    @Option(names = "--records", paramLabel = "M", defaultValue = "-1",
            description = "Ledger rows in all (about 90%% emissions, 6%% removals, 4%% credits).")
    long records;
    @Option(names = "--registry-export", paramLabel = "ROWS",
            description = "Instead of a ledger: a synthetic Verra export of ROWS transactions in DIR/verra (docs/registries.md).")
    Long registryRows;
    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default 1).")
    long seed;
    @Option(names = "--emissions-only", description = "Only entity,gas,amount,unit,scope emissions in five gases (the DuckDB comparison).")
    boolean emissionsOnly;

    @Override
    public Integer call() throws Exception {
        if (registryRows != null && registryRows >= 0) {
            org.zhonghe.registry.SyntheticExport.writeVerra(dir, registryRows, seed);
            spec.commandLine().getOut().println(dir.resolve("verra") + ": " + registryRows + " transactions");
            spec.commandLine().getOut().flush();
            return 0;
        }
        if (entities < 1 || records < 0) {
            spec.commandLine().getErr().println("zhonghe generate: --entities must be at least 1 and --records not negative");
            spec.commandLine().getErr().flush();
            return UsageFailure.EXIT;
        }
        if (emissionsOnly) LedgerGenerator.generateEmissions(dir, entities, records, seed);
        else LedgerGenerator.generate(dir, entities, records, seed);
        // say what was written: a silent success reads like nothing happened
        String files = emissionsOnly ? "emissions.csv" : "entities.csv, emissions.csv, removals.csv, credits.csv";
        spec.commandLine().getOut().println(Messages.of(language.locale()).get("cli.generate.done",
                String.valueOf(entities), String.valueOf(records), dir.toString(), files, String.valueOf(seed)));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
