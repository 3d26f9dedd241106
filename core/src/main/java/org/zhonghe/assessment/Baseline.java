package org.zhonghe.assessment;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The base-year emissions a reduction is measured against (same boundary).
 *
 * @param year      the base year
 * @param emissions t CO2e in the base year
 * @param sector    a sector pathway ({@code flag} for forest, land and agriculture); may be null
 */
public record Baseline(int year, BigDecimal emissions, String sector) {
    public Baseline {
        Objects.requireNonNull(emissions, "emissions");
    }
}
