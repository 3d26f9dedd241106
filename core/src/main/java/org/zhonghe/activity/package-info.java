/**
 * Activity data (fuel burned, electricity and heat bought, refrigerant leaked) turned into
 * emission records by emission-factor sets that carry their sources: IPCC 2006 Guidelines
 * Vol. 2 (net calorific values, stationary-combustion factors), China's national grid factor
 * (Ministry of Ecology and Environment notices), or a set supplied by the user. Units through
 * JSR 385 (Indriya); every product is exact BigDecimal arithmetic. Scope 2 both location- and
 * market-based (GHG Protocol Scope 2 Guidance, 2015).
 */
package org.zhonghe.activity;
