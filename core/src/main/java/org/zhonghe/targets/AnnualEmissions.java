package org.zhonghe.targets;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One year of an emissions series. Emissions and removals are in whatever mass unit the file uses
 * (e.g. Mt CO2e), the same for every year; GDP in any constant-price unit, the same for every year.
 *
 * @param year      calendar year
 * @param emissions gross emissions, not negative
 * @param gdp       gross domestic product, greater than zero; {@code null} when the series has no GDP
 * @param removals  removals, not negative, counted as a positive number; {@code null} when the series has none
 */
public record AnnualEmissions(int year, BigDecimal emissions, BigDecimal gdp, BigDecimal removals) {

    public AnnualEmissions {
        Objects.requireNonNull(emissions, "emissions");
        if (emissions.signum() < 0) {
            throw new IllegalArgumentException("emissions are negative: " + emissions.toPlainString());
        }
        if (gdp != null && gdp.signum() <= 0) {
            throw new IllegalArgumentException("gdp is not positive: " + gdp.toPlainString());
        }
        if (removals != null && removals.signum() < 0) {
            throw new IllegalArgumentException("removals are negative: " + removals.toPlainString());
        }
    }

    /** Net emissions: emissions minus removals (emissions when there are no removals). */
    public BigDecimal net() {
        return removals == null ? emissions : emissions.subtract(removals);
    }
}
