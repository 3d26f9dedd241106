package org.zhonghe.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhonghe.activity.Activities.electricity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.zhonghe.assessment.Origin;
import org.zhonghe.assessment.Period;

/**
 * GHG Protocol Scope 2 Quality Criteria 4 (vintage) and 5 (market) as Zhonghe reads them: the
 * window of 6 months before to 3 months after the consumption, and RE100's market boundaries.
 */
class InstrumentFitTest {
    private static final Period YEAR_2022 = new Period(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));

    private static Instrument cert(String vintage, String market) {
        return new Instrument("GEC-1", "GEC", new BigDecimal("100"), Activities.unit("MWh"), Origin.of("a.yaml", 3),
                vintage == null ? null : InstrumentFit.vintage(vintage).orElseThrow(), market);
    }

    private static Optional<String> misfit(String vintage, String market, String grid) {
        return InstrumentFit.of(cert(vintage, market), electricity("power", grid, 2022, "100", "MWh"), YEAR_2022)
                .map(InstrumentFit.Misfit::key);
    }

    @Test
    void a_vintage_is_a_year_a_month_a_day_or_two_days() {
        assertThat(InstrumentFit.vintage("2022")).contains(YEAR_2022);
        assertThat(InstrumentFit.vintage("2022-02")).contains(new Period(LocalDate.of(2022, 2, 1), LocalDate.of(2022, 2, 28)));
        assertThat(InstrumentFit.vintage("2022-03-15")).contains(new Period(LocalDate.of(2022, 3, 15), LocalDate.of(2022, 3, 15)));
        assertThat(InstrumentFit.vintage(" 2022-01-01/2022-06-30 ")).contains(
                new Period(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30)));
        assertThat(InstrumentFit.vintage("2022-06-30/2022-01-01")).isEmpty();
        assertThat(InstrumentFit.vintage("2022-13")).isEmpty();
        assertThat(InstrumentFit.vintage("last year")).isEmpty();
        assertThat(InstrumentFit.vintage("22")).isEmpty();
    }

    /** The window's edges: generation from 2021-07-01 to 2023-03-31 fits 2022's consumption. */
    @Test
    void generation_from_six_months_before_to_three_months_after_the_consumption_fits() {
        assertThat(InstrumentFit.window(YEAR_2022)).isEqualTo(new Period(LocalDate.of(2021, 7, 1), LocalDate.of(2023, 3, 31)));
        assertThat(misfit("2021-07", "CN", "CN")).isEmpty();
        assertThat(misfit("2023-03", "CN", "CN")).isEmpty();
        assertThat(misfit("2021-07-01/2023-03-31", "CN", "CN")).isEmpty(); // the window itself
        assertThat(misfit("2021-06", "CN", "CN")).contains("activity.instrument.vintage");
        assertThat(misfit("2023-04", "CN", "CN")).contains("activity.instrument.vintage");
        assertThat(misfit("2019", "CN", "CN")).contains("activity.instrument.vintage");
        assertThat(misfit("2021-06-30", null, "CN")).contains("activity.instrument.vintage");
    }

    /**
     * Audit B, c02: the vintage was tested for overlap with the window, so ten years of generation
     * (2012-01-01/2022-01-01) fitted 2022's consumption by their last day, and the year 2021 by its
     * second half. The whole vintage must lie in the window (containment): nothing shows which of
     * its days the certified energy was generated on.
     */
    @Test
    void the_whole_vintage_must_lie_within_the_window_not_just_overlap_it() {
        assertThat(misfit("2012-01-01/2022-01-01", "CN", "CN")).contains("activity.instrument.vintage");
        assertThat(misfit("2021", "CN", "CN")).contains("activity.instrument.vintage"); // January–June 2021 before it
        assertThat(misfit("2023", "CN", "CN")).contains("activity.instrument.vintage"); // April–December 2023 after it
        assertThat(misfit("2021-06-30/2021-07-01", "CN", "CN")).contains("activity.instrument.vintage");
        assertThat(misfit("2023-03-31/2023-04-01", "CN", "CN")).contains("activity.instrument.vintage");
        assertThat(misfit("2021-07-01/2021-12-31", "CN", "CN")).isEmpty();
        assertThat(misfit("2022", "CN", "CN")).isEmpty();
    }

    @Test
    void a_certificate_of_another_market_does_not_fit_and_the_crossborder_markets_are_one() {
        assertThat(misfit("2022", "US", "CN")).contains("activity.instrument.market");
        assertThat(misfit("2022", "cn", "CN-North")).isEmpty();
        assertThat(misfit("2022", "CA", "US-WECC")).isEmpty(); // the United States and Canada, one market
        assertThat(misfit("2022", "NO", "DE")).isEmpty(); // RE100's single market in Europe
        assertThat(misfit("2022", "EU", "FR")).isEmpty();
        assertThat(misfit("2022", "IS", "DE")).contains("activity.instrument.market"); // no interconnection
        assertThat(misfit("2022", "PL", "DE")).contains("activity.instrument.market"); // out since 2022 (not in the AIB)
        assertThat(misfit("2022", "GB", "FR")).contains("activity.instrument.market");
    }

    /** Neither written: applied as before, unchecked; the vintage is checked before the market. */
    @Test
    void a_certificate_that_writes_neither_is_not_checked_and_the_vintage_is_said_first() {
        assertThat(misfit(null, null, "CN")).isEmpty();
        assertThat(misfit("2019", "US", "CN")).contains("activity.instrument.vintage");
        var m = InstrumentFit.of(cert("2019", null), electricity("power", "CN", 2022, "100", "MWh"), YEAR_2022).orElseThrow();
        assertThat(m.args()).isEqualTo(List.of("GEC-1", "2019-01-01/2019-12-31", "2022-01-01/2022-12-31",
                "2021-07-01/2023-03-31"));
    }

    /** The fields whose absence left a test unmade: the certificate's vintage, its market, its activity's grid. */
    @Test
    void a_missing_vintage_market_or_grid_is_named_as_what_left_the_fit_unchecked() {
        assertThat(InstrumentFit.unchecked(cert("2022", "CN"), electricity("power", "CN", 2022, "100", "MWh"))).isEmpty();
        assertThat(InstrumentFit.unchecked(cert("2022", "US"), electricity("power", null, 2022, "100", "MWh")))
                .containsExactly("grid");
        assertThat(InstrumentFit.unchecked(cert(null, null), electricity("power", null, 2022, "100", "MWh")))
                .containsExactly("instrument.vintage", "instrument.market", "grid");
        assertThat(InstrumentFit.unchecked(cert(null, "CN"), electricity("power", "CN", 2022, "100", "MWh")))
                .containsExactly("instrument.vintage");
    }
}
