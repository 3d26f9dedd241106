package org.zhonghe.activity;

import java.math.BigDecimal;
import java.util.Objects;
import org.zhonghe.assessment.Scope;

/**
 * One gas of one activity, computed.
 *
 * @param emissionId the id of the emission record ({@code ACTIVITY.GAS})
 * @param activityId the activity
 * @param gas        the gas
 * @param tonnes     t of the gas, exact
 * @param scope      its scope
 * @param biogenic   CO2 from biomass (a factor of gas {@link Factor#BIOGENIC_CO2}): a record of CO2 marked
 *                   biogenic, which the rules treat as biogenic CO2 (rules.md)
 * @param method     for purchased energy, which Scope 2 method; null otherwise
 * @param inLedger   whether it joins the emissions (the claim's Scope 2 method, or not purchased energy)
 * @param derivation how it was computed
 */
public record Computed(String emissionId, String activityId, String gas, BigDecimal tonnes, Scope scope,
                       boolean biogenic, Scope2Method method, boolean inLedger, Derivation derivation) {
    public Computed {
        Objects.requireNonNull(emissionId, "emissionId");
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(gas, "gas");
        Objects.requireNonNull(tonnes, "tonnes");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(derivation, "derivation");
    }
}
