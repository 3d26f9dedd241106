package org.zhonghe.batch;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.zhonghe.activity.Activity;
import org.zhonghe.activity.ActivityKind;
import org.zhonghe.activity.ActivityUnit;
import org.zhonghe.activity.ExplicitFactor;
import org.zhonghe.activity.FactorUnit;
import org.zhonghe.activity.Instrument;
import org.zhonghe.assessment.Origin;
import org.zhonghe.assessment.Period;
import org.zhonghe.assessment.Problem;
import org.zhonghe.assessment.Scope;
import org.zhonghe.ledger.LedgerField;
import org.zhonghe.ledger.LedgerSchema;
import org.zhonghe.ledger.LedgerSchema.Activities;

/**
 * Reads rows of activities.csv (docs/batch.md): the columns of the CSV activities ledger of an
 * assessment ({@link Activities}, docs/activity-data.md) and {@code entity}, each cell read by
 * core's schema as {@code check} reads it. The activities are computed after every file is read
 * ({@link ActivityLedgers}), entity by entity, by the core's calculator.
 */
final class ActivityRows implements FileScan.Rows {
    static final String FILE = "activities.csv";
    static final List<String> FIELDS = fields();
    /** An activity's id names the records it yields ({@code ID.GAS}): unlike other rows, it must be written. */
    static final Set<String> REQUIRED = Set.of("entity", "id", "activity", "amount", "unit");

    private final Header h;
    private final int[] columns;
    private final Entities entities;
    private final ChunkedRecords<Activity> records;
    private final Set<String> userSets;
    private ChunkedRecords.Chunk<Activity> chunk;

    /** @param userSets gets the users' factor-set files the rows name (thread-safe; see {@link UserFactorSets}) */
    ActivityRows(Header h, Entities entities, ChunkedRecords<Activity> records, Set<String> userSets) {
        this.h = h;
        this.columns = Activities.FIELDS.stream().mapToInt(f -> h.column(f.name())).toArray();
        this.entities = entities;
        this.records = records;
        this.userSets = userSets;
    }

    /** The user's factor-set file a row of activities.csv names in its {@code factorSet} cell, or null. */
    static String userSet(CsvLine r, Header h) {
        String name = r.text(h.column(Activities.FACTOR_SET.name()));
        return UserFactorSets.isFileName(name) ? name.strip() : null;
    }

    private static List<String> fields() {
        List<String> names = new ArrayList<>(List.of("entity"));
        names.addAll(LedgerSchema.names(Activities.FIELDS));
        return List.copyOf(names);
    }

    @Override
    public void chunk(int index) {
        chunk = records.chunk(index);
    }

    /** The activities read, added to the entities' lists in file order, each at its line in the file. */
    static void addInOrder(ChunkedRecords<Activity> records, long[] lineOffsets, SmallLedgers ledgers) {
        records.addInOrder(lineOffsets, (a, line, idFromLine) -> at(a, line), ledgers::add);
    }

    /**
     * Lists, for {@link SerialClaims}, the energy certificates on the activities of each of the
     * first {@code n} entities in {@code ledgers} ({@link org.zhonghe.rules.SerialLedger#INSTRUMENTS}):
     * a certificate two entities list is a conflict for each market-based Scope 2 that relies on it.
     */
    static void listInstruments(SmallLedgers ledgers, int n, SerialClaims.Local listed) {
        for (int e = 0; e < n; e++) {
            for (Activity a : ledgers.activities(e)) {
                for (Instrument i : a.instruments()) {
                    listed.add(SerialClaims.hash(org.zhonghe.rules.SerialLedger.INSTRUMENTS, i.id()), e);
                }
            }
        }
    }

    private static Activity at(Activity a, long line) {
        Origin o = Origin.of(FILE, (int) line);
        List<Instrument> instruments = a.instruments().stream()
                .map(i -> i.at(o)).toList();
        return new Activity(a.id(), a.kind(), a.fuel(), a.grid(), a.gas(), a.amount(), a.unit(), a.scope(), a.sector(),
                a.year(), a.factorSet(), a.factor(), a.supplierFactor(), instruments, o, a.period());
    }

