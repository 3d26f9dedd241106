package org.zhonghe.activity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.zhonghe.assessment.CreditKey;
import org.zhonghe.assessment.Period;
import org.zhonghe.assessment.Problem;

/**
 * Turns activities into emission records with the chosen factor sets: fuel through its net
 * calorific value (and density, when the set has one) to energy, times each gas's factor; bought
 * energy times the grid's factor (location-based) and after its certificates (market-based); a
 * leak as the mass of its gas. Every product is exact; every missing factor, calorific value or
 * density and every unit of the wrong dimension is a problem naming what is missing and which
 * sets have it. Stateless once built; thread-safe.
 */
public final class ActivityCalculator {
    private final Map<String, FactorSet> sets;

    /** @param sets every set that may be named (the built-in ones and the assessment's own), by id */
    public ActivityCalculator(Map<String, FactorSet> sets) {
        this.sets = Map.copyOf(sets);
    }

    /** With the built-in sets only. */
    public static ActivityCalculator builtIn() {
        return new ActivityCalculator(FactorSets.builtIn());
    }

    /** What computing gave: the inventory, or problems (then the inventory is not to be used). */
    public record Result(Inventory inventory, List<Problem> problems) {
        public Result {
            Objects.requireNonNull(inventory, "inventory");
            problems = List.copyOf(problems);
        }
    }

    /**
     * Computes every activity.
     *
     * @param activities  as written
     * @param factorSets  the claim's sets, searched in order (an activity's own set replaces them)
     * @param method      the Scope 2 method whose records join the ledger
     * @param periodYear  the year of a grid factor when an activity states none
     */
    public Result compute(List<Activity> activities, List<String> factorSets, Scope2Method method, int periodYear) {
        return compute(activities, factorSets, method, periodYear, null);
    }

    /**
     * Computes every activity of a claim over {@code period}: an activity's own period must lie
     * within it (else the problem {@code activity.period.outside}), and its first year is the
     * year of the activity's grid factor when it states none.
     */
    public Result compute(List<Activity> activities, List<String> factorSets, Scope2Method method, Period period) {
        return compute(activities, factorSets, method, period.from().getYear(), period);
    }

    private Result compute(List<Activity> activities, List<String> factorSets, Scope2Method method, int periodYear,
                           Period period) {
        List<Problem> problems = new ArrayList<>();
        List<Computed> computed = new ArrayList<>();
        for (String id : factorSets) {
            if (!sets.containsKey(id)) {
                problems.add(new Problem("", 0, "claim.factorSet", id, "activity.factorSet.unknown",
                        List.of(id, String.join(", ", sets.keySet()))));
            }
        }
        if (problems.isEmpty()) {
            Map<String, Listed> certificates = new HashMap<>();
            Map<String, Integer> ids = new HashMap<>();
            for (Activity a : activities) {
                // unique (activity-data.md, batch.md): records are named ID.GAS, and two activities of one id
                // whose gases differ would otherwise pass as one source
                Integer first = ids.putIfAbsent(a.id(), a.origin().lineOf("id"));
                if (first != null) {
                    problems.add(Problem.at(a.origin(), "activities[" + a.id() + "].id", a.id(), "id.duplicate", a.id(),
                            "activities", String.valueOf(first)));
                }
                onceEach(a, certificates, problems);
                if (a.period() != null && period != null && (a.period().from().isBefore(period.from())
                        || a.period().to().isAfter(period.to()))) {
                    problems.add(Problem.at(a.origin(), "activities[" + a.id() + "].period",
                            a.period().from() + "/" + a.period().to(), "activity.period.outside",
                            a.period().from().toString(), a.period().to().toString(), period.from().toString(),
                            period.to().toString()));
                    continue;
                }
                int year = a.period() != null ? a.period().from().getYear() : periodYear;
                Lookup lookup = new Lookup(a, chosen(a, factorSets, problems), sets, problems);
                if (lookup.sets() == null) continue;
                // the consumption a certificate's vintage is held to: the activity's own period, else the claim's
                Period consumption = a.period() != null ? a.period() : period != null ? period
                        : new Period(java.time.LocalDate.of(periodYear, 1, 1), java.time.LocalDate.of(periodYear, 12, 31));
                computed.addAll(new ActivityComputation(a, lookup, method, year, consumption).compute());
            }
        }
        return new Result(new Inventory(activities, factorSets, method, problems.isEmpty() ? computed : List.of()),
                problems);
    }

    /** Where a certificate was first listed: its activity and line. */
    private record Listed(String activityId, int line) {}

    /**
     * A certificate retired for the period covers its volume once (docs/activity-data.md: they
     * "cover their volume"; GHG Protocol Scope 2 Guidance, Scope 2 Quality Criteria: an instrument
     * is claimed once): the same certificate listed again, on this activity or another, is an input
     * error, never a second cover of the same volume. Ids are compared in the canonical form of a
     * credit's serial ({@link CreditKey#canonicalSerial}: NFKC, invisible characters removed, dashes
     * folded, case folded as for the registries whose codes are upper case; session 25, audit B c11:
     * before, {@code irec-cn-2022-0001} beside {@code IREC-CN-2022-0001} covered a second meter).
     */
    private static void onceEach(Activity a, Map<String, Listed> certificates, List<Problem> problems) {
        for (Instrument i : a.instruments()) {
            String key = CreditKey.canonicalSerial(i.id()); // case folded too: certificate ids are upper-case codes
            Listed first = certificates.putIfAbsent(key, new Listed(a.id(), i.origin().lineOf("id")));
            if (first != null) {
                problems.add(Problem.at(i.origin(), "activities[" + a.id() + "].instrument.id", i.id(),
                        "activity.instrument.duplicate", i.id(), first.activityId(), String.valueOf(first.line())));
            }
        }
    }

    private List<FactorSet> chosen(Activity a, List<String> claimSets, List<Problem> problems) {
        if (a.factorSet() == null) return claimSets.stream().map(sets::get).toList();
        FactorSet own = sets.get(a.factorSet());
        if (own == null) {
            problems.add(Problem.at(a.origin(), "activities[" + a.id() + "].factorSet", a.factorSet(),
                    "activity.factorSet.unknown", a.factorSet(), String.join(", ", sets.keySet())));
            return null;
        }
        return List.of(own);
    }
}
