package org.zhonghe.targets;

import org.zhonghe.Decimals;
import org.zhonghe.assessment.Problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TrajectoryTest {

    /** A series from "year,emissions[,gdp][,removals]" lines, through the real reader. */
    private static EmissionsSeries series(String csv) {
        Parsed<EmissionsSeries> parsed = EmissionsSeries.from(Tables.of("series.csv", csv));
        assertThat(parsed.problems()).isEmpty();
        return parsed.value();
    }

    private static TrajectoryAnalysis analyse(String csv, Integer base, Integer netZero, int decline) {
        return Trajectory.analyse(series(csv), new TrajectoryOptions(base, netZero, decline), "series.csv").value();
    }

    private static final String PEAKED_IN_2013 = "year,emissions\n2010,90\n2011,95\n2012,99\n2013,100\n2014,98\n"
            + "2015,97\n2016,96\n2017,95\n2018,94\n";

    @Test
    void a_maximum_five_years_before_the_last_with_every_later_year_below_is_a_peak() {
        TrajectoryAnalysis a = analyse(PEAKED_IN_2013, null, null, 5);

        assertThat(a.peakStatus()).isEqualTo(PeakStatus.PEAKED);
        assertThat(a.peakYear()).isEqualTo(2013);
        assertThat(a.peakValue()).isEqualByComparingTo("100");
    }

    @Test
    void a_maximum_only_four_years_back_is_not_yet_a_peak() {
        TrajectoryAnalysis a = analyse(PEAKED_IN_2013.replace("2018,94\n", ""), null, null, 5);

        assertThat(a.peakStatus()).isEqualTo(PeakStatus.NOT_PEAKED);
        assertThat(a.peakYear()).isNull();
        assertThat(a.maxYear()).isEqualTo(2013);
    }

    @Test
    void fewer_decline_years_can_be_asked_for() {
        assertThat(analyse(PEAKED_IN_2013.replace("2018,94\n", ""), null, null, 4).peakStatus())
                .isEqualTo(PeakStatus.PEAKED);
    }

    @Test
    void a_maximum_matched_later_is_not_a_peak() {
        TrajectoryAnalysis a = analyse(PEAKED_IN_2013.replace("2017,95", "2017,100"), null, null, 3);

        assertThat(a.peakStatus()).isEqualTo(PeakStatus.NOT_PEAKED);
    }

    @Test
    void a_rising_series_has_not_peaked_and_a_short_one_has_insufficient_data() {
        assertThat(analyse("year,emissions\n2000,1\n2001,2\n2002,3\n2003,4\n2004,5\n2005,6\n", null, null, 5)
                .peakStatus()).isEqualTo(PeakStatus.NOT_PEAKED);
        assertThat(analyse("year,emissions\n2000,5\n2001,4\n2002,3\n", null, null, 5).peakStatus())
                .isEqualTo(PeakStatus.INSUFFICIENT_DATA);
    }

    @Test
    void the_intensity_change_is_an_exact_decimal_against_the_base_year() {
        // intensity 2005: 1000/100 = 10; 2020: 1036/200 = 5.18; 5.18/10 - 1 = -0.482
        TrajectoryAnalysis a = analyse("year,emissions,gdp\n2005,1000,100\n2010,1100,140\n2020,1036,200\n", 2005, null, 5);

        assertThat(a.intensityChange().toPlainString()).isEqualTo("-0.482");
        assertThat(a.baseYear()).isEqualTo(2005);
        assertThat(analyse("year,emissions,gdp\n2005,1000,100\n2010,1100,140\n2020,1036,200\n", 2010, null, 5)
                .intensityChange().toPlainString()).isEqualTo("-0.340727");
    }

    @Test
    void without_gdp_there_is_no_intensity_change() {
        assertThat(analyse(PEAKED_IN_2013, null, null, 5).intensityChange()).isNull();
    }

    @Test
    void the_linear_reduction_to_net_zero_uses_net_emissions_from_the_last_year() {
        TrajectoryAnalysis a = analyse("year,emissions,removals\n2019,1200,100\n2020,1100,100\n", null, 2060, 5);

        assertThat(a.lastNet().toPlainString()).isEqualTo("1000");
        assertThat(a.linearAnnualReductionToNetZero().toPlainString()).isEqualTo("25");
        assertThat(analyse("year,emissions\n2020,100\n", null, 2050, 5).linearAnnualReductionToNetZero()
                .toPlainString()).isEqualTo("3.333333");
        assertThat(analyse("year,emissions,removals\n2020,100,120\n", null, 2050, 5).linearAnnualReductionToNetZero())
                .isEqualByComparingTo("0");
    }

    @Test
    void a_base_year_outside_the_series_and_a_net_zero_year_in_the_past_are_problems() {
        Parsed<TrajectoryAnalysis> parsed = Trajectory.analyse(series(PEAKED_IN_2013),
                new TrajectoryOptions(1990, 2015, 5), "series.csv");

        assertThat(parsed.problems()).extracting(p -> p.toText(Locale.ENGLISH)).containsExactly(
                "series.csv, field '--base-year': 1990 is not a year of the series (years 2010–2018)",
                "series.csv, field '--net-zero-year': 2015 is not after the last year of the series (2018)");
    }

    @Test
    void malformed_series_report_every_problem_with_its_line() {
        String csv = "year,emissions,gdp\n2010,100,5\n2011,1.2e3,5\n20x2,100,5\n2011,100,0\n2013,-4,5\n2014,,5\n";
        Parsed<EmissionsSeries> parsed = EmissionsSeries.from(Tables.of("bad.csv", csv));

        assertThat(parsed.problems()).extracting(p -> p.toText(Locale.ENGLISH)).containsExactly(
                "bad.csv:3, field 'emissions': \"1.2e3\" is not a decimal number (expected digits with \".\" as decimal point, e.g. 1200.5)",
                "bad.csv:4, field 'year': \"20x2\" is not a year (expected a four-digit year, 1850–2200)",
                "bad.csv:5, field 'year': year \"2011\" already appears on line 3 (expected each year once)",
                "bad.csv:5, field 'gdp': \"0\" is not greater than zero",
                "bad.csv:6, field 'emissions': \"-4\" is negative (expected zero or more)",
                "bad.csv:7, field 'emissions': empty (a value is required)");
        assertThat(EmissionsSeries.from(Tables.of("cols.csv", "year,value\n2010,1\n")).problems())
                .extracting(Problem::field).containsExactly("emissions");
    }

    @Test
    void exact_division_rounds_half_even_to_six_places_and_strips_zeros() {
        assertThat(Decimals.ratio(new BigDecimal("1"), new BigDecimal("3")).toPlainString()).isEqualTo("0.333333");
        assertThat(Decimals.ratio(new BigDecimal("100"), new BigDecimal("4")).toPlainString()).isEqualTo("25");
        assertThat(Decimals.ratio(new BigDecimal("0.0000025"), BigDecimal.ONE).toPlainString()).isEqualTo("0.000002");
    }

    @Test
    void the_result_does_not_depend_on_the_order_of_the_rows() {
        qt().forAll(lists().of(integers().between(0, 1000)).ofSizeBetween(1, 30), integers().between(1, 1000))
                .checkAssert((values, seed) -> {
                    List<String> rows = new ArrayList<>();
                    for (int i = 0; i < values.size(); i++) {
                        rows.add((2000 + i) + "," + values.get(i) + "." + (i % 10) + "," + (100 + i));
                    }
                    TrajectoryAnalysis sorted = analyse("year,emissions,gdp\n" + String.join("\n", rows), null, 2070, 5);
                    Collections.shuffle(rows, new Random(seed));
                    TrajectoryAnalysis shuffled = analyse("year,emissions,gdp\n" + String.join("\n", rows), null, 2070, 5);
                    assertThat(shuffled).isEqualTo(sorted);
                });
    }
}
