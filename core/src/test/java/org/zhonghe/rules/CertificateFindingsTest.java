package org.zhonghe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.zhonghe.Assessments;
import org.zhonghe.Concept;
import org.zhonghe.Messages;
import org.zhonghe.activity.Activity;
import org.zhonghe.activity.ActivityCalculator;
import org.zhonghe.activity.ActivityKind;
import org.zhonghe.activity.ActivityUnit;
import org.zhonghe.activity.Instrument;
import org.zhonghe.activity.InstrumentFit;
import org.zhonghe.activity.Inventory;
import org.zhonghe.activity.Scope2Method;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Origin;
import org.zhonghe.assessment.Period;
import org.zhonghe.assessment.Scope;
import org.zhonghe.profiles.Profiles;

/**
 * {@code INSTRUMENT_NOT_APPLIED} (session 23): the certificates of a market-based Scope 2 that do not
 * fit the consumption (GHG Protocol Scope 2 Quality Criteria 4 and 5) covered nothing, and the
 * findings say which and why; a location-based claim, whose Scope 2 no certificate lowers, says nothing.
 */
class CertificateFindingsTest {
    private static final Period Y2022 = new Period(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31));

    private static Instrument cert(String id, String vintage, String market) {
        return new Instrument(id, "GEC", new BigDecimal("500"), ActivityUnit.fromSymbol("MWh").orElseThrow(),
                Origin.of("a.yaml", 9), InstrumentFit.vintage(vintage).orElseThrow(), market);
    }

    private static Evaluation evaluate(Scope2Method method, Instrument... certs) {
        Activity power = new Activity("power", ActivityKind.ELECTRICITY, null, "CN", null, new BigDecimal("1000"),
                ActivityUnit.fromSymbol("MWh").orElseThrow(), Scope.TWO, null, null, null, null, null, List.of(certs),
                Origin.of("a.yaml", 8));
        ActivityCalculator.Result r = ActivityCalculator.builtIn().compute(List.of(power), List.of("cn-mee-grid"), method, Y2022);
        assertThat(r.problems()).isEmpty();
        return evaluate(r.inventory());
    }

    /** The inventory's records, 300 t of credits, carbon neutrality under the IPCC profile. */
    private static Evaluation evaluate(Inventory inv) {
        Assessment base = Assessments.org("dc").scopes(1, 2).period("2022-01-01", "2022-12-31")
                .credit(c -> c.serial("S").amount("300 t").vintage(2022)).build();
        Assessment a = new Assessment(base.entity(), Y2022, base.boundary(), base.claim(), null, null, inv.emissions(),
                List.of(), base.credits(), List.of(), List.of(), base.otherEffects(), inv);
        return ClaimEvaluator.standard().evaluate(a, Concept.CARBON_NEUTRALITY, Profiles.ipcc());
    }

    @Test
    void certificates_of_another_year_and_market_are_named_each_with_its_reason() {
        Evaluation e = evaluate(Scope2Method.MARKET, cert("GEC-1", "2022-05", "CN"), cert("IREC-2019", "2019", "CN"),
                cert("REC-US", "2022", "US"));
        List<Finding> found = e.findings().stream().filter(f -> f.code() == FindingCode.INSTRUMENT_NOT_APPLIED).toList();
        assertThat(found).hasSize(2);
        assertThat(found).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(found.get(0).records()).containsExactly("power");
        assertThat(found.get(0).args()).containsExactly("IREC-2019 (power) 2019-01-01–2019-12-31 ∉ 2021-07-01–2023-03-31",
                "6", "3");
        assertThat(found.get(1).args()).containsExactly("REC-US (power) US+CA ≠ CN");
        String en = Messages.of(Locale.ENGLISH).get(found.get(0).messageKey(), found.get(0).args());
        assertThat(en).contains("from 6 months before its period to 3 months after it").contains("Zhonghe’s reading");
        assertThat(Messages.of(Locale.CHINESE).get(found.get(1).messageKey(), found.get(1).args()))
                .contains("REC-US (power) US+CA ≠ CN").contains("中和");
        // 500 MWh covered by GEC-1 alone: 500 × 0.5703 = 285.15 t, below the 300 t of credits
        assertThat(e.totals().emissions()).isEqualByComparingTo("285.15");
        assertThat(e.verdict()).as("%s %s", e.findings(), e.totals()).isEqualTo(Verdict.SUPPORTED);
    }

    /** Audit B, c02: a vintage that only overlaps the window is named, with the whole of it. */
    @Test
    void a_vintage_that_only_overlaps_the_window_is_named_as_not_applied() {
        Evaluation e = evaluate(Scope2Method.MARKET, cert("IREC-OLD-1", "2012-01-01/2022-01-01", "CN"),
                cert("IREC-2021-1", "2021", "CN"));
        assertThat(e.findings()).filteredOn(f -> f.code() == FindingCode.INSTRUMENT_NOT_APPLIED).singleElement()
                .satisfies(f -> {
                    assertThat(f.messageKey()).isEqualTo("finding.INSTRUMENT_NOT_APPLIED.vintage");
                    assertThat(f.args()).containsExactly("IREC-OLD-1 (power) 2012-01-01–2022-01-01 ∉ 2021-07-01–2023-03-31; "
                            + "IREC-2021-1 (power) 2021-01-01–2021-12-31 ∉ 2021-07-01–2023-03-31", "6", "3");
                    assertThat(Messages.of(Locale.ENGLISH).get(f.messageKey(), f.args())).contains("do not lie wholly within");
                    assertThat(Messages.of(Locale.CHINESE).get(f.messageKey(), f.args())).contains("不完全在");
                });
        assertThat(e.totals().emissions()).isEqualByComparingTo("570.3"); // 1000 MWh × 0.5703, nothing covered
        assertThat(e.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
    }

    /**
     * Session 24: a certificate without a vintage or a market is applied as written, and the
     * findings say that its fit could not be checked, naming what is missing.
     */
    @Test
    void certificates_without_a_vintage_or_a_market_are_applied_and_said_unchecked() {
        Instrument bare = new Instrument("GEC-9", "GEC", new BigDecimal("500"), ActivityUnit.fromSymbol("MWh").orElseThrow(),
                Origin.of("a.yaml", 9), null, null);
        Instrument noMarket = new Instrument("GEC-8", "GEC", new BigDecimal("100"), ActivityUnit.fromSymbol("MWh").orElseThrow(),
                Origin.of("a.yaml", 10), InstrumentFit.vintage("2022").orElseThrow(), null);
        Evaluation e = evaluate(Scope2Method.MARKET, bare, noMarket, cert("GEC-1", "2022", "CN"));
        List<Finding> found = e.findings().stream().filter(f -> f.code() == FindingCode.INSTRUMENT_UNCHECKED).toList();
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.records()).containsExactly("power");
            assertThat(f.args()).containsExactly("GEC-9 (power) instrument.vintage, instrument.market; GEC-8 (power) instrument.market");
            assertThat(Messages.of(Locale.CHINESE).get(f.messageKey(), f.args())).contains("GEC-9 (power)", "无法核查");
        });
        assertThat(e.has(FindingCode.INSTRUMENT_NOT_APPLIED)).isFalse();
        assertThat(e.totals().emissions()).isEqualByComparingTo("0"); // all three applied: 1100 MWh ≥ 1000 MWh
        // a location-based claim: no certificate lowers it, nothing to say
        assertThat(evaluate(Scope2Method.LOCATION, bare).has(FindingCode.INSTRUMENT_UNCHECKED)).isFalse();
    }

    /**
     * Audit B, c08: a GEC listed for bought steam covered it, and no finding was raised. It covers
     * nothing now, and INSTRUMENT_NOT_APPLIED names the certificate, the activity and why.
     */
    @Test
    void an_electricity_certificate_listed_for_steam_is_named_as_not_applied() {
        Activity steam = new Activity("steam", ActivityKind.STEAM, null, "CN", null, new BigDecimal("36000"),
                ActivityUnit.fromSymbol("GJ").orElseThrow(), Scope.TWO, null, null, null,
                new org.zhonghe.activity.ExplicitFactor(new BigDecimal("0.11"),
                        org.zhonghe.activity.FactorUnit.parse("t CO2/GJ").orElseThrow(), "plant's 2022 report"),
                null, List.of(cert("GEC-2022-1", "2022", "CN")), Origin.of("a.yaml", 8));
        ActivityCalculator.Result r = ActivityCalculator.builtIn().compute(List.of(steam), List.of("cn-mee-grid"),
                Scope2Method.MARKET, Y2022);
        assertThat(r.problems()).isEmpty();
        Evaluation e = evaluate(r.inventory());
        assertThat(e.findings()).filteredOn(f -> f.code() == FindingCode.INSTRUMENT_NOT_APPLIED).singleElement()
                .satisfies(f -> {
                    assertThat(f.messageKey()).isEqualTo("finding.INSTRUMENT_NOT_APPLIED.carrier");
                    assertThat(f.records()).containsExactly("steam");
                    assertThat(f.args()).containsExactly("GEC-2022-1 (steam) electricity ≠ steam");
                    assertThat(Messages.of(Locale.ENGLISH).get(f.messageKey(), f.args()))
                            .contains("GEC-2022-1 (steam) electricity ≠ steam", "Quality Criterion 1", "Zhonghe’s reading");
                    assertThat(Messages.of(Locale.CHINESE).get(f.messageKey(), f.args()))
                            .contains("GEC-2022-1 (steam) electricity ≠ steam", "蒸汽", "中和的解读");
                });
        assertThat(e.has(FindingCode.INSTRUMENT_UNCHECKED)).isFalse();
        assertThat(e.totals().emissions()).isEqualByComparingTo("3960"); // 36000 GJ × 0.11 t CO2/GJ, not 0
        assertThat(e.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
    }

    /**
     * Audit B, c01: electricity with an explicit factor and no grid, covered by a US REC. The market
     * test was never made (there is no grid to take the market from), yet no finding said so, as if
     * it had passed. The certificate is still applied, as one without a market is, and
     * INSTRUMENT_UNCHECKED names it with the missing field, the activity's grid.
     */
    @Test
    void a_certificate_on_electricity_without_a_grid_is_applied_and_said_unchecked() {
        Activity meter = new Activity("meter", ActivityKind.ELECTRICITY, null, null, null, new BigDecimal("1000"),
                ActivityUnit.fromSymbol("MWh").orElseThrow(), Scope.TWO, null, null, null,
                new org.zhonghe.activity.ExplicitFactor(new BigDecimal("0.5703"),
                        org.zhonghe.activity.FactorUnit.parse("t CO2/MWh").orElseThrow(), "环办气候函〔2023〕43号 CN 2022"),
                null, List.of(cert("REC-US-1", "2022", "US"),
                        new Instrument("GEC-7", "GEC", new BigDecimal("1"), ActivityUnit.fromSymbol("MWh").orElseThrow(),
                                Origin.of("a.yaml", 10), null, null)), Origin.of("a.yaml", 8));
        ActivityCalculator.Result r = ActivityCalculator.builtIn().compute(List.of(meter), List.of(), Scope2Method.MARKET, Y2022);
        assertThat(r.problems()).isEmpty();
        Evaluation e = evaluate(r.inventory());
        assertThat(e.findings()).filteredOn(f -> f.code() == FindingCode.INSTRUMENT_UNCHECKED).singleElement()
                .satisfies(f -> {
                    assertThat(f.records()).containsExactly("meter");
                    assertThat(f.args()).containsExactly(
                            "REC-US-1 (meter) grid; GEC-7 (meter) instrument.vintage, instrument.market, grid");
                    assertThat(Messages.of(Locale.ENGLISH).get(f.messageKey(), f.args()))
                            .contains("without a grid the market of the consumption is unknown", "the activity’s grid");
                    assertThat(Messages.of(Locale.CHINESE).get(f.messageKey(), f.args()))
                            .contains("REC-US-1 (meter) grid", "活动的 grid");
                });
        assertThat(e.has(FindingCode.INSTRUMENT_NOT_APPLIED)).isFalse();
        // both applied, as written: (1000 − 500 − 1) MWh × 0.5703 t CO2/MWh
        assertThat(e.totals().emissions()).isEqualByComparingTo("284.5797");
    }

    @Test
    void certificates_that_fit_or_a_location_based_claim_raise_nothing() {
        Evaluation fits = evaluate(Scope2Method.MARKET, cert("GEC-1", "2022", "CN"), cert("GEC-2", "2021-08", "CN-South"));
        assertThat(fits.has(FindingCode.INSTRUMENT_NOT_APPLIED)).isFalse();
        assertThat(fits.has(FindingCode.INSTRUMENT_UNCHECKED)).isFalse();
        assertThat(fits.totals().emissions()).isEqualByComparingTo("0");
        Evaluation location = evaluate(Scope2Method.LOCATION, cert("REC-US", "2019", "US"));
        assertThat(location.has(FindingCode.INSTRUMENT_NOT_APPLIED)).isFalse();
        assertThat(location.totals().emissions()).isEqualByComparingTo("570.3");
    }
}
