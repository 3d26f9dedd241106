package org.zhonghe.rules;

import java.math.BigDecimal;

/**
 * Quantities reported beside the balance, never in it.
 *
 * @param biogenicCO2  t CO2 from burning biomass (§4.4.2)
 * @param reductions   t CO2e of reductions and avoided emissions (§4.2.1, "Scope 3+")
 * @param montrealGases t CO2e of gases controlled by the Montreal Protocol
 */
public record Reported(BigDecimal biogenicCO2, BigDecimal reductions, BigDecimal montrealGases) {}
