package org.zhonghe.report;

import static org.zhonghe.report.Html.num;

import java.util.List;
import org.zhonghe.Decimals;
import org.zhonghe.activity.Computed;
import org.zhonghe.activity.Inventory;
import org.zhonghe.output.InventoryOutput;

/**
 * "How each tonne was computed" (每吨如何算得): every record computed from activity data with its
 * exact derivation and the ids of the factors used, and both Scope 2 totals. Nothing when the
 * assessment has no activities.
 */
final class DerivationSection {
    private DerivationSection() {}

    static void write(Html h, ReportData d) {
        Inventory inv = d.assessment().inventory();
        if (inv.isEmpty()) return;
        h.open("section", "id", "derivations").el("h2", d.t("activity.title"));
        h.el("p", d.t("activity.sets", String.join(", ", inv.factorSets())));
        h.open("table", "class", "data");
        h.head(List.of(d.t("activity.col.record"), d.t("activity.col.activity"), d.t("activity.col.gas"),
                d.t("activity.col.tonnes"), d.t("activity.col.method"), d.t("activity.col.derivation")));
        h.open("tbody");
        for (Computed c : inv.computed()) {
            String method = c.method() == null ? "" : d.t("activity.method." + c.method().id())
                    + (c.inLedger() ? "" : " *");
            String note = c.derivation().note() == null ? ""
                    : " — " + d.t(c.derivation().note(), c.derivation().noteArgs().toArray());
            h.row(List.of(c.inLedger() ? c.emissionId() : "(" + c.emissionId() + ")", c.activityId(), c.gas(),
                    num(Decimals.grouped(c.tonnes())), method, c.derivation().formula(d.text().core()) + note));
        }
        h.close("tbody").close("table");
        if (inv.hasScope2()) h.el("p", InventoryOutput.scope2Line(inv, d.text().core()), "class", "note");
        h.close("section");
    }
}
