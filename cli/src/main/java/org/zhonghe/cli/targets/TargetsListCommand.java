package org.zhonghe.cli.targets;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.zhonghe.targets.Parsed;
import org.zhonghe.targets.TargetCategory;
import org.zhonghe.targets.TargetEntry;
import org.zhonghe.targets.TargetSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code zhonghe targets list}: the entries of a snapshot, optionally of one category. */
@Command(name = "list", mixinStandardHelpOptions = true, versionProvider = org.zhonghe.cli.Version.class,
        description = {"Lists the parties and their targets; --format csv prints a registry file.",
                "列出各方及其目标；--format csv 输出登记表文件。"})
final class TargetsListCommand extends TargetsCommandBase {
    @Mixin
    SnapshotOptions source;

    @Option(names = "--category", paramLabel = "C",
            description = "Only this category: net-zero, zero-carbon, carbon-neutral, climate-neutral, "
                    + "baseline-reduction, absolute-reduction, intensity-reduction, other, none, unclassified. 仅列此类别。")
    String category;

    @Override
    int run() {
        boolean unclassified = "unclassified".equalsIgnoreCase(category);
        TargetCategory wanted = category == null || unclassified ? null : TargetCategory.fromId(category).orElse(null);
        if (category != null && !unclassified && wanted == null) {
            return usage(text("usage.unknown-category", category, TargetCategory.ids() + ", unclassified"));
        }
        Parsed<TargetSnapshot> snapshot = Snapshots.open(source.chosen());
        if (!snapshot.isValid()) {
            return invalid(snapshot.problems());
        }
        List<TargetEntry> entries = snapshot.value().entries().stream()
                .filter(e -> category == null || e.category() == wanted).toList();
        switch (format) {
            case JSON -> {
                ObjectNode root = JSON.createObjectNode();
                root.put("snapshot", snapshot.value().id());
                root.put("count", entries.size());
                ArrayNode array = root.putArray("entries");
                entries.forEach(e -> array.add(EntryJson.of(e)));
                printJson(root);
            }
            case CSV -> {
                List<List<?>> rows = new ArrayList<>();
                rows.add(EntryJson.CSV_HEADER);
                entries.forEach(e -> rows.add(EntryJson.csvRow(e)));
                printCsv(rows);
            }
            case TEXT -> {
                TextTable table = new TextTable(false, false, false, true)
                        .row(text("column.code"), text("column.name"), text("column.category"), text("column.year"));
                for (TargetEntry e : entries) {
                    table.row(e.code(), e.name().in(locale()), categoryName(e), e.targetYear());
                }
                table.print(out());
                out().println(text("list.count", entries.size(), snapshot.value().id()));
            }
        }
        return OK;
    }

    private String categoryName(TargetEntry e) {
        return e.findCategory().map(c -> text("category." + c.id())).orElse(text("stats.unclassified"));
    }
}
