package org.zhonghe.activity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.zhonghe.assessment.Problem;

/**
 * The factor sets one activity may draw on, searched in order, and the reporting of what is
 * missing (with the sets that do have it).
 *
 * @param activity the activity
 * @param sets     the sets chosen for it; null when the choice itself was a problem
 * @param all      every known set, for telling which have a missing factor
 * @param problems where problems go
 */
record Lookup(Activity activity, List<FactorSet> sets, Map<String, FactorSet> all, List<Problem> problems) {

    /** The gas of a factor for all gases at once, their sum in CO2 equivalents. */
    private static final String CO2E = org.zhonghe.Gas.CO2E.id();

    /** Factors found in one set, with that set's id. */
    record Found(String set, List<Factor> factors) {}

    /**
     * The emission factors for the activity, gas by gas: each gas from the first chosen set that
     * has a factor for it (the biogenic CO2 of a biomass fuel stands in the place of its CO2).
     * A set that gives only some gases of a fuel — a measured CO2 factor, say — leaves the others
     * to the next sets, as an inventory takes its CH4 and N2O from the defaults when it measures
     * only carbon (IPCC 2006 Vol. 2 Ch. 2 §2.3.1: tiers may differ between gases). Before, the
     * first set with any factor gave all gases, and the gases it lacked were not counted.
     * <p>
     * A {@code CO2e} factor stands for every gas at once (it is their sum, each weighed by its
     * GWP), so it never meets another gas's factor from another set: once a set has given
     * {@code CO2e}, later sets give nothing more for the subject; and a later set's {@code CO2e}
     * is not taken once an earlier set has given any gas (it would count that gas again). Before
     * (audit B, c07), a verifier's CO2e for diesel followed by {@code ipcc-2006} counted the
     * diesel twice: the CO2e plus the IPCC's CO2, CH4 and N2O. Within one set, its rows are taken
     * as it writes them.
     *
     * @return one part per set drawn on, the first set's first; empty (and reported) when no
     *         chosen set has a factor
     */
    List<Found> emissionFactors(String subject, String sector, Integer year) {
        Map<String, Found> parts = new java.util.LinkedHashMap<>();
        java.util.Set<String> gases = new java.util.HashSet<>();
        for (FactorSet s : sets) {
            if (gases.contains(CO2E)) break; // a CO2e factor stands for every gas
            List<Factor> fresh = s.emissionFactors(activity.kind().id(), subject, sector, year).stream()
                    .filter(f -> !gases.contains(gasOf(f)))
                    .filter(f -> gases.isEmpty() || !gasOf(f).equals(CO2E)) // never a CO2e on top of a gas given
                    .toList();
            if (fresh.isEmpty()) continue;
            fresh.forEach(f -> gases.add(gasOf(f)));
            parts.put(s.id(), new Found(s.id(), fresh));
        }
        if (!parts.isEmpty()) return List.copyOf(parts.values());
        String what = activity.kind().id() + " / " + subject + (activity.kind() == ActivityKind.FUEL_COMBUSTION
                ? " / " + sector : "") + (year == null ? "" : " / " + year);
        // in the order of their ids: the map of sets comes from the reader in any order, the message must not
        String elsewhere = all.values().stream().filter(s -> s.covers(activity.kind().id(), subject))
                .sorted(java.util.Comparator.comparing(FactorSet::id)).map(s -> s.id() + years(s, subject)).collect(Collectors.joining(", "));
        if (elsewhere.isEmpty()) {
            String near = nearSubjects(subject);
            if (isBlend(subject)) {
                report(field(), subject, "activity.noFactor.blend", what, ids(), near.isEmpty() ? "—" : near);
            } else if (!near.isEmpty()) {
                report(field(), subject, "activity.noFactor.near", what, ids(), near);
            } else {
                report(field(), subject, "activity.noFactor.nowhere", what, ids());
            }
        } else {
            // the sets with factors for the subject, not "that have it": the year asked for may be one none has
            report(field(), subject, "activity.noFactor.elsewhere", what, ids(), elsewhere,
                    activity.kind().id() + " / " + subject);
        }
        return List.of();
    }

    /** The gas a factor gives a record of: biogenic CO2 is CO2, marked biogenic. */
    static String gasOf(Factor f) {
        return f.quantity().equals(Factor.BIOGENIC_CO2) ? "CO2" : f.quantity();
    }

