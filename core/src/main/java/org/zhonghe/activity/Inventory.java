package org.zhonghe.activity;

import java.math.BigDecimal;
import java.util.List;
import org.zhonghe.MassUnit;
import org.zhonghe.assessment.Emission;
import org.zhonghe.assessment.Origin;

/**
 * The activities of an assessment and what they were computed to: every gas of every activity,
 * purchased energy both location- and market-based (only the claim's method joins the ledger).
 *
 * @param activities  as written
 * @param factorSets  the ids of the sets chosen for the assessment, in order
 * @param scope2Method the method whose records join the ledger
 * @param computed    in activity order, then gas order
 */
public record Inventory(List<Activity> activities, List<String> factorSets, Scope2Method scope2Method,
                        List<Computed> computed) {
    /** No activities. */
    public static final Inventory EMPTY = new Inventory(List.of(), List.of(FactorSets.DEFAULT), Scope2Method.LOCATION,
            List.of());

    public Inventory {
        activities = List.copyOf(activities);
        factorSets = List.copyOf(factorSets);
        java.util.Objects.requireNonNull(scope2Method, "scope2Method");
        computed = List.copyOf(computed);
    }

    public boolean isEmpty() {
        return activities.isEmpty();
    }

    /** The records that join the emissions ledger, {@code source} the activity's id. */
    public List<Emission> emissions() {
        return computed.stream().filter(Computed::inLedger).map(c -> {
            Origin o = activities.stream().filter(a -> a.id().equals(c.activityId())).findFirst()
                    .map(Activity::origin).orElse(Origin.NONE);
            return new Emission(c.emissionId(), c.gas(), c.tonnes(), MassUnit.T, c.scope(), c.biogenic(), c.activityId(), o,
                    c.derivation().formula());
        }).toList();
    }

    /** Scope 2 from purchased energy by {@code method}, t by gas summed as written (not CO2e). */
    public BigDecimal scope2Tonnes(Scope2Method method, String gas) {
        return computed.stream().filter(c -> c.method() == method && c.gas().equals(gas))
                .map(Computed::tonnes).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether any activity is purchased energy (then both Scope 2 methods are shown). */
    public boolean hasScope2() {
        return computed.stream().anyMatch(c -> c.method() != null);
    }
}
