package org.zhonghe.batch;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.zhonghe.MassUnit;
import org.zhonghe.Metric;
import org.zhonghe.assessment.Problem;
import org.zhonghe.assessment.Scope;
import org.zhonghe.ledger.LedgerSchema.Emissions;
import org.zhonghe.ledger.LedgerSection;

/**
 * Reads emission rows into one thread's {@link EmissionTotals}: the hot path. Cells are read
 * from the bytes in place; the entity and its rule come from one index lookup, the row's class
 * (counted, or the reason it is not) from the core's answer for its rule and group, remembered
 * by {@link Classifier}. Only a row with an error or an amount outside fixed point makes objects.
 */
final class EmissionRows implements FileScan.Rows {
    /** Added to a counted row's scope (1–3) in {@code sumClass} when the row lies outside its profile's cap base. */
    private static final int OUTSIDE = 4;
    static final String FILE = "emissions.csv";
    static final List<String> FIELDS = Header.fields(LedgerSection.EMISSIONS, "derivation");
    static final Set<String> REQUIRED = Header.required(LedgerSection.EMISSIONS);

    private final Entities entities;
    private final Classifier.Local classes;
    private final Classifier classifier;
    private final GasIds gases;
    private final EmissionTotals totals;
    private final ByteKeys gasCache = new ByteKeys();
    private Metric[] metricOfRule = new Metric[0];
    private final int cEntity;
    private final int cGas;
    private final int cAmount;
    private final int cUnit;
    private final int cScope;
    private final int cBiogenic;
    private final int cId;
    private final int cSource;

    /** The ids written in the rows read, when the file has an id column; else null. */
    private final RecordIds ids;

    EmissionRows(Header h, Entities entities, Classifier classifier, EmissionTotals totals) {
        this(h, entities, classifier, totals, null);
    }

    /** Keeping the rows' ids in {@code ids} (made for the file's id column: {@link RecordIds#of}), when not null. */
    EmissionRows(Header h, Entities entities, Classifier classifier, EmissionTotals totals, RecordIds ids) {
        this.entities = entities;
        this.classifier = classifier;
        this.classes = classifier.new Local();
        this.gases = classifier.gases();
        this.totals = totals;
        cEntity = h.column("entity");
        cGas = h.column("gas");
        cAmount = h.column("amount");
        cUnit = h.column("unit");
        cScope = h.column("scope");
        cBiogenic = h.column("biogenic");
        cId = h.column("id");
        cSource = h.column("source");
        this.ids = cId >= 0 ? ids : null;
    }

    /** Rows put off until {@link #flush}: where each is and what was read of it. */
    private static final int BATCH = 256;
    private byte[] batchBuf;
    private int pending;
    private final long[] lines = new long[BATCH];
    private final int[] lineFrom = new int[BATCH];
    private final int[] lineTo = new int[BATCH];
    private final int[] entityFrom = new int[BATCH];
    private final int[] entityTo = new int[BATCH];
    private final int[] idFrom = new int[BATCH];
    private final int[] idTo = new int[BATCH];
    private final int[] groups = new int[BATCH]; // -1: read again, slowly, at flush (a cell to report or an exact amount)
    private final long[] nanos = new long[BATCH];
    private final long[] entries = new long[BATCH];
    private final long[] hashes = new long[BATCH];
    private final int[] sumEntity = new int[BATCH];
    private final long[] sumNanos = new long[BATCH];
    private final long[] sumWeight = new long[BATCH];
    private final int[] sumClass = new int[BATCH]; // scope when counted, else -1 - reason slot
    private final CsvLine again = new CsvLine();
    /** Where the touched values go, so that the compiler keeps the loads ({@link EntityIndex#touch}). */
    private long sink;

    /**
     * Reads what needs no lookup (gas, unit, scope, biogenic, amount) and puts the row off: at
     * {@link #flush} the entities of a batch of rows are looked up, then their sums updated, each
     * in a tight loop, so that the memory accesses of many rows overlap instead of following one
     * another. A row with anything to report, or an amount outside fixed point, is read again by
     * {@link #slow} at flush, so that every error is made in one place.
     */
    @Override
    public void row(CsvLine r, long line, List<Problem> errors) {
        byte[] b = r.buf();
        if (pending == BATCH || (pending > 0 && b != batchBuf)) flush(errors);
        batchBuf = b;
        int k = pending++;
        lines[k] = line;
        lineFrom[k] = r.from();
        lineTo[k] = r.to();
        entityFrom[k] = r.start(cEntity);
        entityTo[k] = r.end(cEntity);
        if (ids != null) {
            idFrom[k] = r.start(cId);
            idTo[k] = r.end(cId);
        }
        groups[k] = -1;
        if (mayBeTooLong(r)) return;
        int gas = gasCache.get(b, r.start(cGas), r.end(cGas)); // a gas too long is never cached
        if (gas < 0) return;
        MassUnit unit = FixedPoint.unit(b, r.start(cUnit), r.end(cUnit));
        if (unit == null) return;
        int scope = 1;
        if (!r.isEmpty(cScope)) {
            scope = r.end(cScope) - r.start(cScope) == 1 ? b[r.start(cScope)] - '0' : 0;
            if (scope < 1 || scope > 3) return;
        }
        boolean biogenic = false;
        if (!r.isEmpty(cBiogenic)) {
            int n = r.end(cBiogenic) - r.start(cBiogenic);
            int at = r.start(cBiogenic);
            if (n == 4 && b[at] == 't' && b[at + 1] == 'r' && b[at + 2] == 'u' && b[at + 3] == 'e') biogenic = true;
            else if (!(n == 5 && b[at] == 'f' && b[at + 1] == 'a' && b[at + 2] == 'l' && b[at + 3] == 's' && b[at + 4] == 'e')) return;
        }
        long n = FixedPoint.nanotonnes(b, r.start(cAmount), r.end(cAmount), unit);
        if (n == FixedPoint.NOT_FIXED) return;
        nanos[k] = n;
        groups[k] = Classifier.group(gas, scope, biogenic);
    }

