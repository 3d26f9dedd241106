package org.zhonghe.rules;

import java.math.BigDecimal;

/**
 * The balance, in t CO2e (t CO2 under a CO2-only concept), from the counted records:
 * {@code net = emissions − removals − credits + otherEffects} (rules.md §6).
 *
 * @param emissions    counted emissions (history included)
 * @param removals     counted removals, net of their lifecycle emissions
 * @param credits      counted credits
 * @param otherEffects counted other climate effects (climate neutrality only)
 */
public record Totals(BigDecimal emissions, BigDecimal removals, BigDecimal credits, BigDecimal otherEffects) {

    /** The net balance: at most zero supports the claim. */
    public BigDecimal net() {
        // a term that is zero with no more decimals than the net so far changes neither its value nor
        // its scale: skipped, the same number made with fewer objects (asked several times per entity)
        BigDecimal net = emissions;
        if (removals.signum() != 0 || removals.scale() > net.scale()) net = net.subtract(removals);
        if (credits.signum() != 0 || credits.scale() > net.scale()) net = net.subtract(credits);
        if (otherEffects.signum() != 0 || otherEffects.scale() > net.scale()) net = net.add(otherEffects);
        return net;
    }
}
