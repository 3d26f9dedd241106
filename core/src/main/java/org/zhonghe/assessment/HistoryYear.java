package org.zhonghe.assessment;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The entity's emissions in one year before the period, back to its founding (enterprise level 3,
 * §4.2.1).
 *
 * @param year      the year
 * @param emissions t CO2e
 * @param origin    where it was written
 */
public record HistoryYear(int year, BigDecimal emissions, Origin origin) {
    public HistoryYear {
        Objects.requireNonNull(emissions, "emissions");
        Objects.requireNonNull(origin, "origin");
    }
}
