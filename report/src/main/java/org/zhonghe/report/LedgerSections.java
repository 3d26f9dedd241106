package org.zhonghe.report;

import static org.zhonghe.report.Html.num;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Credit;
import org.zhonghe.assessment.CreditType;
import org.zhonghe.assessment.Emission;
import org.zhonghe.assessment.Removal;
import org.zhonghe.rules.Evaluation;
import org.zhonghe.rules.RecordResult;
import org.zhonghe.rules.Section;
import org.zhonghe.rules.Totals;

/** The balance and the ledgers of a report: inventory, removals, credits, and the records reported beside. */
final class LedgerSections {
    private LedgerSections() {}

    static void balance(Html h, ReportData d) {
        Evaluation e = d.evaluation();
        Totals t = e.totals();
        boolean other = e.rule().otherEffectsCounted();
        ReportHtml.section(h, d, "balance");
        h.el("p", d.t("report.balance.formula"));
        h.open("table", "class", "data balance").open("tbody");
        h.row(List.of(d.t("text.emissions"), num(ReportData.exact(t.emissions()))));
        h.row(List.of("− " + d.t("text.removals"), num(ReportData.exact(t.removals()))));
        h.row(List.of("− " + d.t("text.credits"), num(ReportData.exact(t.credits()))));
        if (other) h.row(List.of("+ " + d.t("text.otherEffects"), num(ReportData.exact(t.otherEffects()))));
        h.open("tr", "class", "total").el("td", "= " + d.t("text.net"))
                .el("td", ReportData.exact(t.net()), "class", "num").close("tr");
        h.close("tbody").close("table");
        h.el("p", d.t("report.balance.unit", d.unit()), "class", "note");
        h.open("figure").raw(Charts.waterfall(d.t("report.chart.waterfall", d.unit()), d.t("report.chart.emissions"),
                d.t("report.chart.removals"), d.t("report.chart.credits"), d.t("report.chart.otherEffects"),
                d.t("report.chart.net"), t.emissions(), t.removals(), t.credits(), t.otherEffects(), other)).close("figure");
        h.el("h3", d.t("report.balance.reported"));
        h.open("table", "class", "data").open("tbody");
        h.row(List.of(d.t("report.balance.biogenic"), num(ReportData.exact(e.reported().biogenicCO2()))));
        h.row(List.of(d.t("report.balance.reductions"), num(ReportData.exact(e.reported().reductions()))));
        h.row(List.of(d.t("report.balance.montreal"), num(ReportData.exact(e.reported().montrealGases()))));
        h.close("tbody").close("table").close("section");
    }

