package org.zhonghe.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhonghe.Concept;
import org.zhonghe.Messages;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.rules.ClaimResult;
import org.zhonghe.rules.ConceptRule;
import org.zhonghe.rules.ConceptVerdict;
import org.zhonghe.rules.Evaluation;
import org.zhonghe.rules.Finding;
import org.zhonghe.rules.RecordResult;
import org.zhonghe.rules.RecordStatus;
import org.zhonghe.rules.Verdict;

/**
 * The result for a person: the verdict line, the balance, the concept matrix, the records not
 * counted (or all of them) with their reasons, and the findings; aligned, in zh or en.
 */
public final class ResultText {
    private static final int WIDTH = 100;
    private final Messages m;
    private final Ansi ansi;

    public ResultText(Messages messages, Ansi ansi) {
        this.m = messages;
        this.ansi = ansi;
    }

    public void print(Assessment a, ClaimResult result, boolean allRecords, PrintWriter out) {
        print(a, result, allRecords, null, out);
    }

    /**
     * Prints the result with the {@code streamed} records (may be null) first among the records,
     * as {@link #print(Assessment, ClaimResult, boolean, PrintWriter)} prints a result that holds
     * them all; they are read twice, to measure the table and to print it.
     */
    public void print(Assessment a, ClaimResult result, boolean allRecords, StreamedRecords streamed, PrintWriter out) {
        Evaluation e = result.claimed();
        String unit = e.rule().gases() == Concept.Gases.CO2 ? "t CO2" : "t CO2e";
        String name = a.entity().name() == null ? "" : " (" + a.entity().name() + ")";
        out.println(ansi.bold(TerminalText.clean(m.get("text.title", conceptName(e.rule().concept()), a.entity().id() + name,
                m.get("text.entityType." + a.entity().type().id()), a.period().from(), a.period().to()))));
        String level = e.level() == null ? "" : " · " + m.get("text.level", String.valueOf(e.level()));
        out.println(m.get("text.profileLine", e.profile(), e.metric().id()) + level);
        out.println();
        var info = org.zhonghe.profiles.Profiles.byId(e.profile()).map(p -> p.info()).orElse(null);
        boolean indicative = info != null && info.indicative();
        out.println(ansi.verdict(e.verdict(), "■ " + m.get("verdict." + e.verdict())
                + (indicative ? " (" + m.get("profile.indicative") + ")" : "")) + "  "
                + TerminalText.clean(ResultJson.verdictLine(a, result, m)));
        if (indicative) {
            for (String l : Texts.wrap(m.get("profile.indicative.note", info.standard()), Texts.paragraphWidth(92, 2))) out.println("  " + l);
        }
        out.println();
        balance(e, unit, out);
        out.println();
        matrix(result, out);
        out.println();
        if (streamed == null) records(e, allRecords, out); else records(e, allRecords, streamed, out);
        if (allRecords) InventoryOutput.print(a.inventory(), m, ansi, out);
        findings(e, out);
    }

