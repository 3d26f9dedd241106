package org.zhonghe.cli.targets;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.zhonghe.targets.Parsed;
import org.zhonghe.assessment.Problem;
import org.zhonghe.targets.SnapshotComparison;
import org.zhonghe.targets.TargetCategory;
import org.zhonghe.targets.TargetChange;
import org.zhonghe.targets.TargetEntry;
import org.zhonghe.targets.TargetSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code zhonghe targets compare A B}: who changed category, target year or status between two snapshots or files. */
@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = org.zhonghe.cli.Version.class,
        description = {"Compares two snapshots or files (e.g. 2022-01 and a new Net Zero Tracker export).",
                "比较两个快照或文件（如 2022-01 与新的 Net Zero Tracker 导出文件）。"})
final class TargetsCompareCommand extends TargetsCommandBase {
    @Parameters(index = "0", paramLabel = "A", description = "The older snapshot id or file. 较早的快照或文件。")
    String older;

    @Parameters(index = "1", paramLabel = "B", description = "The newer snapshot id or file. 较新的快照或文件。")
    String newer;

    @Override
    int run() {
        Parsed<TargetSnapshot> a = Snapshots.open(older);
        Parsed<TargetSnapshot> b = Snapshots.open(newer);
        if (!a.isValid() || !b.isValid()) {
            List<Problem> problems = new ArrayList<>(a.problems());
            problems.addAll(b.problems());
            return invalid(problems);
        }
        SnapshotComparison cmp = SnapshotComparison.of(a.value(), b.value());
        switch (format) {
            case JSON -> printJson(json(cmp));
            case CSV -> printCsv(csv(cmp));
            case TEXT -> text(cmp);
        }
        return OK;
    }

    private ObjectNode json(SnapshotComparison cmp) {
        ObjectNode root = JSON.createObjectNode();
        root.put("from", cmp.before());
        root.put("to", cmp.after());
        ArrayNode changes = root.putArray("changes");
        for (TargetChange c : cmp.changes()) {
            ObjectNode node = changes.addObject().put("code", c.code());
            node.putObject("name").put("zh", c.name().zh()).put("en", c.name().en());
            node.put("field", c.field().id());
            node.put("from", c.before().isEmpty() ? null : c.before());
            node.put("to", c.after().isEmpty() ? null : c.after());
        }
        entries(root.putArray("added"), cmp.added());
        entries(root.putArray("removed"), cmp.removed());
        root.put("unchanged", cmp.unchanged());
        return root;
    }

    private static void entries(ArrayNode array, List<TargetEntry> entries) {
        for (TargetEntry e : entries) {
            ObjectNode node = array.addObject().put("code", e.code());
            node.putObject("name").put("zh", e.name().zh()).put("en", e.name().en());
            node.put("category", e.findCategory().map(TargetCategory::id).orElse(null));
        }
    }

    private List<List<?>> csv(SnapshotComparison cmp) {
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of("code", "name_zh", "name_en", "field", "from", "to"));
        for (TargetChange c : cmp.changes()) {
            rows.add(List.of(c.code(), c.name().zh(), c.name().en(), c.field().id(), c.before(), c.after()));
        }
        for (TargetEntry e : cmp.added()) {
            rows.add(List.of(e.code(), e.name().zh(), e.name().en(), "added", "", categoryId(e)));
        }
        for (TargetEntry e : cmp.removed()) {
            rows.add(List.of(e.code(), e.name().zh(), e.name().en(), "removed", categoryId(e), ""));
        }
        return rows;
    }

    private void text(SnapshotComparison cmp) {
        out().println(text("compare.title", cmp.before(), cmp.after()));
        TextTable table = new TextTable().row(text("column.code"), text("column.name"), text("column.field"),
                text("column.from"), text("column.to"));
        for (TargetChange c : cmp.changes()) {
            table.row(c.code(), c.name().in(locale()), text("field." + c.field().id()),
                    display(c.field(), c.before()), display(c.field(), c.after()));
        }
        for (TargetEntry e : cmp.added()) {
            table.row(e.code(), e.name().in(locale()), text("compare.added"), "", display(TargetChange.Field.CATEGORY, categoryId(e)));
        }
        for (TargetEntry e : cmp.removed()) {
            table.row(e.code(), e.name().in(locale()), text("compare.removed"), display(TargetChange.Field.CATEGORY, categoryId(e)), "");
        }
        table.print(out());
        out().println(text("compare.summary", cmp.changes().size(), cmp.added().size(), cmp.removed().size(),
                cmp.unchanged()));
    }

    private String display(TargetChange.Field field, String value) {
        if (value.isEmpty()) {
            return field == TargetChange.Field.CATEGORY ? text("stats.unclassified") : "";
        }
        return switch (field) {
            case CATEGORY -> text("category." + value);
            case STATUS -> text("status." + value);
            case TARGET_YEAR -> value;
        };
    }

    private static String categoryId(TargetEntry e) {
        return e.findCategory().map(TargetCategory::id).orElse("");
    }
}
