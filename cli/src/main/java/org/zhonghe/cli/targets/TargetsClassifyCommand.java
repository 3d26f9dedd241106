package org.zhonghe.cli.targets;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.zhonghe.targets.StatementClassification;
import org.zhonghe.targets.StatementClassifier;
import org.zhonghe.targets.StatementFinding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code zhonghe targets classify "TEXT"}: the wording, year, gases and peak of a target statement, and its misuses. */
@Command(name = "classify", mixinStandardHelpOptions = true, versionProvider = org.zhonghe.cli.Version.class,
        description = {"Classifies a target statement (Chinese or English) and flags misused terms (§3.1, §4.3).",
                "对目标表述（中文或英文）分类，并指出术语误用（§3.1、§4.3）。"})
final class TargetsClassifyCommand extends TargetsCommandBase {
    @Parameters(paramLabel = "TEXT", description = "The statement, in quotes. 目标表述（加引号）。")
    String statement;

    @Override
    int run() {
        StatementClassification c = StatementClassifier.classify(statement);
        switch (format) {
            case JSON -> {
                ObjectNode root = JSON.createObjectNode();
                root.put("category", c.category().id());
                root.put("targetYear", c.targetYear());
                root.put("gases", c.gases() == null ? null : c.gases().id());
                if (c.peakYear() != null) {
                    root.put("peakYear", c.peakYear());
                }
                if (c.conditional()) {
                    root.put("conditional", true);
                }
                ArrayNode findings = root.putArray("findings");
                for (StatementFinding f : c.findings()) {
                    findings.addObject().put("code", f.name()).put("message", text("finding." + f.name()));
                }
                printJson(root);
            }
            case CSV -> printCsv(List.of(List.of("category", "targetYear", "gases", "peakYear", "findings"),
                    List.of(c.category().id(), c.targetYear() == null ? "" : c.targetYear(),
                            c.gases() == null ? "" : c.gases().id(), c.peakYear() == null ? "" : c.peakYear(),
                            String.join(";", c.findings().stream().map(Enum::name).toList()))));
            case TEXT -> {
                TextTable table = new TextTable();
                table.row(text("column.category"), text("category." + c.category().id()));
                table.row(text("column.year"), c.targetYear() == null ? text("value.not-given") : c.targetYear());
                table.row(text("column.gases"), c.gases() == null ? text("value.not-given") : text("gases." + c.gases().id()));
                table.row(text("column.peak-year"), c.peakYear() == null ? text("value.not-given") : c.peakYear());
                table.print(out());
                for (StatementFinding f : c.findings()) {
                    out().println(f.name() + ": " + text("finding." + f.name()));
                }
            }
        }
        return OK;
    }
}
