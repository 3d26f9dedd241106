package org.zhonghe.assessment;

import java.math.BigDecimal;
import java.util.Objects;
import org.zhonghe.MassUnit;

/**
 * A climate effect of human activity other than GHG flows (albedo change, local climate, SR15;
 * paper §3.2): counted only under climate neutrality.
 *
 * @param id     unique within the items
 * @param kind   what it is ({@code albedo} …)
 * @param amount t CO2e in {@code unit}; may be negative (a cooling effect)
 * @param unit   unit of {@code amount}
 * @param origin where it was written
 */
public record OtherEffect(String id, String kind, BigDecimal amount, MassUnit unit, Origin origin) {
    public OtherEffect {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(origin, "origin");
    }

    public BigDecimal tonnes() {
        return unit.toTonnes(amount);
    }
}
