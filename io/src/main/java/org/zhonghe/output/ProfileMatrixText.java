package org.zhonghe.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhonghe.Concept;
import org.zhonghe.Messages;
import org.zhonghe.rules.ClaimResult;
import org.zhonghe.rules.ConceptVerdict;
import org.zhonghe.rules.Effect;
import org.zhonghe.rules.Evaluation;
import org.zhonghe.rules.Finding;
import org.zhonghe.rules.FindingCode;
import org.zhonghe.rules.Verdict;

/**
 * The profile matrix for a person: the claim under every profile (verdict, net, the findings
 * that decide), and the verdict of every concept under every profile.
 */
public final class ProfileMatrixText {
    private final Messages m;
    private final Ansi ansi;

    public ProfileMatrixText(Messages messages, Ansi ansi) {
        this.m = messages;
        this.ansi = ansi;
    }

    public void print(Map<String, ClaimResult> byProfile, String ownProfile, PrintWriter out) {
        Evaluation any = byProfile.values().iterator().next().claimed();
        out.println(ansi.bold(m.get("text.profileMatrix", m.get("concept." + any.rule().concept().id() + ".name"))));
        TextTable t = new TextTable(m.get("text.col.profile"), m.get("text.col.verdict"), m.get("text.col.net"),
                m.get("text.col.decisive"));
        for (Map.Entry<String, ClaimResult> e : byProfile.entrySet()) {
            Evaluation ev = e.getValue().claimed();
            String mark = e.getKey().equals(ownProfile) ? "  ← " + m.get("text.ownProfile") : "";
            t.row(e.getKey(), ansi.verdict(ev.verdict(), m.get("verdict." + ev.verdict())),
                    Texts.grouped(ev.totals().net()), decisive(ev) + mark);
        }
        t.print(out, "  ");
        out.println();
        out.println(ansi.bold(m.get("text.profileConceptGrid")));
        List<String> header = new ArrayList<>(List.of(m.get("text.col.profile")));
        for (Concept c : Concept.values()) header.add(c.id());
        TextTable grid = new TextTable(header.toArray(String[]::new));
        for (Map.Entry<String, ClaimResult> e : byProfile.entrySet()) {
            List<String> row = new ArrayList<>(List.of(e.getKey()));
            for (ConceptVerdict c : e.getValue().concepts()) {
                row.add(ansi.verdict(c.verdict(), m.get("verdict.short." + c.verdict())));
            }
            grid.row(row.toArray(String[]::new));
        }
        grid.print(out, "  ");
    }

    /** The codes that decide or qualify the verdict: errors, warnings, and a redefined concept. */
    private static String decisive(Evaluation ev) {
        List<String> codes = new ArrayList<>();
        for (Finding f : ev.findings()) {
            if (f.effect() != Effect.NONE || f.code() == FindingCode.CONCEPT_REDEFINED
                    || f.code() == FindingCode.NOT_YET_APPLICABLE || f.severity() == org.zhonghe.rules.Severity.WARNING) {
                codes.add(f.code().name());
            }
        }
        return codes.isEmpty() ? "—" : String.join(", ", codes);
    }
}