    static void inventory(Html h, ReportData d) {
        Assessment a = d.assessment();
        Evaluation e = d.evaluation();
        ReportHtml.section(h, d, "inventory");
        if (a.emissions().isEmpty()) {
            h.el("p", d.t("report.inventory.none")).close("section");
            return;
        }
        Inventory inv = Inventory.of(a, e);
        String counted = d.t("report.col.counted", d.unit());
        h.el("h3", d.t("report.inventory.byGas"));
        h.open("table", "class", "data");
        h.head(List.of(d.t("report.col.gas"), d.t("report.col.records"), d.t("report.col.mass"),
                d.t("report.col.factor") + " (" + e.metric().id() + ")", counted, d.t("report.col.notCounted")));
        h.open("tbody");
        for (Inventory.Line l : inv.byGas()) {
            h.row(List.of(l.key(), num(String.valueOf(l.records())), num(ReportData.exact(l.tonnes())),
                    num(l.factor().map(ReportData::exact).orElse(d.t("report.dash"))),
                    num(ReportData.exact(l.counted())), num(String.valueOf(l.notCounted()))));
        }
        h.close("tbody").close("table");
        h.el("p", d.t("report.inventory.gwpNote", e.metric().id()), "class", "note");
        h.el("h3", d.t("report.inventory.byScope"));
        h.open("table", "class", "data");
        h.head(List.of(d.t("report.col.scope"), d.t("report.col.inBoundary"), d.t("report.col.records"), counted,
                d.t("report.col.notCounted")));
        h.open("tbody");
        List<String> scopeLabels = new ArrayList<>();
        List<BigDecimal> scopeValues = new ArrayList<>();
        for (Inventory.Line l : inv.byScope()) {
            String label = d.t("report.scopeValue", l.key());
            boolean in = a.boundary().scopes().stream().anyMatch(s -> String.valueOf(s.number()).equals(l.key()));
            h.row(List.of(label, d.yesNo(in), num(String.valueOf(l.records())), num(ReportData.exact(l.counted())),
                    num(String.valueOf(l.notCounted()))));
            scopeLabels.add(label);
            scopeValues.add(l.counted());
        }
        h.close("tbody").close("table");
        h.open("div", "class", "charts");
        h.open("figure").raw(Charts.bars(d.t("report.chart.byScope", d.unit()), scopeLabels, scopeValues,
                Charts.emissionColour())).close("figure");
        h.open("figure").raw(Charts.bars(d.t("report.chart.byGas", d.unit()),
                inv.byGas().stream().map(Inventory.Line::key).toList(),
                inv.byGas().stream().map(Inventory.Line::counted).toList(), "#a04000")).close("figure");
        h.close("div");
        h.el("h3", d.t("report.inventory.records"));
        Map<String, RecordResult> results = Inventory.results(e, Section.EMISSIONS);
        h.open("table", "class", "data records");
        h.head(List.of(d.t("text.col.id"), d.t("report.col.gas"), d.t("report.col.amount"), d.t("report.col.scope"),
                d.t("report.col.source"), d.t("report.col.status"), counted));
        h.open("tbody");
        for (Emission em : a.emissions()) {
            RecordResult r = results.get(em.id());
            h.row(List.of(em.id() + (em.biogenic() ? " (" + d.t("report.col.biogenic") + ")" : ""), em.gas(),
                    num(ReportData.exact(em.amount()) + " " + em.unit().symbol()), String.valueOf(em.scope().number()),
                    em.source() == null ? "" : em.source(), status(d, r), num(countedOf(d, r))));
            reasonRow(h, d, r, 7);
        }
        h.close("tbody").close("table").close("section");
    }

    static void removals(Html h, ReportData d) {
        Assessment a = d.assessment();
        ReportHtml.section(h, d, "removals");
        h.el("p", d.t("report.removals.note"), "class", "note");
        if (a.removals().isEmpty()) {
            h.el("p", d.t("report.removals.none")).close("section");
            return;
        }
        Map<String, RecordResult> results = Inventory.results(d.evaluation(), Section.REMOVALS);
        h.open("table", "class", "data records");
        h.head(List.of(d.t("text.col.id"), d.t("report.col.kind"), d.t("report.col.amount"), d.t("report.col.basis"),
                d.t("report.col.durability"), d.t("report.col.lifecycle"), d.t("report.col.managed"),
                d.t("report.col.status"), d.t("report.col.counted", d.unit())));
        h.open("tbody");
        for (Removal r : a.removals()) {
            RecordResult res = results.get(r.id());
            h.row(List.of(r.id(), d.t("removal.kind." + r.kind().id()) + " (" + r.kind().id() + ")", num(ReportData.exact(r.amount()) + " " + r.unit().symbol()),
                    r.basis().name().toLowerCase(java.util.Locale.ROOT),
                    num(r.durabilityYears() == null ? d.t("report.dash") : String.valueOf(r.durabilityYears())),
                    num(r.lifecycleDeclared() ? ReportData.exact(r.lifecycleEmissions()) : d.t("report.dash")),
                    r.managed() == null ? d.t("report.dash") : d.yesNo(r.managed()), status(d, res),
                    num(countedOf(d, res))));
            reasonRow(h, d, res, 9);
        }
        h.close("tbody").close("table").close("section");
    }

