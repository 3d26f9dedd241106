package org.zhonghe.assessment;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The base-year emissions a reduction is measured against (same boundary).
 *
 * @param year       the base year
 * @param emissions  t CO2e in the base year
 * @param sector     a sector pathway ({@code flag} for forest, land and agriculture); may be null
 * @param scope1and2 t CO2e of Scopes 1 and 2 in the base year; null when the baseline is not split
 * @param scope3     t CO2e of Scope 3 in the base year; null exactly when {@code scope1and2} is, and
 *                   with it adding up to {@code emissions}
 * @param scope1     t CO2e of Scope 1 in the base year, the part of {@code scope1and2} that is not
 *                   Scope 2; null when not given, and only given with the split (SBTi CNZS V2.0 sets
 *                   the target of Scope 1 apart from Scope 2: {@code sbti-net-zero-v2})
 */
public record Baseline(int year, BigDecimal emissions, String sector, BigDecimal scope1and2, BigDecimal scope3,
                       BigDecimal scope1) {
    public Baseline {
        Objects.requireNonNull(emissions, "emissions");
        if ((scope1and2 == null) != (scope3 == null)) {
            throw new IllegalArgumentException("a baseline split gives both Scopes 1 and 2 and Scope 3, or neither");
        }
        if (scope1and2 != null && scope1and2.add(scope3).compareTo(emissions) != 0) {
            throw new IllegalArgumentException("baseline split " + scope1and2 + " + " + scope3 + " is not " + emissions);
        }
        if (scope1 != null && (scope1and2 == null || scope1.signum() < 0 || scope1.compareTo(scope1and2) > 0)) {
            throw new IllegalArgumentException("baseline Scope 1 " + scope1 + " is not a part of Scopes 1 and 2 " + scope1and2);
        }
    }

    /** A baseline split into Scopes 1 and 2 and Scope 3, without Scope 1 apart. */
    public Baseline(int year, BigDecimal emissions, String sector, BigDecimal scope1and2, BigDecimal scope3) {
        this(year, emissions, sector, scope1and2, scope3, null);
    }

    /** A baseline given as one total. */
    public Baseline(int year, BigDecimal emissions, String sector) {
        this(year, emissions, sector, null, null, null);
    }

    /** Whether the baseline gives Scopes 1 and 2 and Scope 3 apart. */
    public boolean isSplit() {
        return scope1and2 != null;
    }
}
