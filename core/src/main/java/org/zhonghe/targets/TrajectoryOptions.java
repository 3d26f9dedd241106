package org.zhonghe.targets;

/**
 * What to compute for a trajectory.
 *
 * @param baseYear          year to compare the emission intensity with; {@code null} for the series' first year
 * @param netZeroYear       year by which net emissions reach zero; {@code null} to skip the linear reduction
 * @param minDeclineYears   years the maximum must lie before the last year to count as a peak; at least 1
 */
public record TrajectoryOptions(Integer baseYear, Integer netZeroYear, int minDeclineYears) {
    /** The default number of decline years before a maximum counts as a peak. */
    public static final int DEFAULT_MIN_DECLINE_YEARS = 5;

    public TrajectoryOptions {
        if (minDeclineYears < 1) {
            throw new IllegalArgumentException("minDeclineYears must be at least 1: " + minDeclineYears);
        }
    }

    /** No base year (the first year), no net-zero year, five decline years. */
    public static TrajectoryOptions defaults() {
        return new TrajectoryOptions(null, null, DEFAULT_MIN_DECLINE_YEARS);
    }
}
