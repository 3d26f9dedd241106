package org.zhonghe.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Scope;
import org.zhonghe.rules.ProfileInfo;
import org.zhonghe.profiles.Profiles;
import org.zhonghe.rules.ConceptRule;
import org.zhonghe.rules.Evaluation;
import org.zhonghe.rules.Finding;

/**
 * The report as one self-contained XHTML document: inline CSS and SVG, no script, no request
 * to anything outside the file, a print stylesheet. The sections follow what a verifier reads
 * first: the verdict, the subject, the claim, the balance, then the ledgers and how they were
 * judged, the matrices, the method, and how to reproduce the result.
 */
final class ReportHtml {
    private static final String CSS = resource("report.css");

    private ReportHtml() {}

    static String render(ReportData d) {
        Assessment a = d.assessment();
        Evaluation e = d.evaluation();
        Html h = new Html();
        String title = d.t("report.title", d.conceptName(e.rule().concept()));
        h.raw("<!DOCTYPE html>\n");
        h.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", d.text().isChinese() ? "zh-CN" : "en");
        h.open("head").raw("<meta charset=\"utf-8\"/>")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
                .el("title", title + " — " + subjectName(a))
                .open("style").raw(CSS.replace("@@FOOTER@@", d.text().isChinese() ? "中和 Zhonghe" : "Zhonghe"))
                .close("style").close("head");
        h.open("body");
        h.open("header", "class", "cover");
        h.el("h1", title);
        h.el("p", d.t("report.subtitle", subjectName(a), a.period().from(), a.period().to()), "class", "subtitle");
        h.el("p", d.t("report.generatedBy", d.meta().rulesVersion(), e.profile(), e.metric().id()), "class", "meta");
        h.close("header");
        verdict(h, d);
        toc(h, d);
        subject(h, d);
        claim(h, d);
        LedgerSections.balance(h, d);
        LedgerSections.inventory(h, d);
        DerivationSection.write(h, d);
        LedgerSections.removals(h, d);
        LedgerSections.credits(h, d);
        LedgerSections.others(h, d);
        findings(h, d);
        MatrixSections.concepts(h, d);
        MatrixSections.profiles(h, d);
        MatrixSections.methodology(h, d);
        reproduce(h, d);
        h.close("body").close("html");
        return h.toString();
    }

    static final List<String> SECTIONS = List.of("subject", "claim", "balance", "inventory", "removals", "credits",
            "others", "findings", "concepts", "profiles", "methodology", "reproduce");

    static void section(Html h, ReportData d, String id) {
        h.open("section", "id", id).el("h2", (SECTIONS.indexOf(id) + 1) + ". " + d.t("report.section." + id));
    }

    private static String subjectName(Assessment a) {
        return a.entity().name() == null ? a.entity().id() : a.entity().name() + " (" + a.entity().id() + ")";
    }

    private static void verdict(Html h, ReportData d) {
        Evaluation e = d.evaluation();
        h.open("section", "id", "verdict", "class", "verdict verdict-" + e.verdict());
        h.el("h2", d.t("report.section.verdict"));
        boolean indicative = Profiles.byId(e.profile()).orElseThrow().info().indicative();
        h.el("p", d.t("verdict." + e.verdict()) + (indicative ? " (" + d.t("profile.indicative") + ")" : ""), "class", "verdict-word");
        h.el("p", d.t("verdict.line." + e.verdict(), d.conceptName(e.rule().concept()), d.assessment().entity().id(),
                e.profile()), "class", "verdict-line");
        h.open("p", "class", "verdict-net").text(d.t("report.net") + " ")
                .el("strong", ReportData.exact(e.totals().net()) + " " + d.unit()).close("p");
        h.close("section");
    }

    private static void toc(Html h, ReportData d) {
        h.open("nav", "class", "toc").el("h2", d.t("report.toc")).open("ol");
        for (String id : SECTIONS) h.open("li").el("a", d.t("report.section." + id), "href", "#" + id).close("li");
        h.close("ol").close("nav");
    }

