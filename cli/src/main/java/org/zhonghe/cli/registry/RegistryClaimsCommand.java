package org.zhonghe.cli.registry;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.zhonghe.Messages;
import org.zhonghe.cli.LanguageOption;
import org.zhonghe.cli.OutputFormat;
import org.zhonghe.output.ResultJson;
import org.zhonghe.registry.CreditStatus;
import org.zhonghe.registry.MarketClaim;
import org.zhonghe.registry.MarketClaims;
import org.zhonghe.registry.RegistryRecord;
import org.zhonghe.registry.RegistryMessages;
import org.zhonghe.registry.json.ClaimJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zhonghe registry claims DIR}: the neutrality and net-zero claims the registries' retirements state. */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = {"Every retirement whose beneficiary or notes claim carbon neutrality, climate neutrality or net zero, "
                + "with the concept claimed, the credits' class and what they can rest (the concept matrix, Directive (EU) 2024/825); "
                + "totals per claimant.",
                "列出受益方或备注中声明碳中和、气候中和或净零的每条注销记录，给出所声明的概念、额度类别及其能支撑的声明（概念矩阵、欧盟指令 2024/825）；按声明方汇总。"})
public final class RegistryClaimsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin LanguageOption language;
    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "a folder of registry folders (verra/, gold-standard/ …) "
            + "or one registry's folder; without it, the registry data imported into the store (--db, --data-dir)")
    Path dir;
    @Mixin StoreOption store;
    @Option(names = "--format", defaultValue = "text", converter = OutputFormat.Converter.class,
            completionCandidates = OutputFormat.Candidates.class, description = "text, json (a list of objects) or csv.")
    OutputFormat format;

    @Override
    public Integer call() throws Exception {
        RegistryMessages m = RegistryMessages.of(language.locale());
        Messages core = Messages.of(language.locale());
        PrintWriter out = spec.commandLine().getOut();
        List<RegistryRecord> records;
        try (RecordsIn in = RecordsIn.open(dir, store, m, spec.commandLine().getErr())) {
            records = in.records();
        }
        List<MarketClaim> claims = MarketClaims.in(records);
        switch (format) {
            case JSON -> {
                ArrayNode a = ResultJson.mapper().createArrayNode();
                for (MarketClaim c : claims) a.add(ClaimJson.of(c, m, core));
                out.println(ResultJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(a));
            }
            case CSV -> ClaimCsv.print(claims, m, out);
            case TEXT -> ClaimText.print(claims, records.stream().filter(r -> r.status() == CreditStatus.RETIRED).count(),
                    m, core, org.zhonghe.output.WrappingWriter.of(out));
        }
        out.flush();
        return 0;
    }
}
