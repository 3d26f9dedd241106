package org.zhonghe.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhonghe.activity.Activity;
import org.zhonghe.activity.ActivityKind;
import org.zhonghe.activity.ActivityUnit;
import org.zhonghe.activity.ExplicitFactor;
import org.zhonghe.activity.FactorUnit;
import org.zhonghe.activity.Instrument;
import org.zhonghe.assessment.Period;
import org.zhonghe.assessment.Scope;

/**
 * One activity record from its fields (assessment-format.md, {@code activities}), or null after
 * reporting its problems. A factor or instrument is a nested mapping in YAML/JSON, or flat
 * columns ({@code factor.value}, {@code instrument.id} …) in a CSV or XLSX ledger.
 */
final class ActivityRecords {
    private static final List<String> FACTOR = List.of("value", "unit", "source");
    private static final List<String> INSTRUMENT = List.of("id", "kind", "volume", "unit");
    private static final List<String> PERIOD = List.of("from", "to");
    static final List<String> ACTIVITY = fields();

    private ActivityRecords() {}

    private static List<String> fields() {
        List<String> f = new ArrayList<>(List.of("id", "activity", "fuel", "grid", "gas", "amount", "unit", "scope",
                "sector", "year", "factorSet", "factor", "supplierFactor", "instrument", "period"));
        for (String s : FACTOR) f.add("factor." + s);
        for (String s : FACTOR) f.add("supplierFactor." + s);
        for (String s : INSTRUMENT) f.add("instrument." + s);
        for (String s : PERIOD) f.add("period." + s);
        return List.copyOf(f);
    }

    static Activity activity(Fields f) {
        String id = f.text("id", true);
        ActivityKind kind = f.choice("activity", true, ActivityKind::fromId, "activity.kind", ActivityKind.ids());
        String fuel = f.text("fuel", false);
        String grid = f.text("grid", false);
        String gas = f.text("gas", false);
        BigDecimal amount = f.decimal("amount", true, true);
        ActivityUnit unit = f.choice("unit", true, ActivityUnit::fromSymbol, "unit.unknown", ActivityUnit.symbolList());
        Integer scopeNumber = f.integer("scope", false, Integer.MIN_VALUE);
        Scope scope = scopeNumber == null ? null : Scope.of(scopeNumber).orElse(null);
        if (scopeNumber != null && scope == null) {
            f.report("scope", String.valueOf(scopeNumber), "scope.unknown", String.valueOf(scopeNumber));
        }
        String sector = f.text("sector", false);
        if (sector != null && !sector.equals("energy") && !sector.equals("manufacturing")) {
            f.report("sector", sector, "activity.sector", sector);
        }
        Integer year = f.integer("year", false, 1900);
        String factorSet = f.text("factorSet", false);
        ExplicitFactor factor = factor(f, "factor");
        ExplicitFactor supplier = factor(f, "supplierFactor");
        List<Instrument> instruments = instruments(f);
        Period period = period(f);
        if (!f.isValid()) return null;
        return new Activity(id, kind, fuel, grid, gas, amount, unit, scope == null ? kind.defaultScope() : scope,
                sector, year, factorSet, factor, supplier, instruments, f.origin(), period);
    }

    /** The activity's own period: {@code period: {from, to}}, or the columns {@code period.from}, {@code period.to}. */
    private static Period period(Fields f) {
        Node.MapNode map = f.has("period") ? f.map("period", false) : null;
        if (map == null && !f.has("period.from") && !f.has("period.to")) return null;
        Fields g = map != null ? Fields.of(map, f.file(), f.path("period"), PERIOD, f.problems()) : f;
        String prefix = map != null ? "" : "period.";
        LocalDate from = g.date(prefix + "from", true);
        LocalDate to = g.date(prefix + "to", true);
        if (from != null && to != null && to.isBefore(from)) {
            g.report(prefix + "to", to.toString(), "period.order", from.toString(), to.toString());
        }
        if (map != null && !g.isValid()) f.invalidate();
        return from == null || to == null || to.isBefore(from) ? null : new Period(from, to);
    }

    private static ExplicitFactor factor(Fields f, String name) {
        Node.MapNode map = f.has(name) ? f.map(name, false) : null;
        Fields g = map != null ? Fields.of(map, f.file(), f.path(name), FACTOR, f.problems()) : null;
        if (g == null && !f.has(name + ".value") && !f.has(name + ".unit") && !f.has(name + ".source")) return null;
        String prefix = g == null ? name + "." : "";
        Fields from = g == null ? f : g;
        BigDecimal value = from.decimal(prefix + "value", true, true);
        String unitText = from.text(prefix + "unit", true);
        FactorUnit unit = unitText == null ? null : FactorUnit.parse(unitText).orElse(null);
        if (unitText != null && unit == null) {
            from.report(prefix + "unit", unitText, "activity.factor.unit", unitText, ActivityUnit.symbolList());
        } else if (unit != null && unit.numerator().dimension() != ActivityUnit.Dimension.MASS) {
            from.report(prefix + "unit", unitText, "activity.factor.unit", unitText, ActivityUnit.symbolList());
            unit = null;
        }
        String source = from.text(prefix + "source", true);
        if (g != null && !g.isValid()) f.invalidate();
        return value == null || unit == null || source == null ? null : new ExplicitFactor(value, unit, source);
    }

    private static List<Instrument> instruments(Fields f) {
        List<Instrument> out = new ArrayList<>();
        Node node = f.node("instrument");
        if (node instanceof Node.ListNode list) {
            int index = 0;
            for (Node item : list.items()) {
                String path = f.path("instrument") + "[" + ++index + "]";
                if (item instanceof Node.MapNode map) {
                    instrument(Fields.of(map, f.file(), path, INSTRUMENT, f.problems()), "", f, out);
                } else {
                    f.problems().add(f.file(), item.line(), path, null, "type.record." + item.kind(),
                            String.join(", ", INSTRUMENT));
                    f.invalidate();
                }
            }
        } else if (node instanceof Node.MapNode map) {
            instrument(Fields.of(map, f.file(), f.path("instrument"), INSTRUMENT, f.problems()), "", f, out);
        } else if (node != null) {
            f.report("instrument", ((Node.ScalarNode) node).text(), "type.mapping.value");
        } else if (f.has("instrument.id") || f.has("instrument.volume") || f.has("instrument.unit")
                || f.has("instrument.kind")) {
            instrument(f, "instrument.", f, out);
        }
        return out;
    }

    /** An instrument without an id and a volume is an input error (GHG Protocol Scope 2 quality criteria). */
    private static void instrument(Fields g, String prefix, Fields owner, List<Instrument> out) {
        String id = g.text(prefix + "id", true);
        String kind = g.text(prefix + "kind", false);
        BigDecimal volume = g.decimal(prefix + "volume", true, true);
        ActivityUnit unit = g.choice(prefix + "unit", true, ActivityUnit::fromSymbol, "unit.unknown",
                ActivityUnit.symbolList());
        if (!g.isValid()) {
            owner.invalidate();
            return;
        }
        out.add(new Instrument(id, kind, volume, unit, g.origin()));
    }
}