    private void balance(Evaluation e, String unit, PrintWriter out) {
        out.println(ansi.bold(m.get("text.balance", unit)));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"  " + m.get("text.emissions"), Texts.grouped(e.totals().emissions())});
        rows.add(new String[] {"− " + m.get("text.removals"), Texts.grouped(e.totals().removals())});
        rows.add(new String[] {"− " + m.get("text.credits"), Texts.grouped(e.totals().credits())});
        if (e.rule().otherEffectsCounted()) {
            rows.add(new String[] {"+ " + m.get("text.otherEffects"), Texts.grouped(e.totals().otherEffects())});
        }
        rows.add(new String[] {"= " + m.get("text.net"), Texts.grouped(e.totals().net())});
        int left = rows.stream().mapToInt(r -> Texts.width(r[0])).max().orElse(0) + 2;
        int right = rows.stream().mapToInt(r -> Texts.width(r[1])).max().orElse(0);
        for (String[] r : rows) out.println("  " + Texts.padRight(r[0], left) + Texts.padLeft(r[1], right));
        out.println("  " + ansi.dim(m.get("text.reported", Texts.grouped(e.reported().biogenicCO2()),
                Texts.grouped(e.reported().reductions()), Texts.grouped(e.reported().montrealGases()))));
    }

    private void matrix(ClaimResult result, PrintWriter out) {
        out.println(ansi.bold(m.get("text.matrix")));
        Concept claimed = result.claimed().rule().concept();
        TextTable t = new TextTable(m.get("text.col.concept"), m.get("text.col.gases"), m.get("text.col.reach"),
                m.get("text.col.offsets"), m.get("text.col.verdict"));
        for (ConceptVerdict c : result.concepts()) {
            ConceptRule rule = c.rule();
            String mark = rule.concept() == claimed ? "  ← " + m.get("text.claimed") : "";
            t.row(rule.concept().id() + " " + conceptName(rule.concept()), m.get("concept.gases." + rule.gases()),
                    m.get("concept.reach." + rule.reach()), m.get("concept.credits." + rule.creditsAdmitted()),
                    ansi.verdict(c.verdict(), m.get("verdict." + c.verdict())) + mark);
        }
        t.print(out, "  ");
    }

    private void records(Evaluation e, boolean all, PrintWriter out) {
        List<RecordResult> shown = e.records().stream()
                .filter(r -> all || !(r.status() == RecordStatus.COUNTED || r.status() == RecordStatus.REPORTED))
                .toList();
        long notCounted = e.records().stream().filter(r -> r.status() == RecordStatus.EXCLUDED
                || r.status() == RecordStatus.REJECTED || r.status() == RecordStatus.PARTIAL).count();
        out.println(ansi.bold(m.get(all ? "text.recordsAll" : "text.recordsNotCounted",
                String.valueOf(e.records().size()), String.valueOf(notCounted))));
        if (shown.isEmpty()) {
            out.println("  " + m.get("text.noneExcluded"));
            out.println();
            return;
        }
        TextTable t = new TextTable(m.get("text.col.section"), m.get("text.col.id"), m.get("text.col.status"),
                m.get("text.col.counted"), m.get("text.col.reason"));
        for (RecordResult r : shown) {
            t.row(m.get("section." + r.section().id()), TerminalText.clean(r.id()), m.get("status." + r.status()),
                    r.counted() == null ? "—" : Texts.grouped(r.counted()), r.reason() == null ? "" : r.reason().name());
            if (r.reason() != null) t.note(TerminalText.clean(m.get(r.messageKey(), r.args())));
        }
        t.print(out, "  ");
        out.println();
    }

    private void records(Evaluation e, boolean all, StreamedRecords streamed, PrintWriter out) {
        List<RecordResult> shown = e.records().stream().filter(r -> all || isShown(r)).toList();
        long notCounted = streamed.notCounted() + e.records().stream().filter(r -> r.status() == RecordStatus.EXCLUDED
                || r.status() == RecordStatus.REJECTED || r.status() == RecordStatus.PARTIAL).count();
        out.println(ansi.bold(m.get(all ? "text.recordsAll" : "text.recordsNotCounted",
                String.valueOf(streamed.size() + e.records().size()), String.valueOf(notCounted))));
        if (shown.isEmpty() && (all ? streamed.size() : streamed.notCounted()) == 0) {
            out.println("  " + m.get("text.noneExcluded"));
            out.println();
            return;
        }
        TextTable t = new TextTable(m.get("text.col.section"), m.get("text.col.id"), m.get("text.col.status"),
                m.get("text.col.counted"), m.get("text.col.reason"));
        streamed.forEach((x, r) -> {
            if (all || isShown(r)) t.measure(cells(r));
        });
        for (RecordResult r : shown) t.measure(cells(r));
        t.printHead(out, "  ");
        streamed.forEach((x, r) -> {
            if (all || isShown(r)) t.printRow(out, "  ", note(r), cells(r));
        });
        for (RecordResult r : shown) t.printRow(out, "  ", note(r), cells(r));
        out.println();
    }

    private static boolean isShown(RecordResult r) {
        return !(r.status() == RecordStatus.COUNTED || r.status() == RecordStatus.REPORTED);
    }

    private String[] cells(RecordResult r) {
        return new String[] {m.get("section." + r.section().id()), TerminalText.clean(r.id()), m.get("status." + r.status()),
                r.counted() == null ? "—" : Texts.grouped(r.counted()), r.reason() == null ? "" : r.reason().name()};
    }

    private String note(RecordResult r) {
        return r.reason() == null ? null : TerminalText.clean(m.get(r.messageKey(), r.args()));
    }

    private void findings(Evaluation e, PrintWriter out) {
        out.println(ansi.bold(m.get("text.findings")));
        if (e.findings().isEmpty()) {
            out.println("  " + m.get("text.noFindings"));
            return;
        }
        for (Finding f : e.findings()) {
            String head = ansi.severity(f.severity(), m.get("severity." + f.severity())) + "  " + f.code().name()
                    + (f.records().isEmpty() ? "" : "  [" + TerminalText.clean(String.join(", ", f.records())) + "]");
            out.println("  " + head);
            for (String line : Texts.wrap(TerminalText.clean(m.get(f.messageKey(), f.args())), Texts.paragraphWidth(WIDTH - 6, 6))) {
                out.println("      " + line);
            }
        }
    }

    private String conceptName(Concept c) {
        return m.get("concept." + c.id() + ".name");
    }
}