    static void credits(Html h, ReportData d) {
        Assessment a = d.assessment();
        Evaluation e = d.evaluation();
        ReportHtml.section(h, d, "credits");
        h.el("p", d.t("report.credits.note"), "class", "note");
        if (a.credits().isEmpty()) {
            h.el("p", d.t("report.credits.none")).close("section");
            return;
        }
        h.el("h3", d.t("report.credits.byType"));
        h.open("table", "class", "data").open("tbody");
        e.creditsByType(a.credits()).forEach((type, tonnes) ->
                h.row(List.of(d.t("report.credits.type." + type), num(ReportData.exact(tonnes) + " t CO2e"))));
        h.close("tbody").close("table");
        Map<String, RecordResult> results = Inventory.results(e, Section.CREDITS);
        creditGroup(h, d, "report.credits.reductionGroup", a.credits().stream()
                .filter(c -> c.type() == CreditType.REDUCTION || c.type() == CreditType.AVOIDANCE).toList(), results);
        creditGroup(h, d, "report.credits.removalGroup",
                a.credits().stream().filter(c -> c.type() == CreditType.REMOVAL).toList(), results);
        creditGroup(h, d, "report.credits.allowanceGroup",
                a.credits().stream().filter(c -> c.type() == CreditType.ALLOWANCE).toList(), results);
        h.close("section");
    }

    private static void creditGroup(Html h, ReportData d, String titleKey, List<Credit> credits,
                                    Map<String, RecordResult> results) {
        if (credits.isEmpty()) return;
        h.el("h3", d.t(titleKey));
        h.open("table", "class", "data records");
        h.head(List.of(d.t("text.col.id"), d.t("report.col.registry"), d.t("report.col.serial"),
                d.t("report.col.type"), d.t("report.col.vintage"), d.t("report.col.amount"), d.t("report.col.retired"),
                d.t("report.col.status"), d.t("report.col.counted", "t CO2e")));
        h.open("tbody");
        for (Credit c : credits) {
            RecordResult r = results.get(c.id());
            String retired = (c.retired() ? d.t("report.yes") + (c.retiredOn() == null ? "" : " " + c.retiredOn())
                    : d.t("report.no")) + (c.beneficiary() == null ? "" : " · " + c.beneficiary());
            h.row(List.of(c.id(), c.registry(), c.serial(), d.t("report.credits.type." + c.type()),
                    num(String.valueOf(c.vintage())), num(ReportData.exact(c.amount()) + " " + c.unit().symbol()), retired, status(d, r),
                    num(countedOf(d, r))));
            reasonRow(h, d, r, 9);
        }
        h.close("tbody").close("table");
    }

    static void others(Html h, ReportData d) {
        List<RecordResult> rows = d.evaluation().records().stream()
                .filter(r -> r.section() == Section.REDUCTIONS || r.section() == Section.OTHER_EFFECTS
                        || r.section() == Section.HISTORY)
                .toList();
        ReportHtml.section(h, d, "others");
        if (rows.isEmpty()) {
            h.el("p", d.t("report.others.none")).close("section");
            return;
        }
        h.open("table", "class", "data records");
        h.head(List.of(d.t("text.col.section"), d.t("text.col.id"), d.t("report.col.status"),
                d.t("report.col.counted", d.unit())));
        h.open("tbody");
        for (RecordResult r : rows) {
            h.row(List.of(d.t("section." + r.section().id()), r.id(), status(d, r), num(countedOf(d, r))));
            reasonRow(h, d, r, 4);
        }
        h.close("tbody").close("table").close("section");
    }

    private static String status(ReportData d, RecordResult r) {
        return Html.keep(r == null ? d.t("report.dash") : d.t("status." + r.status()));
    }

    private static String countedOf(ReportData d, RecordResult r) {
        return r == null || r.counted() == null ? d.t("report.dash") : ReportData.exact(r.counted());
    }

    /** The reason a record is not (fully) counted, under its row, with the section of the paper it cites. */
    private static void reasonRow(Html h, ReportData d, RecordResult r, int columns) {
        if (r == null || r.reason() == null) return;
        h.open("tr", "class", "reason").open("td", "colspan", String.valueOf(columns))
                .el("code", r.reason().name()).text(" ").text(d.t(r.messageKey(), r.args().toArray())).close("td").close("tr");
    }
}