    private static void subject(Html h, ReportData d) {
        Assessment a = d.assessment();
        Evaluation e = d.evaluation();
        section(h, d, "subject");
        h.open("table", "class", "facts").open("tbody");
        fact(h, d.t("report.subject.entity"), subjectName(a));
        fact(h, d.t("report.subject.type"), d.t("text.entityType." + a.entity().type().id()));
        fact(h, d.t("report.subject.period"), d.t("report.subject.periodValue", a.period().from(), a.period().to()));
        // as the rules read it: an undated claim resting on credits is made no earlier than they are retired
        java.time.LocalDate claimed = a.claimDate(e.rule().admitsCredits(a.entity().type()));
        fact(h, d.t("report.subject.claimDate"), a.claim().date() != null ? claimed.toString()
                : d.t("report.subject.claimDate.notStated", claimed.toString()));
        String scopes = a.boundary().scopes().isEmpty() ? d.t("report.subject.noScopes")
                : a.boundary().scopes().stream().sorted().map(s -> d.t("report.scopeValue", String.valueOf(s.number())))
                        .collect(Collectors.joining(", "));
        fact(h, d.t("report.subject.scopes"), scopes);
        fact(h, d.t("report.subject.boundary"), orNotGiven(d, a.boundary().description()));
        if (!a.boundary().includes(Scope.THREE) || a.boundary().scope3Exclusion() != null) {
            fact(h, d.t("report.subject.scope3Exclusion"), orNotGiven(d, a.boundary().scope3Exclusion()));
        }
        if (a.baseline() != null) {
            var b = a.baseline();
            fact(h, d.t("report.subject.baseline"), b.isSplit()
                    ? d.t(b.scope1() == null ? "report.subject.baselineSplit" : "report.subject.baselineSplitScope1",
                            String.valueOf(b.year()), ReportData.exact(b.emissions()), ReportData.exact(b.scope1and2()),
                            ReportData.exact(b.scope3()), b.scope1() == null ? "" : ReportData.exact(b.scope1()))
                    : d.t("report.subject.baselineValue", String.valueOf(b.year()), ReportData.exact(b.emissions())));
        }
        if (e.level() != null) {
            fact(h, d.t("report.subject.level"), e.level() == 0 ? d.t("report.subject.levelBelow")
                    : d.t("report.subject.levelValue", String.valueOf(e.level())));
        }
        h.close("tbody").close("table");
        if (e.level() != null) h.el("p", d.t("report.level.note"), "class", "note");
        h.close("section");
    }

    private static void claim(Html h, ReportData d) {
        Evaluation e = d.evaluation();
        ConceptRule rule = e.rule();
        section(h, d, "claim");
        h.open("table", "class", "facts").open("tbody");
        fact(h, d.t("report.claim.concept"), d.conceptName(rule.concept()) + " (" + rule.concept().id() + ")");
        fact(h, d.t("report.claim.definition"), d.t("concept." + rule.concept().id() + ".definition"));
        fact(h, d.t("report.claim.source"), rule.concept().source());
        fact(h, d.t("report.claim.asApplied"), String.join(" · ", d.t("concept.gases." + rule.gases()),
                d.t("concept.reach." + rule.reach()), d.t("concept.credits." + rule.creditsAdmitted())));
        ProfileInfo info = Profiles.byId(e.profile()).orElseThrow().info();
        fact(h, d.t("report.claim.profile"), d.t("profile." + e.profile() + ".name") + " (" + e.profile() + ")");
        fact(h, d.t("report.claim.standard"), info.standard());
        fact(h, d.t("report.claim.status"), status(d, info));
        fact(h, d.t("text.col.summary"), d.t("profile." + e.profile() + ".summary"));
        fact(h, d.t("report.claim.metric"), e.metric().id());
        fact(h, d.t("report.claim.metricSource"), e.metric().source());
        h.close("tbody").close("table");
        if (rule.redefined()) h.el("p", d.t("report.claim.redefined"), "class", "note warn");
        if (info.indicative()) h.el("p", d.t("profile.indicative.note", info.standard()), "class", "note warn indicative");
        h.el("p", d.t("report.claim.commonCore"), "class", "note");
        h.close("section");
    }

