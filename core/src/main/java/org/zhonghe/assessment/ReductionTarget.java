package org.zhonghe.assessment;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A reduction target of a plan.
 *
 * @param year             the target year
 * @param reductionPercent percent below the base year (40 means 40 %)
 * @param baseYear         the base year; may be null
 */
public record ReductionTarget(int year, BigDecimal reductionPercent, Integer baseYear) {
    public ReductionTarget {
        Objects.requireNonNull(reductionPercent, "reductionPercent");
    }
}
