package org.zhonghe.cli.targets;

import java.util.List;
import java.util.Optional;
import org.zhonghe.targets.LocalizedText;
import org.zhonghe.targets.Parsed;
import org.zhonghe.targets.TargetEntry;
import org.zhonghe.targets.TargetSnapshot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code zhonghe targets show CODE}: one party's target with Table 2's and §3.1's detail. */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = org.zhonghe.cli.Version.class,
        description = {"Shows one party: category, year, gases, status, credits, notes.",
                "显示一方的目标：类别、年份、气体、状态、碳信用、说明。"})
final class TargetsShowCommand extends TargetsCommandBase {
    @Mixin
    SnapshotOptions source;

    @Parameters(paramLabel = "CODE", description = "ISO 3166-1 alpha-3 code (EU: EUU), or the Chinese or English name. 代码或名称。")
    String code;

    @Override
    int run() {
        Parsed<TargetSnapshot> snapshot = Snapshots.open(source.chosen());
        if (!snapshot.isValid()) {
            return invalid(snapshot.problems());
        }
        Optional<TargetEntry> found = snapshot.value().find(code);
        if (found.isEmpty()) {
            return usage(text("usage.unknown-code", code, snapshot.value().id()));
        }
        TargetEntry e = found.get();
        switch (format) {
            case JSON -> printJson(EntryJson.of(e));
            case CSV -> printCsv(List.of(EntryJson.CSV_HEADER, EntryJson.csvRow(e)));
            case TEXT -> {
                TextTable table = new TextTable();
                table.row(text("column.code"), e.code());
                table.row(text("column.name"), e.name().zh() + " / " + e.name().en());
                table.row(text("column.category"),
                        e.findCategory().map(c -> text("category." + c.id())).orElse(text("stats.unclassified")));
                table.row(text("column.year"), e.targetYear() == null ? text("value.not-given") : e.targetYear());
                table.row(text("column.wording"), orNotGiven(e.wording()));
                table.row(text("column.status"), e.status() == null ? text("value.not-given")
                        : text("status." + e.status().id()));
                table.row(text("column.gases"), e.gases() == null ? text("value.not-given")
                        : text("gases." + e.gases().id()));
                table.row(text("column.interim"), orNotGiven(e.interim()));
                table.row(text("column.credits"), orNotGiven(e.credits()));
                if (!e.scopes().isEmpty()) {
                    table.row(text("column.scopes"), e.scopes().in(locale()));
                }
                if (!e.removals().isEmpty()) {
                    table.row(text("column.removals"), e.removals().in(locale()));
                }
                table.row(text("column.notes"), orNotGiven(e.notes()));
                table.print(out());
            }
        }
        return OK;
    }

    private String orNotGiven(LocalizedText t) {
        return t.isEmpty() ? text("value.not-given") : t.in(locale());
    }
}