    static String status(ReportData d, ProfileInfo i) {
        return switch (i.status()) {
            case IN_FORCE -> d.t("status.profile.IN_FORCE");
            case APPLIES_FROM -> d.t("status.profile.APPLIES_FROM", String.valueOf(i.effectiveFrom()));
            case WITHDRAWN -> d.t("status.profile.WITHDRAWN", String.valueOf(i.lastClaimDate()));
        };
    }

    private static void findings(Html h, ReportData d) {
        List<Finding> findings = d.evaluation().findings();
        section(h, d, "findings");
        if (findings.isEmpty()) {
            h.el("p", d.t("report.findings.none")).close("section");
            return;
        }
        h.open("table", "class", "data findings");
        h.head(List.of(d.t("report.col.severity"), d.t("report.col.code"), d.t("report.col.message")));
        h.open("tbody");
        for (Finding f : findings) {
            h.open("tr", "class", "severity-" + f.severity());
            h.el("td", d.t("severity." + f.severity()));
            h.open("td").el("code", f.code().name());
            if (!f.records().isEmpty()) h.open("div", "class", "ids").text(String.join(", ", f.records())).close("div");
            h.close("td");
            h.el("td", d.t(f.messageKey(), f.args().toArray()));
            h.close("tr");
        }
        h.close("tbody").close("table").close("section");
    }

    private static void reproduce(Html h, ReportData d) {
        ReportMeta meta = d.meta();
        section(h, d, "reproduce");
        h.el("p", d.t("report.reproduce.intro"));
        if (meta.evaluation() != null) h.el("p", d.t("report.reproduce.stored", String.valueOf(meta.evaluation().id())), "class", "note");
        h.open("table", "class", "facts").open("tbody");
        ReportMeta.StoredEvaluation ev = meta.evaluation();
        if (ev != null) {
            fact(h, d.t("report.reproduce.evaluation"), "#" + ev.id());
            fact(h, d.t("report.reproduce.assessment"), d.t("report.reproduce.assessmentValue", String.valueOf(ev.assessmentId()),
                    String.valueOf(ev.version())));
            fact(h, d.t("report.reproduce.evaluatedAt"), java.time.format.DateTimeFormatter.ISO_INSTANT.format(
                    ev.createdAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
            fact(h, d.t("report.reproduce.evaluatedBy"), ev.createdBy() == null ? d.t("report.subject.notGiven") : ev.createdBy());
            h.open("tr").el("th", d.t("report.reproduce.inputHash")).open("td").el("code", ev.inputHash(), "class", "hash", "id", "input-hash")
                    .el("div", d.t(ev.hashVerified() ? "report.reproduce.hashVerified" : "report.reproduce.hashNotVerified"), "class", "note")
                    .close("td").close("tr");
        }
        fact(h, d.t("report.reproduce.version"), "zhonghe " + meta.rulesVersion());
        fact(h, d.t("report.reproduce.renderedBy"), "zhonghe " + org.zhonghe.ZhongheVersion.current());
        if (meta.command() != null) {
            h.open("tr").el("th", d.t("report.reproduce.command")).open("td").el("code", meta.command())
                    .close("td").close("tr");
        }
        h.close("tbody").close("table");
        if (!meta.inputs().isEmpty()) {
            h.el("h3", d.t("report.reproduce.inputs"));
            h.open("table", "class", "data hashes");
            h.head(List.of(d.t("report.col.file"), d.t("report.col.sha256")));
            h.open("tbody");
            for (InputFile f : meta.inputs()) {
                h.open("tr").el("td", f.name()).open("td").el("code", f.sha256(), "class", "hash").close("td").close("tr");
            }
            h.close("tbody").close("table");
        }
        h.el("p", d.t("report.reproduce.records", String.valueOf(d.assessment().recordCount())), "class", "note");
        h.close("section");
    }

    static void fact(Html h, String name, String value) {
        h.open("tr").el("th", name).el("td", value).close("tr");
    }

    private static String orNotGiven(ReportData d, String s) {
        return s == null || s.isBlank() ? d.t("report.subject.notGiven") : s;
    }

    private static String resource(String name) {
        try (InputStream in = ReportHtml.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
