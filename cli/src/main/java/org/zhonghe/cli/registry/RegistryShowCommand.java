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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zhonghe registry show SERIAL --registry-data DIR}: what the registries say of a serial. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"The registry records holding units of SERIAL (a sub-range matches its block); exit 1 when none.",
                "显示包含 SERIAL 单位的登记簿记录（子区间匹配其所在区块）；找不到时退出码为 1。"})
public final class RegistryShowCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin LanguageOption language;
    @Parameters(index = "0", paramLabel = "SERIAL", description = "a serial as the registry writes it, e.g. 'ACR-FR-1129-2025-2917-30932 to 35143'")
    String serial;
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
            List<RegistryRecord> found = in.source().find(serial);
            return RecordListing.print(found, format, m, out, m.get("registry.show.none", serial));
        }
    }
}
