package org.zhonghe.cli.targets;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.zhonghe.targets.Parsed;
import org.zhonghe.targets.TargetCategory;
import org.zhonghe.targets.TargetSnapshot;
import org.zhonghe.targets.TargetStatistics;
import org.zhonghe.targets.UnknownLabel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code zhonghe targets stats}: Table 1, the number of parties per wording of their long-term target. */
@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = org.zhonghe.cli.Version.class,
        description = {"Counts per category (Table 1); every row of a file is counted once.",
                "按类别计数（表1）；文件的每一行恰好计数一次。"})
final class TargetsStatsCommand extends TargetsCommandBase {
    @Mixin
    SnapshotOptions source;

    @Override
    int run() {
        Parsed<TargetSnapshot> snapshot = Snapshots.open(source.chosen());
        if (!snapshot.isValid()) {
            return invalid(snapshot.problems());
        }
        TargetStatistics stats = snapshot.value().statistics();
        switch (format) {
            case JSON -> printJson(json(stats));
            case CSV -> printCsv(csv(stats));
            case TEXT -> text(stats);
        }
        return OK;
    }

    private ObjectNode json(TargetStatistics stats) {
        ObjectNode root = JSON.createObjectNode();
        root.put("snapshot", stats.snapshot());
        root.put("total", stats.total());
        ObjectNode byCategory = root.putObject("byCategory");
        stats.byCategory().forEach((c, n) -> byCategory.put(c.id(), n));
        root.put("neutralityTargets", stats.neutralityTargets());
        root.put("unclassified", stats.unclassified());
        ArrayNode unknown = root.putArray("unknownLabels");
        for (UnknownLabel u : stats.unknownLabels()) {
            ObjectNode node = unknown.addObject().put("field", u.field()).put("label", u.label()).put("rows", u.rows());
            u.lines().forEach(node.putArray("lines")::add);
        }
        return root;
    }

    private List<List<?>> csv(TargetStatistics stats) {
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of("category", "count"));
        stats.byCategory().forEach((c, n) -> rows.add(List.of(c.id(), n)));
        rows.add(List.of("neutrality-targets", stats.neutralityTargets()));
        rows.add(List.of("unclassified", stats.unclassified()));
        rows.add(List.of("total", stats.total()));
        return rows;
    }

    private void text(TargetStatistics stats) {
        out().println(text("stats.title", stats.snapshot()));
        TextTable table = new TextTable(false, true).row(text("column.category"), text("column.count"));
        for (TargetCategory c : TargetCategory.values()) {
            table.row(text("category." + c.id()), stats.count(c));
            if (c == TargetCategory.CLIMATE_NEUTRAL) {
                table.row("  " + text("stats.neutrality"), stats.neutralityTargets());
            }
        }
        table.row(text("stats.unclassified"), stats.unclassified());
        table.row(text("stats.total"), stats.total());
        table.print(out());
        for (UnknownLabel u : stats.unknownLabels()) {
            String key = u.field().equals("End_target") ? "stats.unknown-label" : "stats.unknown-other-label";
            out().println(text(key, u.field(), u.label(), u.rows(), join(u.lines())));
        }
    }

    private static String join(List<Long> lines) {
        return String.join(", ", lines.stream().map(String::valueOf).toList());
    }
}