    @Override
    public void flush(List<Problem> errors) {
        int n = pending;
        if (n == 0) return;
        byte[] b = batchBuf;
        // hashes first, then the slots read in a loop of a few instructions each, so that many reads wait at once
        for (int k = 0; k < n; k++) hashes[k] = EntityIndex.hash(b, entityFrom[k], entityTo[k]);
        long touched = 0;
        for (int k = 0; k < n; k++) touched += entities.touch(hashes[k]);
        for (int k = 0; k < n; k++) entries[k] = entities.lookup(b, entityFrom[k], entityTo[k], hashes[k]);
        sink += touched;
        if (ids != null) {
            for (int k = 0; k < n; k++) {
                if (entries[k] != EntityIndex.ABSENT && idTo[k] > idFrom[k]) ids.add((int) entries[k], b, idFrom[k], idTo[k]);
            }
        }
        int m = 0;
        for (int k = 0; k < n; k++) {
            long entry = entries[k];
            int rule = Entities.ruleOf(entry);
            int g = groups[k];
            if (entry == EntityIndex.ABSENT || rule == Shapes.NO_RULE || g < 0) {
                slow(k, entry, errors);
                continue;
            }
            byte cls = classes.classify(rule, g);
            if (cls == Classifier.INVALID) {
                slow(k, entry, errors);
                continue;
            }
            sumEntity[m] = (int) entry;
            if (cls == Classifier.COUNTED || cls == Classifier.COUNTED_OUTSIDE_CAP_BASE) {
                long weight = classes.fixedWeight(metric(rule), Classifier.gasOf(g));
                if (weight == Classifier.NOT_FIXED) {
                    slow(k, entry, errors);
                    continue;
                }
                sumNanos[m] = nanos[k];
                sumWeight[m] = weight;
                // the scope (Classifier.group); 4 more outside the cap base
                sumClass[m] = (g >>> 1 & 3) + 1 + (cls == Classifier.COUNTED ? 0 : OUTSIDE);
            } else {
                sumClass[m] = -1 - (cls - Classifier.REASON);
            }
            m++;
        }
        sink += totals.touch(sumEntity, sumClass, m);
        for (int i = 0; i < m; i++) {
            int c = sumClass[i];
            if (c > 0) {
                totals.counted(sumEntity[i], sumNanos[i], sumWeight[i], c & 3);
                if (c > OUTSIDE) totals.outsideCapBase(sumEntity[i], sumNanos[i], sumWeight[i], c & 3);
            } else {
                totals.notCounted(sumEntity[i], -1 - c);
            }
        }
        pending = 0;
    }

    /** Row {@code k} of the batch, read again cell by cell: every error it has, or its exact sum. */
    private void slow(int k, long entry, List<Problem> errors) {
        again.split(batchBuf, lineFrom[k], lineTo[k]);
        row(again, lines[k], errors, entry);
    }

