package org.zhonghe.report;


import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhonghe.Concept;
import org.zhonghe.output.Texts;
import org.zhonghe.rules.ProfileInfo;
import org.zhonghe.profiles.Profiles;
import org.zhonghe.rules.ClaimResult;
import org.zhonghe.rules.ConceptRule;
import org.zhonghe.rules.ConceptVerdict;
import org.zhonghe.rules.Effect;
import org.zhonghe.rules.Evaluation;
import org.zhonghe.rules.Finding;
import org.zhonghe.rules.FindingCode;
import org.zhonghe.rules.Reason;
import org.zhonghe.rules.RecordResult;
import org.zhonghe.rules.Severity;
import org.zhonghe.rules.Verdict;

/** The concept and profile matrices and the methodology of a report. */
final class MatrixSections {
    private MatrixSections() {}

    static void concepts(Html h, ReportData d) {
        ClaimResult result = d.result();
        Concept claimed = result.claimed().rule().concept();
        ReportHtml.section(h, d, "concepts");
        h.el("p", d.t("report.concepts.note"), "class", "note");
        h.open("table", "class", "data matrix");
        h.head(List.of(d.t("text.col.concept"), d.t("text.col.gases"), d.t("text.col.reach"), d.t("text.col.offsets"),
                d.t("text.col.verdict")));
        h.open("tbody");
        for (ConceptVerdict c : result.concepts()) {
            ConceptRule rule = c.rule();
            boolean isClaimed = rule.concept() == claimed;
            h.open("tr", "class", isClaimed ? "claimed" : "");
            h.el("td", d.conceptName(rule.concept()) + (isClaimed ? " ← " + d.t("text.claimed") : ""));
            h.el("td", d.t("concept.gases." + rule.gases()));
            h.el("td", d.t("concept.reach." + rule.reach()));
            h.el("td", d.t("concept.credits." + rule.creditsAdmitted()));
            verdictCell(h, d, c.verdict(), false);
            h.close("tr");
        }
        h.close("tbody").close("table").close("section");
    }

    static void profiles(Html h, ReportData d) {
        ReportHtml.section(h, d, "profiles");
        h.el("p", d.t("report.profiles.note"), "class", "note");
        String own = d.assessment().claim().profile();
        List<Map.Entry<String, ClaimResult>> rows = inProfileOrder(d.profiles());
        h.open("table", "class", "data matrix");
        h.head(List.of(d.t("text.col.profile"), d.t("text.col.verdict"), d.t("text.col.net") + " (" + d.unit() + ")",
                d.t("text.col.decisive")));
        h.open("tbody");
        for (Map.Entry<String, ClaimResult> row : rows) {
            Evaluation ev = row.getValue().claimed();
            boolean isOwn = row.getKey().equals(own);
            h.open("tr", "class", isOwn ? "claimed" : "");
            h.el("td", d.t("profile." + row.getKey() + ".name") + " (" + row.getKey() + ")"
                    + (isOwn ? " ← " + d.t("report.profiles.own") : ""));
            verdictCell(h, d, ev.verdict(), false);
            h.el("td", ReportData.exact(ev.totals().net()), "class", "num");
            h.el("td", decisive(ev));
            h.close("tr");
        }
        h.close("tbody").close("table");
        h.el("h3", d.t("report.profiles.grid"));
        List<String> head = new ArrayList<>(List.of(d.t("text.col.profile")));
        for (Concept c : Concept.values()) head.add(d.conceptName(c));
        h.open("table", "class", "data grid").head(head).open("tbody");
        for (Map.Entry<String, ClaimResult> row : rows) {
            h.open("tr").el("td", row.getKey());
            for (ConceptVerdict c : row.getValue().concepts()) verdictCell(h, d, c.verdict(), true);
            h.close("tr");
        }
        h.close("tbody").close("table").close("section");
    }

    static void methodology(Html h, ReportData d) {
        Evaluation e = d.evaluation();
        ReportHtml.section(h, d, "methodology");
        h.el("p", d.t("report.method.paper"));
        h.el("h3", d.t("report.method.steps"));
        h.open("ol", "class", "steps");
        for (int i = 1; i <= 5; i++) h.el("li", d.t("report.method.step" + i));
        h.close("ol");
        ProfileInfo info = Profiles.byId(e.profile()).orElseThrow().info();
        h.el("h3", d.t("report.method.rules", d.t("profile." + e.profile() + ".name")));
        h.el("p", info.standard() + " · " + ReportHtml.status(d, info), "class", "note");
        if (info.indicative()) h.el("p", d.t("profile.indicative.note", info.standard()), "class", "note warn indicative");
        h.open("table", "class", "data rules");
        h.head(List.of(d.t("text.col.rule"), d.t("text.col.clause"), d.t("report.method.verification")));
        h.open("tbody");
        for (ProfileInfo.RuleInfo r : info.rules()) {
            h.open("tr").open("td").text(d.t("profile." + e.profile() + ".rule." + r.name()));
            if (!r.codes().isEmpty()) h.open("div", "class", "ids").text(String.join(", ", r.codes())).close("div");
            h.close("td").open("td").text(r.clause());
            if (r.words() != null) {
                h.el("div", d.t(r.paraphrase() ? "profile.words.paraphrase" : "profile.words.quoted", r.words()), "class", "words");
            }
            h.close("td").el("td", d.t("verification." + r.verification())).close("tr");
        }
        h.close("tbody").close("table");
        Set<Reason> cited = EnumSet.noneOf(Reason.class);
        for (RecordResult r : e.records()) if (r.reason() != null) cited.add(r.reason());
        if (!cited.isEmpty()) {
            h.el("h3", d.t("report.method.reasonsCited"));
            h.open("table", "class", "data").head(List.of(d.t("report.col.code"), d.t("report.col.reason"))).open("tbody");
            for (Reason r : cited) h.open("tr").open("td").el("code", r.name()).close("td").el("td", d.t("reason." + r)).close("tr");
            h.close("tbody").close("table");
        }
        h.close("section");
    }

    private static void verdictCell(Html h, ReportData d, Verdict v, boolean short_) {
        h.el("td", d.t((short_ ? "verdict.short." : "verdict.") + v), "class", "v v-" + v);
    }

    /** The profiles in the order Zhonghe lists them, whatever the map's order. */
    private static List<Map.Entry<String, ClaimResult>> inProfileOrder(Map<String, ClaimResult> byProfile) {
        List<Map.Entry<String, ClaimResult>> out = new ArrayList<>();
        for (String id : Profiles.all().stream().map(p -> p.id()).toList()) {
            if (byProfile.containsKey(id)) out.add(Map.entry(id, byProfile.get(id)));
        }
        return out;
    }

    /** The codes that decide or qualify a verdict, as the profile matrix of {@code check} lists them. */
    private static String decisive(Evaluation ev) {
        List<String> codes = new ArrayList<>();
        for (Finding f : ev.findings()) {
            if (f.effect() != Effect.NONE || f.code() == FindingCode.CONCEPT_REDEFINED
                    || f.code() == FindingCode.NOT_YET_APPLICABLE || f.severity() == Severity.WARNING) {
                codes.add(f.code().name());
            }
        }
        return codes.isEmpty() ? "—" : String.join(", ", codes);
    }
}
