/**
 * Zhonghe's values: masses and their units, gases, GWP metrics and the GWP table.
 *
 * <p>Conventions for the whole core, written once:
 * <ul>
 *   <li>Quantities are exact {@link java.math.BigDecimal}s, parsed from the text as written and
 *       never through binary floating point. Masses cross method boundaries in <b>tonnes</b>
 *       (of the gas, or of CO2-equivalent where the name says {@code co2e}); a method that takes
 *       another unit says so in its name.</li>
 *   <li>Arithmetic is addition, subtraction and multiplication (exact); the one division lives in
 *       {@link org.zhonghe.Decimals#divide} with an explicit {@link java.math.MathContext}.</li>
 *   <li>Nulls are not accepted unless a parameter's Javadoc says "may be null".</li>
 *   <li>Section numbers (§) refer to Chen Ying, "碳中和概念再辨析 (A re-analysis of the concept of
 *       carbon neutrality)", 中国人口·资源与环境 2022(4).</li>
 * </ul>
 */
package org.zhonghe;
