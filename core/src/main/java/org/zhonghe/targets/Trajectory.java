package org.zhonghe.targets;

import org.zhonghe.Decimals;
import org.zhonghe.assessment.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Peak detection, emission-intensity change and the linear path to net zero for one series (碳达峰、碳中和).
 * The peak is judged on gross emissions; the path to net zero on net emissions (emissions − removals).
 */
public final class Trajectory {
    private Trajectory() {}

    /**
     * Analyses the series.
     *
     * @param series  at least one year
     * @param options base year, net-zero year, decline years
     * @param source  the series' file name, for problems with the options (a base year that is not in
     *                the series, a net-zero year that is not after the last year)
     */
    public static Parsed<TrajectoryAnalysis> analyse(EmissionsSeries series, TrajectoryOptions options, String source) {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(options, "options");
        if (series.years().isEmpty()) {
            throw new IllegalArgumentException("empty series from '" + source + "'");
        }
        List<AnnualEmissions> years = series.years();
        AnnualEmissions first = years.get(0);
        AnnualEmissions last = years.get(years.size() - 1);
        List<Problem> problems = new ArrayList<>();
        Integer baseYear = options.baseYear() != null ? options.baseYear() : first.year();
        if (options.baseYear() != null && series.year(baseYear).isEmpty()) {
            problems.add(ProblemKind.BASE_YEAR_NOT_IN_SERIES.at(source, 0, "--base-year", String.valueOf(baseYear), first.year() + "–" + last.year()));
        }
        if (options.netZeroYear() != null && options.netZeroYear() <= last.year()) {
            problems.add(ProblemKind.NET_ZERO_YEAR_NOT_AFTER_LAST.at(source, 0, "--net-zero-year", String.valueOf(options.netZeroYear()), String.valueOf(last.year())));
        }
        if (!problems.isEmpty()) {
            return Parsed.failed(problems);
        }
        AnnualEmissions max = first;
        for (AnnualEmissions y : years) {
            if (y.emissions().compareTo(max.emissions()) > 0) {
                max = y;
            }
        }
        PeakStatus status = peakStatus(years, max, last.year(), options.minDeclineYears());
        boolean peaked = status == PeakStatus.PEAKED;
        BigDecimal intensityChange = null;
        if (series.hasGdp()) {
            AnnualEmissions base = series.year(baseYear).orElseThrow();
            if (base.emissions().signum() != 0) {
                BigDecimal ratio = Decimals.ratio(last.emissions().multiply(base.gdp()),
                        last.gdp().multiply(base.emissions()));
                intensityChange = Decimals.canonical(ratio.subtract(BigDecimal.ONE));
            }
        } else {
            baseYear = null;
        }
        BigDecimal lastNet = last.net();
        BigDecimal perYear = null;
        if (options.netZeroYear() != null) {
            perYear = lastNet.signum() <= 0 ? BigDecimal.ZERO
                    : Decimals.ratio(lastNet, BigDecimal.valueOf(options.netZeroYear() - last.year()));
        }
        return Parsed.of(new TrajectoryAnalysis(first.year(), last.year(), max.year(), Decimals.canonical(max.emissions()),
                status, peaked ? max.year() : null, peaked ? Decimals.canonical(max.emissions()) : null,
                baseYear, intensityChange, Decimals.canonical(lastNet), options.netZeroYear(), perYear));
    }

    private static PeakStatus peakStatus(List<AnnualEmissions> years, AnnualEmissions max, int lastYear, int minDecline) {
        if (lastYear - years.get(0).year() < minDecline) {
            return PeakStatus.INSUFFICIENT_DATA;
        }
        boolean laterBelow = years.stream().filter(y -> y.year() > max.year())
                .allMatch(y -> y.emissions().compareTo(max.emissions()) < 0);
        return laterBelow && lastYear - max.year() >= minDecline ? PeakStatus.PEAKED : PeakStatus.NOT_PEAKED;
    }
}