    /**
     * The known subjects of this kind of activity, in every set, that share a word of three letters
     * or more with {@code subject} ({@code diesel-b20}: {@code biodiesels, gas-diesel-oil}), in
     * alphabetical order, at most eight: for the message of a subject no set has.
     */
    private String nearSubjects(String subject) {
        java.util.Set<String> words = new java.util.TreeSet<>();
        for (String w : subject.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3 && w.chars().anyMatch(Character::isLetter)) words.add(w);
        }
        java.util.Set<String> near = new java.util.TreeSet<>();
        for (FactorSet set : all.values()) {
            for (Factor f : set.factors()) {
                if (f.isProperty() || !f.activity().equals(activity.kind().id())) continue;
                String known = f.subject().toLowerCase(java.util.Locale.ROOT);
                for (String w : words) if (known.contains(w)) near.add(f.subject());
            }
        }
        return near.stream().limit(8).collect(Collectors.joining(", "));
    }

    /** A blend of a fossil fuel and a biofuel by its usual names: B20, E10, "blend", 混 (掺混, 调和). */
    private static boolean isBlend(String subject) {
        String s = subject.toLowerCase(java.util.Locale.ROOT);
        return s.matches(".*(^|[^\\p{L}\\p{N}])[be]\\d{1,3}([^\\p{L}\\p{N}]|$).*") || s.contains("blend") || s.contains("混");
    }

    /**
     * The residual mix of {@code grid} for {@code year}: the factors of the grid that the first
     * chosen set names as its residual mix ({@link FactorSets#residualMix}) and has for that year;
     * empty (and nothing reported) when none has one.
     *
     * @return the set, its factors and the residual grid's id
     */
    Optional<Residual> residualMix(String grid, Integer year) {
        for (FactorSet s : sets) {
            Optional<String> residual = FactorSets.residualMix(s.id(), grid);
            if (residual.isEmpty()) continue;
            List<Factor> f = s.emissionFactors(activity.kind().id(), residual.get(), null, year);
            if (!f.isEmpty()) return Optional.of(new Residual(new Found(s.id(), f), residual.get()));
        }
        return Optional.empty();
    }

    /** A residual mix found: its factors and the id of the grid they are of. */
    record Residual(Found found, String grid) {}

    /** A fuel property (NCV, density) per {@code per}, from the first chosen set that has it. */
    Optional<Found> property(String fuel, String quantity, ActivityUnit.Dimension per) {
        for (FactorSet s : sets) {
            Optional<Factor> f = s.property(fuel, quantity, per);
            if (f.isPresent()) return Optional.of(new Found(s.id(), List.of(f.get())));
        }
        return Optional.empty();
    }

    /** The sets that have {@code quantity} of {@code fuel} per {@code per}, for messages. */
    String setsWithProperty(String fuel, String quantity, ActivityUnit.Dimension per) {
        String have = all.values().stream().filter(s -> s.property(fuel, quantity, per).isPresent())
                .map(FactorSet::id).sorted().collect(Collectors.joining(", "));
        return have.isEmpty() ? "—" : have;
    }

    String ids() {
        return sets.stream().map(FactorSet::id).collect(Collectors.joining(", "));
    }

    /**
     * Whether biogenic CO2 can come of this activity: CO2 of the entity's own combustion of biomass
     * (rules.md §2, {@code BIOGENIC_REPORTED_SEPARATELY}: "combustion of biomass"; IPCC 2006 Vol. 2
     * Ch. 2 reports it as an information item). Never of bought energy (electricity, heat, steam,
     * cooling), which is not the entity's combustion, nor of a leak; never of a fuel for which the
     * IPCC 2006 defaults give fossil CO2 (diesel, coal, natural gas …). A fuel they do not list is
     * the user's to say (session 25; before, a factor written {@code t CO2-biogenic/MWh} took grid
     * electricity, and {@code kg CO2-biogenic/TJ} diesel, out of the balance).
     */
    boolean admitsBiogenic(String fuel) {
        if (activity.kind() != ActivityKind.FUEL_COMBUSTION && activity.kind() != ActivityKind.PROCESS) return false;
        FactorSet defaults = all.get(FactorSets.DEFAULT);
        return defaults == null || defaults.factors().stream().noneMatch(f -> !f.isProperty() && f.subject().equals(fuel)
                && f.quantity().equals("CO2"));
    }

    void report(String field, String value, String key, Object... args) {
        problems.add(Problem.at(activity.origin(), "activities[" + activity.id() + "]." + field, value, key, args));
    }

    private String field() {
        return switch (activity.kind()) {
            case FUEL_COMBUSTION, PROCESS -> "fuel";
            case ELECTRICITY, HEAT, STEAM, COOLING -> "grid";
            case REFRIGERANT_LEAK -> "gas";
        };
    }

    private String years(FactorSet s, String subject) {
        List<Integer> y = s.years(activity.kind().id(), subject);
        return y.isEmpty() ? "" : " (" + y.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
    }
}
