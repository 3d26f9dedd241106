package org.zhonghe.cli.registry;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.zhonghe.cli.LanguageOption;
import org.zhonghe.cli.OutputFormat;
import org.zhonghe.registry.RegistryMessages;
import org.zhonghe.registry.RegistryRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code zhonghe registry search --beneficiary NAME --registry-data DIR}: the retirements made for someone. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"The retirements and cancellations made for NAME (case, punctuation and legal forms ignored); exit 1 when none.",
                "列出为 NAME 注销或取消的记录（忽略大小写、标点和公司类型）；找不到时退出码为 1。"})
public final class RegistrySearchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin LanguageOption language;
    @Option(names = "--beneficiary", required = true, paramLabel = "NAME", description = "the beneficiary's name, e.g. 'Salesforce'")
    String name;
    @Option(names = "--registry-data", paramLabel = "DIR",
            description = "a folder of registry folders (verra/, gold-standard/ …) or one registry's folder; "
                    + "without it, the registry data imported into the store (--db, --data-dir)")
    Path dir;
    @Mixin StoreOption store;
    @Option(names = "--format", defaultValue = "text", converter = OutputFormat.Converter.class,
            completionCandidates = OutputFormat.Candidates.class, description = "text or json.")
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
        RegistryMessages m = RegistryMessages.of(language.locale());
        PrintWriter out = spec.commandLine().getOut();
        try (RecordsIn in = RecordsIn.open(dir, store, m, spec.commandLine().getErr())) {
            List<RegistryRecord> found = in.forBeneficiary(name);
            return RecordListing.print(found, format, m, out, m.get("registry.search.none", name));
        }
    }
}
