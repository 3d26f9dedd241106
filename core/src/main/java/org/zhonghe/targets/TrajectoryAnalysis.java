package org.zhonghe.targets;

import java.math.BigDecimal;

/**
 * Where an emissions series stands on the way to its peak and to net zero. Values are in the units of
 * the series; ratios are plain decimals ({@code -0.482} is −48.2 %), rounded as {@link Exact} says.
 *
 * @param firstYear                       first year of the series
 * @param lastYear                        last year of the series
 * @param maxYear                         year of the highest gross emissions (the first such year on a tie)
 * @param maxValue                        the highest gross emissions
 * @param peakStatus                      whether the series has peaked
 * @param peakYear                        {@code maxYear} when {@code PEAKED}, else {@code null}
 * @param peakValue                       {@code maxValue} when {@code PEAKED}, else {@code null}
 * @param baseYear                        year of the intensity comparison; {@code null} without GDP
 * @param intensityChange                 (emissions/GDP in the last year) ÷ (emissions/GDP in the base year) − 1;
 *                                        {@code null} without GDP or when base-year emissions are zero
 * @param lastNet                         net emissions (emissions − removals) in the last year
 * @param netZeroYear                     the net-zero year asked for, or {@code null}
 * @param linearAnnualReductionToNetZero  {@code lastNet ÷ (netZeroYear − lastYear)} per year, {@code 0} when
 *                                        net emissions are already at or below zero; {@code null} without a net-zero year
 */
public record TrajectoryAnalysis(int firstYear, int lastYear, int maxYear, BigDecimal maxValue,
                                 PeakStatus peakStatus, Integer peakYear, BigDecimal peakValue,
                                 Integer baseYear, BigDecimal intensityChange, BigDecimal lastNet,
                                 Integer netZeroYear, BigDecimal linearAnnualReductionToNetZero) {
}
