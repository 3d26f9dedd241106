package org.zhonghe.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import org.zhonghe.Decimals;
import org.zhonghe.Messages;
import org.zhonghe.activity.Computed;
import org.zhonghe.activity.Inventory;
import org.zhonghe.activity.Scope2Method;

/**
 * How each tonne computed from activity data was obtained: the derivation of every record (the
 * ledger's and, for bought energy, the other Scope 2 method's), as text and as JSON.
 */
public final class InventoryOutput {
    private InventoryOutput() {}

    /** The table "How each tonne was computed", then both Scope 2 totals; nothing without activities. */
    public static void print(Inventory inv, Messages m, Ansi ansi, PrintWriter out) {
        if (inv.isEmpty()) return;
        out.println(ansi.bold(m.get("activity.title")));
        out.println("  " + m.get("activity.sets", String.join(", ", inv.factorSets())));
        TextTable t = new TextTable(m.get("activity.col.record"), m.get("activity.col.activity"),
                m.get("activity.col.gas"), m.get("activity.col.tonnes"), m.get("activity.col.method"));
        for (Computed c : inv.computed()) {
            String method = c.method() == null ? "" : m.get("activity.method." + c.method().id())
                    + (c.inLedger() ? "" : " *");
            t.row(c.inLedger() ? c.emissionId() : "(" + c.emissionId() + ")", c.activityId(), c.gas(),
                    Decimals.grouped(c.tonnes()), method);
            String note = c.derivation().note() == null ? ""
                    : "  — " + m.get(c.derivation().note(), c.derivation().noteArgs().toArray());
            t.note(c.derivation().formula(m) + note + (c.derivation().exact() ? "" : "  " + m.get("activity.inexact")));
        }
        t.print(out, "  ");
        if (inv.hasScope2()) out.println("  " + scope2Line(inv, m));
        out.println();
    }

    /** Both Scope 2 totals of CO2 and the method the claim uses. */
    public static String scope2Line(Inventory inv, Messages m) {
        return m.get("activity.scope2", Decimals.grouped(inv.scope2Tonnes(Scope2Method.LOCATION, "CO2")),
                Decimals.grouped(inv.scope2Tonnes(Scope2Method.MARKET, "CO2")),
                m.get("activity.method." + inv.scope2Method().id()));
    }

    /** The {@code activities} member of the JSON result. */
    public static void json(Inventory inv, Messages m, ObjectNode root) {
        if (inv.isEmpty()) return;
        ObjectNode n = root.putObject("activities");
        ArrayNode sets = n.putArray("factorSets");
        inv.factorSets().forEach(sets::add);
        n.put("scope2Method", inv.scope2Method().id());
        if (inv.hasScope2()) {
            ObjectNode s2 = n.putObject("scope2");
            s2.put("location", Decimals.plain(inv.scope2Tonnes(Scope2Method.LOCATION, "CO2")));
            s2.put("market", Decimals.plain(inv.scope2Tonnes(Scope2Method.MARKET, "CO2")));
        }
        ArrayNode computed = n.putArray("computed");
        for (Computed c : inv.computed()) {
            ObjectNode r = computed.addObject();
            r.put("record", c.emissionId());
            r.put("activity", c.activityId());
            r.put("gas", c.gas());
            r.put("tonnes", Decimals.plain(c.tonnes()));
            r.put("scope", c.scope().number());
            if (c.biogenic()) r.put("biogenic", true);
            if (c.method() != null) r.put("method", c.method().id());
            r.put("inLedger", c.inLedger());
            r.put("derivation", c.derivation().formula(m));
            ArrayNode ids = r.putArray("factors");
            c.derivation().factorIds().forEach(ids::add);
            r.put("exact", c.derivation().exact());
            if (c.derivation().note() != null) {
                r.put("note", m.get(c.derivation().note(), c.derivation().noteArgs().toArray()));
            }
        }
    }
}