    private void row(CsvLine r, long line, List<Problem> errors, long entry) {
        byte[] b = r.buf();
        if (entry == EntityIndex.ABSENT) {
            errors.add(Rows.undeclared(FILE, line, r.text(cEntity)));
            return;
        }
        int rule = Entities.ruleOf(entry);
        // an entity whose row in entities.csv is wrong (reported there): its cells are read for
        // their problems as check reads them, but not judged (no claim, no metric)
        boolean judged = rule != Shapes.NO_RULE;
        int e = (int) entry;
        int before = errors.size();
        if (cId >= 0 && Rows.mayBeTooLong(Emissions.ID, r.end(cId) - r.start(cId))) {
            Rows.value(Emissions.ID.name(), Emissions.ID, false, r.text(cId), FILE, line, errors);
        }
        if (cSource >= 0 && Rows.mayBeTooLong(Emissions.SOURCE, r.end(cSource) - r.start(cSource))) {
            Rows.value(Emissions.SOURCE, r.text(cSource), FILE, line, errors);
        }
        int gas = gasCache.get(b, r.start(cGas), r.end(cGas));
        if (gas < 0) {
            String name = r.text(cGas);
            if (name == null || Rows.mayBeTooLong(Emissions.GAS, r.end(cGas) - r.start(cGas))) {
                name = Rows.value(Emissions.GAS, name, FILE, line, errors); // required, at most KEY_TEXT characters
            }
            if (name != null) {
                gas = gases.id(name);
                gasCache.put(b, r.start(cGas), r.end(cGas), gas);
            }
        }
        MassUnit unit = FixedPoint.unit(b, r.start(cUnit), r.end(cUnit));
        if (unit == null) unit = Rows.value(Emissions.UNIT, r.text(cUnit), FILE, line, errors); // the schema's reading: ' t' is t
        int scope = 1;
        if (!r.isEmpty(cScope)) {
            scope = r.end(cScope) - r.start(cScope) == 1 ? b[r.start(cScope)] - '0' : 0;
            if (scope < 1 || scope > 3) {
                // anything but one digit: the schema's reading (a whole number, then a scope)
                Scope read = Rows.value(Emissions.SCOPE, r.text(cScope), FILE, line, errors);
                scope = read == null ? 1 : read.number();
            }
        }
        boolean biogenic = false;
        if (!r.isEmpty(cBiogenic)) {
            Boolean bio = Rows.value(Emissions.BIOGENIC, r.text(cBiogenic), FILE, line, errors);
            biogenic = bio != null && bio;
        }
        byte cls = gas >= 0 && judged ? classes.classify(rule, Classifier.group(gas, scope, biogenic)) : 0;
        long nanos = unit == null ? FixedPoint.NOT_FIXED : FixedPoint.nanotonnes(b, r.start(cAmount), r.end(cAmount), unit);
        BigDecimal exact = null;
        if (nanos == FixedPoint.NOT_FIXED) exact = Rows.value(Emissions.AMOUNT, r.text(cAmount), FILE, line, errors);
        // core's checks of the record (its gas), as check makes them: only of a row whose cells were all read
        if (cls == Classifier.INVALID && errors.size() == before) {
            GasIds.Verdict v = gases.check(gas, metric(rule), biogenic);
            errors.add(new Problem(FILE, line, v.field(), v.value(), v.key(), v.args()));
        } else if (!judged && gas >= 0 && errors.size() == before) {
            // not judged: the checks check makes of its records, in the claim's metric when the claim
            // was read (else without a metric: a known gas, biogenic CO2 only)
            GasIds.Verdict v = gases.check(gas, entities.recordMetric(e), biogenic);
            if (v.key() != null) errors.add(new Problem(FILE, line, v.field(), v.value(), v.key(), v.args()));
        }
        if (errors.size() > before) {
            entities.markInvalid(e);
            return;
        }
        if (!judged) return;
        if (cls != Classifier.COUNTED && cls != Classifier.COUNTED_OUTSIDE_CAP_BASE) {
            totals.notCounted(e, cls - Classifier.REASON);
            return;
        }
        boolean outside = cls == Classifier.COUNTED_OUTSIDE_CAP_BASE;
        long weight = exact == null ? classes.fixedWeight(metric(rule), gas) : Classifier.NOT_FIXED;
        if (weight != Classifier.NOT_FIXED) {
            totals.counted(e, nanos, weight, scope);
            if (outside) totals.outsideCapBase(e, nanos, weight, scope);
        } else {
            BigDecimal tonnes = exact != null ? unit.toTonnes(exact) : BigDecimal.valueOf(nanos, FixedPoint.SCALE);
            BigDecimal co2e = tonnes.multiply(classifier.weight(metric(rule), gas));
            totals.counted(e, co2e, scope);
            if (outside) totals.outsideCapBase(e, co2e, scope);
        }
    }

    /**
     * Whether the id or the source of a row has more bytes than the schema's characters
     * ({@link Emissions#ID}, {@link Emissions#SOURCE}): then the row is read again slowly, where
     * the text is counted. Two subtractions on cells already split.
     */
    private boolean mayBeTooLong(CsvLine r) {
        return cId >= 0 && r.end(cId) - r.start(cId) > Emissions.ID.maxLength()
                || cSource >= 0 && r.end(cSource) - r.start(cSource) > Emissions.SOURCE.maxLength();
    }

    private Metric metric(int rule) {
        if (rule >= metricOfRule.length || metricOfRule[rule] == null) {
            if (rule >= metricOfRule.length) metricOfRule = java.util.Arrays.copyOf(metricOfRule, Math.max(rule + 1, 8));
            metricOfRule[rule] = classifier.rule(rule).metric();
        }
        return metricOfRule[rule];
    }
}
