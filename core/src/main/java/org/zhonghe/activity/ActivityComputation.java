package org.zhonghe.activity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhonghe.Decimals;
import org.zhonghe.activity.ActivityUnit.Dimension;
import org.zhonghe.assessment.Period;

/** The records of one activity (see {@link ActivityCalculator}); problems go to its {@link Lookup}. */
final class ActivityComputation {
    private static final String EXPLICIT = "explicit";
    private final Activity a;
    private final Lookup lookup;
    private final Scope2Method method;
    private final int periodYear;
    /** The days of the consumption, which a certificate's vintage is held to ({@link InstrumentFit}). */
    private final Period consumption;
    private final List<Computed> out = new ArrayList<>();

    ActivityComputation(Activity a, Lookup lookup, Scope2Method method, int periodYear, Period consumption) {
        this.a = a;
        this.lookup = lookup;
        this.method = method;
        this.periodYear = periodYear;
        this.consumption = consumption;
    }

    List<Computed> compute() {
        if (!a.kind().isPurchasedEnergy() && (!a.instruments().isEmpty() || a.supplierFactor() != null)) {
            lookup.report(a.instruments().isEmpty() ? "supplierFactor" : "instrument", a.kind().id(),
                    "activity.instrument.notScope2", a.kind().id());
            return out;
        }
        switch (a.kind()) {
            case FUEL_COMBUSTION -> byFactors(true, null);
            case PROCESS -> byFactors(false, null);
            case REFRIGERANT_LEAK -> leak();
            case ELECTRICITY, HEAT, STEAM, COOLING -> purchased();
        }
        return out;
    }

    /**
     * Fuel or process: each gas's factor (or the explicit one) times the amount in its unit. A set's
     * row for a year is looked up for the activity's {@code year}, else the year its period starts
     * (its own, else the claim's), as for bought energy: a row without a year holds for any.
     */
    private void byFactors(boolean throughFuelProperties, Scope2Method m) {
        List<Lookup.Found> found = factors(a.factor(), a.kind() == ActivityKind.FUEL_COMBUSTION ? a.sectorOrDefault()
                : a.sector(), year());
        for (Lookup.Found part : found) {
            for (Factor f : part.factors()) {
                Product p = new Product(a.amount(), a.unit().symbol());
                if (!toUnitOf(p, f.unit().denominator(), throughFuelProperties)) return;
                add(p.times(part.set(), f), f, m, m == null || m == method, fromNextSet(found, part), nextSetArgs(found, part, f));
            }
        }
    }

    private void leak() {
        if (a.factor() != null) {
            // a leak is its mass of gas, weighed by the gas's GWP: a factor written on it would be left unread
            lookup.report("factor", a.factor().value().toPlainString(), "activity.factor.leak", a.kind().id());
            return;
        }
        if (a.gas() == null) {
            lookup.report("gas", null, "activity.subject.required", a.kind().id(), "gas");
            return;
        }
        if (a.unit().dimension() != Dimension.MASS) {
            lookup.report("unit", a.unit().symbol(), "activity.wrongDimension", a.unit().symbol(),
                    a.unit().dimension().id(), a.kind().id(), Dimension.MASS.id());
            return;
        }
        Product p = new Product(a.amount(), a.unit().symbol()).convert(a.unit(), ActivityUnit.T);
        out.add(new Computed(a.id() + "." + a.gas(), a.id(), a.gas(), Decimals.normalize(p.value()), a.scope(), false, null,
                true, p.result(a.gas())));
    }

    /** Bought energy: location-based from the grid (or explicit) factor, market-based after the instruments. */
    private void purchased() {
        Integer year = year();
        List<Lookup.Found> location = factors(a.factor(), a.sector(), year);
        if (location.isEmpty()) return;
        int before = out.size();
        for (Lookup.Found part : location) {
            for (Factor f : part.factors()) {
                Product p = new Product(a.amount(), a.unit().symbol());
                if (!toUnitOf(p, f.unit().denominator(), false)) return;
                add(p.times(part.set(), f), f, Scope2Method.LOCATION, method == Scope2Method.LOCATION,
                        fromNextSet(location, part), nextSetArgs(location, part, f));
            }
        }
        if (out.size() == before) return;
        market(location, year);
    }

