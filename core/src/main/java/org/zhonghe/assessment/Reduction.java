package org.zhonghe.assessment;

import java.math.BigDecimal;
import java.util.Objects;
import org.zhonghe.MassUnit;

/**
 * An emission reduction or avoided emission (a measure's effect, or "Scope 3+" help to others,
 * §4.2.1): reported, never deducted from the balance.
 *
 * @param id      unique within the reductions
 * @param measure what was done
 * @param amount  t CO2e in {@code unit}
 * @param unit    unit of {@code amount}
 * @param origin  where it was written
 */
public record Reduction(String id, String measure, BigDecimal amount, MassUnit unit, Origin origin) {
    public Reduction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(origin, "origin");
    }

    public BigDecimal tonnes() {
        return unit.toTonnes(amount);
    }
}