    @Override
    public void row(CsvLine r, long line, List<Problem> errors) {
        String set = userSet(r, h); // every row that names one, whatever else it holds: as Spark's driver finds them
        if (set != null) userSets.add(set);
        int e = Rows.entity(r, h, entities, FILE, line, errors);
        if (e < 0) return;
        Cells c = new Cells(r, line, errors);
        String id = c.value(Activities.ID);
        ActivityKind kind = c.value(Activities.ACTIVITY);
        String fuel = c.value(Activities.FUEL);
        String grid = c.value(Activities.GRID);
        String gas = c.value(Activities.GAS);
        BigDecimal amount = c.value(Activities.AMOUNT);
        ActivityUnit unit = c.value(Activities.UNIT);
        Scope scope = c.value(Activities.SCOPE);
        String sector = c.value(Activities.SECTOR);
        Integer year = c.value(Activities.YEAR);
        String factorSet = c.value(Activities.FACTOR_SET);
        ExplicitFactor factor = c.factor(Activities.FACTOR_VALUE, Activities.FACTOR_UNIT, Activities.FACTOR_SOURCE);
        ExplicitFactor supplier = c.factor(Activities.SUPPLIER_VALUE, Activities.SUPPLIER_UNIT,
                Activities.SUPPLIER_SOURCE);
        Instrument instrument = c.instrument(Origin.of(FILE, (int) line));
        Period period = c.period();
        if (!c.valid) {
            entities.markInvalid(e);
            return;
        }
        Activity a = new Activity(id, kind, fuel, grid, gas, amount, unit, scope == null ? kind.defaultScope() : scope,
                sector, year, factorSet, factor, supplier, instrument == null ? List.of() : List.of(instrument),
                Origin.of(FILE, (int) line), period);
        chunk.add(e, line, a, false);
    }

    /** The cells of one row, read by core's schema; {@code valid} turns false at the first problem. */
    private final class Cells {
        private final CsvLine r;
        private final long line;
        private final List<Problem> errors;
        boolean valid = true;

        Cells(CsvLine r, long line, List<Problem> errors) {
            this.r = r;
            this.line = line;
            this.errors = errors;
        }

        String text(LedgerField<?> field) {
            return r.text(columns[Activities.FIELDS.indexOf(field)]);
        }

        <T> T value(LedgerField<T> field) {
            return value(field, field.required());
        }

        <T> T value(LedgerField<T> field, boolean required) {
            String text = text(field);
            if (text == null) {
                if (!required) return field.absent();
                errors.add(Problem.of(FILE, line, field.name(), null, ErrorKeys.REQUIRED, field.name()));
                valid = false;
                return null;
            }
            int before = errors.size();
            T v = Rows.value(field, text, FILE, line, errors);
            if (errors.size() != before) valid = false;
            return v;
        }

        /** An explicit factor when any of its three columns is written: all three then, the unit a mass per unit. */
        ExplicitFactor factor(LedgerField<BigDecimal> value, LedgerField<String> unit, LedgerField<String> source) {
            if (text(value) == null && text(unit) == null && text(source) == null) return null;
            BigDecimal v = value(value, true);
            String unitText = value(unit, true);
            FactorUnit u = unitText == null ? null : FactorUnit.parse(unitText).orElse(null);
            if (unitText != null && (u == null || u.numerator().dimension() != ActivityUnit.Dimension.MASS)) {
                errors.add(Problem.of(FILE, line, unit.name(), unitText, "activity.factor.unit", unitText,
                        ActivityUnit.symbolList()));
                valid = false;
                u = null;
            }
            String s = value(source, true);
            return v == null || u == null || s == null ? null : new ExplicitFactor(v, u, s);
        }

        /** The activity's own period when either column is written: both then, {@code to} not before {@code from}. */
        Period period() {
            if (text(Activities.PERIOD_FROM) == null && text(Activities.PERIOD_TO) == null) return null;
            LocalDate from = value(Activities.PERIOD_FROM, true);
            LocalDate to = value(Activities.PERIOD_TO, true);
            if (from != null && to != null && to.isBefore(from)) {
                errors.add(Problem.of(FILE, line, Activities.PERIOD_TO.name(), to.toString(), "period.order", from.toString(),
                        to.toString()));
                valid = false;
            }
            return valid && from != null && to != null ? new Period(from, to) : null;
        }

        /** A certificate when any of its columns is written: an id, a volume and its unit then (GHG Protocol Scope 2). */
        Instrument instrument(Origin origin) {
            if (text(Activities.INSTRUMENT_ID) == null && text(Activities.INSTRUMENT_KIND) == null
                    && text(Activities.INSTRUMENT_VOLUME) == null && text(Activities.INSTRUMENT_UNIT) == null
                    && text(Activities.INSTRUMENT_VINTAGE) == null && text(Activities.INSTRUMENT_MARKET) == null) {
                return null;
            }
            String id = value(Activities.INSTRUMENT_ID, true);
            String kind = value(Activities.INSTRUMENT_KIND);
            BigDecimal volume = value(Activities.INSTRUMENT_VOLUME, true);
            ActivityUnit unit = value(Activities.INSTRUMENT_UNIT, true);
            org.zhonghe.assessment.Period vintage = value(Activities.INSTRUMENT_VINTAGE);
            String market = value(Activities.INSTRUMENT_MARKET);
            return id == null || volume == null || unit == null ? null
                    : new Instrument(id, kind, volume, unit, origin, vintage, market);
        }
    }
}
