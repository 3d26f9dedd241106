package org.zhonghe.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.zhonghe.DecimalText;
import org.zhonghe.Decimals;
import org.zhonghe.Gas;
import org.zhonghe.GwpTable;
import org.zhonghe.MassUnit;
import org.zhonghe.Messages;
import org.zhonghe.Metric;
import org.zhonghe.output.GwpJson;
import org.zhonghe.output.ResultJson;
import org.zhonghe.output.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code zhonghe gwp convert|list}: the bundled GWP table (rules.md §8). */
@Command(name = "gwp", mixinStandardHelpOptions = true,
        description = {"Global warming potentials: convert a mass of gas to CO2e, or list the table.",
                "全球增温潜势：把气体质量折算为二氧化碳当量，或列出 GWP 表。"},
        subcommands = {GwpCommand.Convert.class, GwpCommand.ListTable.class})
final class GwpCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    enum Format { text, json }

    static Metric metric(String id, Messages m) {
        return Metric.fromId(id).orElseThrow(() -> new InputError(m.get("cli.metric.unknown", id, Metric.ids())));
    }

    @Command(name = "convert", mixinStandardHelpOptions = true,
            description = {"Convert AMOUNT UNIT of GAS to t CO2e.", "把气体质量折算为 t CO2e。"})
    static final class Convert implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Mixin LanguageOption language;
        @Parameters(index = "0", paramLabel = "AMOUNT", description = "a decimal number, e.g. 1.5") String amount;
        @Parameters(index = "1", paramLabel = "UNIT", description = "g|kg|t|kt|Mt|Gt") String unit;
        @Parameters(index = "2", paramLabel = "GAS", description = "CO2, CH4, N2O, HFC-134a, SF6 …") String gas;
        @Option(names = "--metric", defaultValue = "AR5-GWP100", description = "GWP metric (default AR5-GWP100).") String metricId;
        @Option(names = "--format", defaultValue = "text", description = "text or json.") Format format;

        @Override
        public Integer call() throws Exception {
            Messages m = Messages.of(language.locale());
            Metric metric = metric(metricId, m);
            BigDecimal value = DecimalText.read(amount).toOptional()
                    .orElseThrow(() -> new InputError(m.get("cli.amount.invalid", DecimalText.abbreviate(amount))));
            MassUnit u = MassUnit.fromSymbol(unit).orElseThrow(() -> new InputError(m.get("cli.unit.unknown", unit, MassUnit.symbols())));
            GwpTable table = GwpTable.bundled();
            Gas g = table.resolve(gas).orElseThrow(() -> new InputError(table.suggest(gas)
                    .map(s -> m.get("cli.gas.unknownSuggest", gas, s)).orElseGet(() -> m.get("cli.gas.unknown", gas, metric.id()))));
            BigDecimal factor = table.factor(g, metric)
                    .orElseThrow(() -> new InputError(m.get("problem.gas.noValue", g.id(), metric.id())));
            BigDecimal co2e = u.toTonnes(value).multiply(factor);
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.json) {
                ObjectNode n = ResultJson.mapper().createObjectNode();
                n.put("gas", g.id());
                n.put("metric", metric.id());
                n.put("amount", Decimals.plain(value));
                n.put("unit", u.symbol());
                n.put("factor", Decimals.plain(factor));
                n.put("co2e", Decimals.plain(co2e));
                out.println(ResultJson.mapper().writeValueAsString(n));
            } else {
                out.println(m.get("cli.gwp.converted", Decimals.grouped(value), u.symbol(), g.id(), Decimals.grouped(co2e),
                        metric.id(), Decimals.plain(factor)));
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"The GWP table with its sources and licences.", "GWP 表及其来源和许可。"})
    static final class ListTable implements Callable<Integer> {
        private static final List<Metric> COMPACT = List.of(Metric.AR4_GWP100, Metric.AR5_GWP100, Metric.AR6_GWP100,
                Metric.AR5_GWP20, Metric.AR6_GWP20);
        @Spec CommandSpec spec;
        @Mixin LanguageOption language;
        @Option(names = "--metric", description = "One metric only (default: the main 100- and 20-year metrics in text, all in JSON).")
        String metricId;
        @Option(names = "--format", defaultValue = "text", description = "text or json.") Format format;

        @Override
        public Integer call() throws Exception {
            Messages m = Messages.of(language.locale());
            List<Metric> metrics = metricId != null ? List.of(metric(metricId, m))
                    : format == Format.json ? List.of(Metric.values()) : COMPACT;
            PrintWriter out = spec.commandLine().getOut();
            Map<String, Map<Metric, BigDecimal>> rows = GwpTable.bundled().rows();
            if (format == Format.json) {
                out.println(ResultJson.mapper().writeValueAsString(GwpJson.table(metrics, m.get("cli.gwp.licence"))));
                return 0;
            }
            String[] header = new String[metrics.size() + 2];
            header[0] = m.get("cli.gwp.gas");
            header[1] = m.get("cli.gwp.family");
            for (int i = 0; i < metrics.size(); i++) header[i + 2] = metrics.get(i).id();
            TextTable t = new TextTable(header);
            for (String species : rows.keySet()) {
                String[] cells = new String[header.length];
                cells[0] = species;
                cells[1] = Gas.of(species).family().name();
                for (int i = 0; i < metrics.size(); i++) {
                    cells[i + 2] = GwpTable.bundled().factor(Gas.of(species), metrics.get(i))
                            .map(Decimals::plain).orElse("—");
                }
                t.row(cells);
            }
            out.println(m.get("cli.gwp.unit"));
            t.print(out, "");
            out.println();
            for (Metric x : metrics) out.println(x.id() + ": " + x.source());
            out.println(m.get("cli.gwp.licence"));
            return 0;
        }
    }
}