    /**
     * Market-based: the certificates that fit the consumption ({@link InstrumentFit}: vintage and
     * market) cover their volume at zero; one that does not fit covers nothing, and the formula
     * names it (the finding {@code INSTRUMENT_NOT_APPLIED} says why).
     */
    private void market(List<Lookup.Found> grid, Integer year) {
        BigDecimal covered = BigDecimal.ZERO;
        List<String> applied = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Instrument i : a.instruments()) {
            if (i.unit().dimension() != Dimension.ENERGY) {
                lookup.report("instrument", i.unit().symbol(), "activity.instrument.unit", i.id(), i.unit().symbol());
                return;
            }
            if (InstrumentFit.of(i, a, consumption).isPresent()) {
                refused.add(i.id());
                continue;
            }
            applied.add(i.id());
            covered = covered.add(i.volume().multiply(i.unit().ratioTo(a.unit()).value()));
        }
        BigDecimal used = covered.min(a.amount());
        BigDecimal remainder = a.amount().subtract(used);
        String u = a.unit().symbol();
        String shown = Decimals.plain(remainder) + " " + u;
        if (!applied.isEmpty()) {
            shown = "(" + Decimals.plain(a.amount()) + " " + u + " − " + Decimals.plain(used) + " " + u + " ["
                    + String.join(", ", applied)
                    + (covered.compareTo(a.amount()) > 0 ? "; " + Decimals.plain(covered) + " " + u + " " + Derivation.HELD : "")
                    + "])";
        }
        if (!refused.isEmpty()) shown = shown + " [" + Derivation.NOT_APPLIED + ": " + String.join(", ", refused) + "]";
        String note;
        List<String> args;
        List<Lookup.Found> rest;
        if (a.supplierFactor() != null) {
            rest = List.of(explicit(a.supplierFactor(), "supplierFactor"));
            note = "activity.note.supplier";
            args = List.of();
        } else {
            Optional<Lookup.Residual> residual = a.factor() != null || a.grid() == null ? Optional.empty()
                    : lookup.residualMix(a.grid(), year);
            if (residual.isPresent()) {
                rest = List.of(residual.get().found());
                note = "activity.note.residualMix";
                args = List.of(a.grid(), residual.get().grid(), residual.get().found().set());
            } else {
                rest = grid;
                note = a.factor() != null ? "activity.note.explicitForResidual" : "activity.note.gridForResidual";
                args = List.of(a.grid() == null ? "—" : a.grid(), lookup.ids());
            }
        }
        for (Lookup.Found part : rest) {
            for (Factor f : part.factors()) {
                Product p = Product.of(remainder, shown);
                if (!toUnitOf(p, f.unit().denominator(), false)) return;
                add(p.times(part.set(), f), f, Scope2Method.MARKET, method == Scope2Method.MARKET, note, args);
            }
        }
    }

    /** The year whose factors apply: the activity's own, else the year its period starts (its own, else the claim's). */
    private Integer year() {
        return a.year() != null ? a.year() : Integer.valueOf(periodYear);
    }

    private List<Lookup.Found> factors(ExplicitFactor explicit, String sector, Integer year) {
        if (explicit != null) return List.of(explicit(explicit, "factor"));
        String subject = a.subject();
        if (subject == null) {
            lookup.report(subjectField(), null, "activity.subject.required", a.kind().id(), subjectField());
            return List.of();
        }
        return lookup.emissionFactors(subject, sector, year);
    }

    /**
     * The note of a record whose gas came from a set after the first one drawn on (that set
     * lacks the gas for this subject), or null.
     */
    private static String fromNextSet(List<Lookup.Found> parts, Lookup.Found part) {
        return part == parts.get(0) ? null : "activity.note.gasFromNextSet";
    }

    /** The arguments of {@link #fromNextSet}'s note: the gas, the subject, the first set, this one. */
    private List<String> nextSetArgs(List<Lookup.Found> parts, Lookup.Found part, Factor f) {
        return part == parts.get(0) ? List.of() : List.of(Lookup.gasOf(f), a.subject(), parts.get(0).set(), part.set());
    }

    private Lookup.Found explicit(ExplicitFactor f, String role) {
        String gas = f.unit().gas() != null ? f.unit().gas() : a.gas() != null ? a.gas() : "CO2";
        return new Lookup.Found(EXPLICIT, List.of(f.asFactor(a.id(), gas, role)));
    }

    /**
     * Multiplies {@code p} (the amount in the activity's unit) into {@code target}: directly within
     * a dimension; for a fuel, from mass or volume to energy through the set's NCV (and density).
     */
    private boolean toUnitOf(Product p, ActivityUnit target, boolean throughFuelProperties) {
        ActivityUnit u = a.unit();
        if (u.dimension() == target.dimension()) {
            p.convert(u, target);
            return true;
        }
        if (!throughFuelProperties || u.dimension() == Dimension.ENERGY) {
            lookup.report("unit", u.symbol(), "activity.wrongDimension", u.symbol(), u.dimension().id(), a.kind().id(),
                    target.dimension().id());
            return false;
        }
        String fuel = a.fuel() == null ? "—" : a.fuel();
        if (target.dimension() == Dimension.ENERGY) {
            Optional<Lookup.Found> ncv = lookup.property(fuel, Factor.NCV, u.dimension());
            if (ncv.isPresent()) {
                return through(p, u, ncv.get(), target);
            }
            Optional<Lookup.Found> ncvMass = lookup.property(fuel, Factor.NCV, Dimension.MASS);
            if (u.dimension() == Dimension.MASS || ncvMass.isEmpty()) {
                lookup.report("unit", u.symbol(), "activity.noNcv", fuel, u.dimension().id(), lookup.ids(),
                        lookup.setsWithProperty(fuel, Factor.NCV, u.dimension()));
                return false;
            }
            Optional<Lookup.Found> density = lookup.property(fuel, Factor.DENSITY, Dimension.VOLUME);
            if (density.isEmpty()) {
                lookup.report("unit", u.symbol(), "activity.noDensity", u.symbol(), fuel, lookup.ids(),
                        lookup.setsWithProperty(fuel, Factor.DENSITY, Dimension.VOLUME));
                return false;
            }
            ActivityUnit perMass = ncvMass.get().factors().get(0).unit().denominator();
            through(p, u, density.get(), perMass);
            return through(p, perMass, ncvMass.get(), target);
        }
        Optional<Lookup.Found> density = lookup.property(fuel, Factor.DENSITY, Dimension.VOLUME);
        if (target.dimension() == Dimension.MASS && u.dimension() == Dimension.VOLUME && density.isPresent()) {
            return through(p, u, density.get(), target);
        }
        lookup.report("unit", u.symbol(), "activity.wrongDimension", u.symbol(), u.dimension().id(), a.kind().id(),
                target.dimension().id());
        return false;
    }

    /** {@code p} in {@code from} × the property (per its denominator) into {@code to} (its numerator's dimension). */
    private static boolean through(Product p, ActivityUnit from, Lookup.Found property, ActivityUnit to) {
        Factor f = property.factors().get(0);
        p.convert(from, f.unit().denominator()).times(property.set(), f).convert(f.unit().numerator(), to);
        return true;
    }

    private void add(Product p, Factor f, Scope2Method m, boolean inLedger, String note, List<String> args) {
        boolean biogenic = f.quantity().equals(Factor.BIOGENIC_CO2);
        if (biogenic && !lookup.admitsBiogenic(a.subject())) {
            // CO2 of the entity's own combustion of biomass alone is reported beside the balance (rules.md §2)
            lookup.report(a.factor() != null ? "factor" : subjectField(), f.unit().toString(), "activity.biogenic.notBiomass",
                    a.kind().id(), a.subject() == null ? "—" : a.subject(), f.unit().toString());
            return;
        }
        String gas = biogenic ? "CO2" : f.quantity();
        p.convert(f.unit().numerator(), ActivityUnit.T);
        Derivation d = p.result(gas);
        if (note != null) d = d.withNote(note, args);
        if (biogenic) d = d.withNote("activity.note.biogenic", List.of());
        out.add(new Computed(a.id() + "." + gas, a.id(), gas, Decimals.normalize(p.value()), a.scope(), biogenic, m, inLedger,
                d));
    }

    private String subjectField() {
        return switch (a.kind()) {
            case FUEL_COMBUSTION, PROCESS -> "fuel";
            case ELECTRICITY, HEAT, STEAM, COOLING -> "grid";
            case REFRIGERANT_LEAK -> "gas";
        };
    }
}
