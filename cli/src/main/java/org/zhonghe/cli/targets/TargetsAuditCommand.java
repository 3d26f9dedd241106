package org.zhonghe.cli.targets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.zhonghe.io.TrackerAudit;
import org.zhonghe.io.TrackerAuditJson;
import org.zhonghe.targets.AuditFinding;
import org.zhonghe.targets.AuditSummary;
import org.zhonghe.targets.AuditedEntity;
import org.zhonghe.targets.EntityType;
import org.zhonghe.targets.Parsed;
import org.zhonghe.assessment.Problem;
import org.zhonghe.targets.ProblemKind;
import org.zhonghe.targets.TargetCategory;
import org.zhonghe.io.targets.TargetRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zhonghe targets audit FILE}: every entity of a Net Zero Tracker export against the paper's tests. */
@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = org.zhonghe.cli.Version.class,
        description = {"Audits a Net Zero Tracker export (XLSX or CSV): label against wording, offsets, gases, "
                + "scope 3, misuses, self-declared achievements (§3, §4).",
                "审查 Net Zero Tracker 导出文件（XLSX 或 CSV）：标签与原文、抵消、气体、范围3、误用、自我声明的实现（§3、§4）。"})
final class TargetsAuditCommand extends TargetsCommandBase {
    @Parameters(paramLabel = "FILE", description = "The export (XLSX sheet 'Current Snapshot', or CSV), or the bundled "
            + "snapshot id 2025-11. 导出文件，或内置快照 2025-11。")
    String file;

    @Option(names = "--type", paramLabel = "country|region|city|company",
            description = "Only entities of this type. 仅审查此类主体。")
    String type;

    @Override
    int run() {
        EntityType only = null;
        if (type != null) {
            only = EntityType.fromId(type).orElse(null);
            if (only == null) {
                return usage(text("usage.unknown-type", type, EntityType.ids()));
            }
        }
        Path path = Path.of(file);
        if (!Files.isRegularFile(path) && file.equals(TargetRegistry.CURRENT)) {
            path = Snapshots.bundledExport();
        }
        if (!Files.isRegularFile(path)) {
            return invalid(List.of(ProblemKind.NOT_A_SNAPSHOT_OR_FILE.at(file, 0, "", file,
                    TargetRegistry.CURRENT)));
        }
        Parsed<TrackerAudit.Result> audit = TrackerAudit.run(path, file, only);
        if (!audit.isValid()) {
            return invalid(audit.problems());
        }
        TrackerAudit.Result result = audit.value();
        EntityType selected = only;
        switch (format) {
            case JSON -> printJson(g -> TrackerAuditJson.write(g, file, selected, result, locale()));
            case CSV -> printCsv(csv(result.entities()));
            case TEXT -> text(result, only);
        }
        return OK;
    }

    private List<List<?>> csv(List<AuditedEntity> entities) {
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of("id", "name", "entityType", "country", "label", "wording", "targetYear", "gases", "status",
                "findings"));
        for (AuditedEntity e : entities) {
            rows.add(List.of(e.id(), e.name(), e.entityType() == null ? "" : e.entityType().id(), e.country(),
                    id(e.label()), id(e.wording()), e.targetYear() == null ? "" : e.targetYear(),
                    e.gases() == null ? "" : e.gases().id(), e.status() == null ? "" : e.status().id(),
                    String.join(";", e.findings().stream().map(Enum::name).toList())));
        }
        return rows;
    }

    private void text(TrackerAudit.Result result, EntityType only) {
        AuditSummary s = result.summary();
        TextTable rows = new TextTable().row(text("column.id"), text("column.name"), text("column.type"),
                text("column.label"), text("column.wording-category"), text("column.year"), text("column.gases"),
                text("column.findings"));
        for (AuditedEntity e : result.entities()) {
            rows.row(e.id(), e.name(), e.entityType() == null ? "" : text("entity." + e.entityType().id()),
                    category(e.label()), category(e.wording()), e.targetYear(),
                    e.gases() == null ? "" : text("gases." + e.gases().id()),
                    String.join(" ", e.findings().stream().map(Enum::name).toList()));
        }
        rows.print(out());
        out().println();
        out().println(text("audit.title", file, s.rows(), s.audited()));
        TextTable agreement = new TextTable(false, true, true, true, true).row(text("audit.type"), text("audit.rows"),
                text("audit.compared"), text("audit.agreeing"), text("audit.agreement"));
        for (EntityType t : EntityType.values()) {
            if (only == null || only == t) {
                AuditSummary.Agreement a = s.agreement().get(t);
                agreement.row(text("entity." + t.id()), s.byType().get(t), a.compared(), a.agreeing(), share(a));
            }
        }
        AuditSummary.Agreement all = s.overall();
        agreement.row(text("audit.all"), s.audited(), all.compared(), all.agreeing(), share(all));
        agreement.print(out());
        out().println();
        TextTable findings = new TextTable(false, true, false).row(text("audit.finding"), text("audit.count"), "");
        for (AuditFinding f : AuditFinding.values()) {
            findings.row(f.name(), s.findings().get(f), text("audit.finding." + f.name()));
        }
        findings.print(out());
    }

    private String category(TargetCategory c) {
        return c == null ? "" : text("category." + c.id());
    }

    private static String id(TargetCategory c) {
        return c == null ? "" : c.id();
    }

    private static String share(AuditSummary.Agreement a) {
        return a.share() == null ? "" : a.share().toPlainString();
    }
}
