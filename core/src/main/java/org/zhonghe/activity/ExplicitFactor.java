package org.zhonghe.activity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A factor written in the assessment itself (a verifier's value, a supplier's rate), which must
 * say where it comes from.
 *
 * @param value  not negative
 * @param unit   e.g. {@code t CO2/MWh}
 * @param source the citation, required
 */
public record ExplicitFactor(BigDecimal value, FactorUnit unit, String source) {
    public ExplicitFactor {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        if (value.signum() < 0) throw new IllegalArgumentException("negative factor: " + value);
    }

    /** As a factor of the set {@code explicit}, for the activity {@code activityId}. */
    Factor asFactor(String activityId, String gas, String role) {
        return new Factor(activityId + "/" + role, "", "", null, null, gas, value, unit, source);
    }
}
