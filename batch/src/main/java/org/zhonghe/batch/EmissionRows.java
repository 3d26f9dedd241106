package org.zhonghe.batch;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.zhonghe.MassUnit;
import org.zhonghe.Metric;

/**
 * Reads emission rows into one thread's {@link EmissionGroups}: the hot path. Cells are read
 * from the bytes in place; only a row with an error or an amount outside fixed point makes
 * objects.
 */
final class EmissionRows implements FileScan.Rows {
    static final String FILE = "emissions.csv";
    static final List<String> FIELDS = List.of("entity", "id", "gas", "amount", "unit", "scope", "biogenic", "source");
    static final Set<String> REQUIRED = Set.of("entity", "gas", "amount", "unit");

    private static final Metric[] METRICS = Metric.values();
    private final Entities entities;
    private final GasIds gases;
    private final EmissionGroups groups;
    private final ByteKeys gasCache = new ByteKeys();
    private final int cEntity;
    private final int cGas;
    private final int cAmount;
    private final int cUnit;
    private final int cScope;
    private final int cBiogenic;

    EmissionRows(Header h, Entities entities, GasIds gases, EmissionGroups groups) {
        this.entities = entities;
        this.gases = gases;
        this.groups = groups;
        cEntity = h.column("entity");
        cGas = h.column("gas");
        cAmount = h.column("amount");
        cUnit = h.column("unit");
        cScope = h.column("scope");
        cBiogenic = h.column("biogenic");
    }

    EmissionGroups groups() {
        return groups;
    }

    @Override
    public void row(CsvLine r, long line, List<LedgerError> errors) {
        byte[] b = r.buf();
        int e = entities.ordinal(b, r.start(cEntity), r.end(cEntity));
        if (e < 0) {
            errors.add(Rows.undeclared(FILE, line, r.text(cEntity)));
            return;
        }
        if (entities.isInvalid(e) && entities.spec(e) == null) return; // its row in entities.csv is reported
        int before = errors.size();
        int gas = gasCache.get(b, r.start(cGas), r.end(cGas));
        if (gas < 0) {
            String name = r.text(cGas);
            if (name == null) {
                errors.add(new LedgerError(FILE, line, "gas", null, "is required"));
            } else {
                gas = gases.id(name);
                gasCache.put(b, r.start(cGas), r.end(cGas), gas);
            }
        }
        MassUnit unit = FixedPoint.unit(b, r.start(cUnit), r.end(cUnit));
        if (unit == null) errors.add(new LedgerError(FILE, line, "unit", r.text(cUnit), "expected one of: " + MassUnit.symbols()));
        int scope = 1;
        if (!r.isEmpty(cScope)) {
            scope = r.end(cScope) - r.start(cScope) == 1 ? b[r.start(cScope)] - '0' : 0;
            if (scope < 1 || scope > 3) {
                errors.add(new LedgerError(FILE, line, "scope", r.text(cScope), "expected 1, 2 or 3"));
                scope = 1;
            }
        }
        boolean biogenic = false;
        if (!r.isEmpty(cBiogenic)) {
            Boolean bio = Rows.bool(r.text(cBiogenic));
            if (bio == null) errors.add(new LedgerError(FILE, line, "biogenic", r.text(cBiogenic), "expected true or false"));
            else biogenic = bio;
        }
        if (gas >= 0) {
            GasIds.Verdict v = gases.check(gas, METRICS[entities.metric(e)], biogenic);
            if (!v.valid()) errors.add(new LedgerError(FILE, line, v.field(), v.value(), v.message()));
        }
        long nanos = unit == null ? FixedPoint.NOT_FIXED : FixedPoint.nanotonnes(b, r.start(cAmount), r.end(cAmount), unit);
        BigDecimal exact = null;
        if (nanos == FixedPoint.NOT_FIXED) exact = Rows.amount(r.text(cAmount), FILE, line, "amount", errors);
        if (errors.size() > before) {
            entities.markInvalid(e);
            return;
        }
        int g = EmissionGroups.group(gas, scope, biogenic);
        if (exact == null) groups.add(e, g, nanos);
        else groups.add(e, g, unit.toTonnes(exact));
    }
}
