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
import org.zhonghe.ledger.LedgerField;
import org.zhonghe.ledger.LedgerSchema;
import org.zhonghe.ledger.LedgerSchema.Activities;

/**
 * One activity record from its fields (assessment-format.md, {@code activities}), each cell read
 * by core's schema ({@link Activities}) as batch's {@code ActivityRows} reads it, or null after
 * reporting its problems. A group of dotted fields (a factor, a supplier factor, an instrument,
 * the activity's period) is a nested mapping in YAML/JSON ({@code factor: {value, unit, source}},
 * each field under the rest of its name; {@code instrument} also a list of them), or flat columns
 * ({@code factor.value}, {@code instrument.id} …) in a CSV or XLSX ledger.
 */
final class ActivityRecords {
    /** The names a record allows: the schema's ({@link Activities#NAMES}). */
    static final List<String> ACTIVITY = Activities.NAMES;

    private ActivityRecords() {}

    static Activity activity(Fields f) {
        String id = f.value(Activities.ID);
        ActivityKind kind = f.value(Activities.ACTIVITY);
        String fuel = f.value(Activities.FUEL);
        String grid = f.value(Activities.GRID);
        String gas = f.value(Activities.GAS);
        BigDecimal amount = f.value(Activities.AMOUNT);
        ActivityUnit unit = f.value(Activities.UNIT);
        Scope scope = f.value(Activities.SCOPE);
        String sector = f.value(Activities.SECTOR);
        Integer year = f.value(Activities.YEAR);
        String factorSet = f.value(Activities.FACTOR_SET);
        ExplicitFactor factor = factor(f, Activities.FACTOR_VALUE, Activities.FACTOR_UNIT, Activities.FACTOR_SOURCE);
        ExplicitFactor supplier = factor(f, Activities.SUPPLIER_VALUE, Activities.SUPPLIER_UNIT,
                Activities.SUPPLIER_SOURCE);
        List<Instrument> instruments = instruments(f);
        Period period = period(f);
        if (!f.isValid()) return null;
        return new Activity(id, kind, fuel, grid, gas, amount, unit, scope == null ? kind.defaultScope() : scope,
                sector, year, factorSet, factor, supplier, instruments, f.origin(), period);
    }

    /**
     * Where a group's fields are read: its nested mapping, each field under the rest of its name
     * ({@link LedgerField#inGroup}), or the record itself, each field under its dotted name.
     */
    private record Part(Fields fields, boolean nested) {
        /** The field's value as the schema reads it; required once any field of the group is written. */
        <T> T value(LedgerField<T> field, boolean required) {
            return fields.value(nested ? field.inGroup() : field, required);
        }

        void report(LedgerField<?> field, String value, String key, Object... args) {
            fields.report(nested ? field.inGroup().name() : field.name(), value, key, args);
        }

        /** A nested mapping's problems make the record invalid (the record's own are already its). */
        void close(Fields record) {
            if (nested && !fields.isValid()) record.invalidate();
        }
    }

    /** The group's fields of the record when any is written, nested or flat; else null. */
    private static Part part(Fields f, String group) {
        Node.MapNode map = f.has(group) ? f.map(group, false) : null;
        if (map != null) return nested(f, map, f.path(group), group);
        for (LedgerField<?> field : Activities.GROUPS.get(group)) if (f.has(field.name())) return new Part(f, false);
        return null;
    }

    private static Part nested(Fields f, Node.MapNode map, String path, String group) {
        return new Part(Fields.of(map, f.file(), path, inGroup(group), f.problems()), true);
    }

    private static List<String> inGroup(String group) {
        return LedgerSchema.namesInGroup(Activities.GROUPS.get(group));
    }

    /** The activity's own period: {@code period: {from, to}}, or the columns {@code period.from}, {@code period.to}. */
    private static Period period(Fields f) {
        Part p = part(f, Activities.PERIOD_FROM.group());
        if (p == null) return null;
        LocalDate from = p.value(Activities.PERIOD_FROM, true);
        LocalDate to = p.value(Activities.PERIOD_TO, true);
        if (from != null && to != null && to.isBefore(from)) {
            p.report(Activities.PERIOD_TO, to.toString(), "period.order", from.toString(), to.toString());
        }
        p.close(f);
        return from == null || to == null || to.isBefore(from) ? null : new Period(from, to);
    }

    /** An explicit factor when any of its fields is written: all three then, the unit a mass per unit. */
    private static ExplicitFactor factor(Fields f, LedgerField<BigDecimal> valueField, LedgerField<String> unitField,
                                         LedgerField<String> sourceField) {
        Part p = part(f, valueField.group());
        if (p == null) return null;
        BigDecimal value = p.value(valueField, true);
        String unitText = p.value(unitField, true);
        FactorUnit unit = unitText == null ? null : FactorUnit.parse(unitText).orElse(null);
        if (unitText != null && (unit == null || unit.numerator().dimension() != ActivityUnit.Dimension.MASS)) {
            p.report(unitField, unitText, "activity.factor.unit", unitText, ActivityUnit.symbolList());
            unit = null;
        }
        String source = p.value(sourceField, true);
        p.close(f);
        return value == null || unit == null || source == null ? null : new ExplicitFactor(value, unit, source);
    }

    /** The certificates: {@code instrument} as a mapping, a list of them, or the flat columns. */
    private static List<Instrument> instruments(Fields f) {
        String group = Activities.INSTRUMENT_ID.group();
        List<Instrument> out = new ArrayList<>();
        Node node = f.node(group);
        if (node instanceof Node.ListNode list) {
            int index = 0;
            for (Node item : list.items()) {
                String path = f.path(group) + "[" + ++index + "]";
                if (item instanceof Node.MapNode map) {
                    instrument(nested(f, map, path, group), f, out);
                } else {
                    f.problems().add(f.file(), item.line(), path, null, "type.record." + item.kind(),
                            String.join(", ", inGroup(group)));
                    f.invalidate();
                }
            }
        } else if (node instanceof Node.MapNode map) {
            instrument(nested(f, map, f.path(group), group), f, out);
        } else if (node != null) {
            f.report(group, ((Node.ScalarNode) node).text(), "type.mapping.value");
        } else {
            Part flat = part(f, group);
            if (flat != null) instrument(flat, f, out);
        }
        return out;
    }

    /** An instrument without an id and a volume is an input error (GHG Protocol Scope 2 quality criteria). */
    private static void instrument(Part p, Fields owner, List<Instrument> out) {
        String id = p.value(Activities.INSTRUMENT_ID, true);
        String kind = p.value(Activities.INSTRUMENT_KIND, false);
        BigDecimal volume = p.value(Activities.INSTRUMENT_VOLUME, true);
        ActivityUnit unit = p.value(Activities.INSTRUMENT_UNIT, true);
        org.zhonghe.assessment.Period vintage = p.value(Activities.INSTRUMENT_VINTAGE, false);
        String market = p.value(Activities.INSTRUMENT_MARKET, false);
        if (!p.fields().isValid()) {
            owner.invalidate();
            return;
        }
        out.add(new Instrument(id, kind, volume, unit, p.fields().origin(), vintage, market));
    }
}
