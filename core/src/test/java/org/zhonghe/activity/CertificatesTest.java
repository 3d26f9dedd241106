package org.zhonghe.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhonghe.activity.Activities.certificate;
import static org.zhonghe.activity.Activities.electricity;
import static org.zhonghe.activity.Activities.tonnes;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhonghe.Messages;
import org.zhonghe.assessment.Problem;

/**
 * Market-based Scope 2 after the certificates (GHG Protocol Scope 2 Guidance, Scope 2 Quality
 * Criteria): each covers its volume once, only when it fits the consumption, and never below zero.
 * Moved out of {@link ActivityCalculatorTest} (past 400 lines) in session 23, assertions unchanged.
 */
class CertificatesTest {
    private static final List<String> GRID = List.of("cn-mee-grid");
    private static final org.zhonghe.assessment.Period YEAR_2022 = new org.zhonghe.assessment.Period(
            java.time.LocalDate.of(2022, 1, 1), java.time.LocalDate.of(2022, 12, 31));
    private final ActivityCalculator calc = ActivityCalculator.builtIn();

    @Test
    void certificates_covering_part_of_the_consumption_lower_market_based_scope_2() {
        // location: 1000 MWh × 0.5703 = 570.3 t; market: (1000 − 400) MWh × 0.5703 = 342.18 t (no residual mix)
        var a = electricity("power", "CN", 2022, "1000", "MWh", certificate("GEC-2022-0001", "250", "MWh"),
                certificate("GEC-2022-0002", "150000", "kWh"));
        var r = calc.compute(List.of(a), GRID, Scope2Method.MARKET, 2022);
        assertThat(tonnes(r)).containsOnly(Map.entry("CO2", new BigDecimal("342.18")));
        Inventory inv = r.inventory();
        assertThat(inv.scope2Tonnes(Scope2Method.LOCATION, "CO2")).isEqualByComparingTo("570.3");
        assertThat(inv.scope2Tonnes(Scope2Method.MARKET, "CO2")).isEqualByComparingTo("342.18");
        Derivation market = inv.computed().stream().filter(c -> c.method() == Scope2Method.MARKET).findFirst()
                .orElseThrow().derivation();
        assertThat(market.formula()).isEqualTo("(1000 MWh − 400 MWh [GEC-2022-0001, GEC-2022-0002])"
                + " × 0.5703 t CO2/MWh [cn-mee-grid CN/2022/CO2] = 342.18 t CO2");
        assertThat(market.note()).isEqualTo("activity.note.gridForResidual");
        // the location-based record is computed and shown, but not in the ledger
        assertThat(inv.emissions()).hasSize(1);
    }

    @Test
    void certificates_beyond_the_consumption_bring_market_based_scope_2_to_zero_not_below() {
        var a = electricity("power", "CN", 2022, "100", "MWh", certificate("GEC-9", "300", "MWh"));
        var r = calc.compute(List.of(a), GRID, Scope2Method.MARKET, 2022);
        assertThat(tonnes(r)).containsOnly(Map.entry("CO2", BigDecimal.ZERO));
        Derivation market = r.inventory().computed().stream().filter(c -> c.method() == Scope2Method.MARKET)
                .findFirst().orElseThrow().derivation();
        assertThat(market.formula()).startsWith("(100 MWh − 100 MWh [GEC-9; 300 MWh held])");
        // session 24: the word is the reader's: 持有 300 MWh in Chinese, as the rest of the report
        assertThat(market.formula(Messages.of(Locale.CHINESE))).startsWith("(100 MWh − 100 MWh [GEC-9; 持有 300 MWh])");
        assertThat(market.formula(Messages.of(Locale.ENGLISH))).isEqualTo(market.formula());
    }

    /**
     * Session 23: a certificate generated in 2019, or issued in the United States, lowered the
     * market-based Scope 2 of China's grid in 2022 by its whole volume. It covers nothing now
     * (GHG Protocol Scope 2 Quality Criteria 4 and 5, {@link InstrumentFit}); the one that fits still
     * covers its volume, and the formula names what was left out.
     */
    @Test
    void a_certificate_of_another_year_or_market_covers_nothing() {
        var cn2022 = new Instrument("GEC-1", "GEC", new BigDecimal("400"), Activities.unit("MWh"),
                org.zhonghe.assessment.Origin.of("a.yaml", 10), InstrumentFit.vintage("2022-06").orElseThrow(), "CN");
        var old = new Instrument("IREC-9", "I-REC", new BigDecimal("300"), Activities.unit("MWh"),
                org.zhonghe.assessment.Origin.of("a.yaml", 11), InstrumentFit.vintage("2019").orElseThrow(), "CN");
        var us = new Instrument("REC-7", "REC", new BigDecimal("300"), Activities.unit("MWh"),
                org.zhonghe.assessment.Origin.of("a.yaml", 12), InstrumentFit.vintage("2022").orElseThrow(), "US");
        var a = electricity("power", "CN", 2022, "1000", "MWh", cn2022, old, us);
        var r = calc.compute(List.of(a), GRID, Scope2Method.MARKET, 2022);
        assertThat(tonnes(r)).containsOnly(Map.entry("CO2", new BigDecimal("342.18"))); // 600 MWh × 0.5703
        Computed market = r.inventory().computed().stream().filter(c -> c.method() == Scope2Method.MARKET).findFirst()
                .orElseThrow();
        assertThat(market.derivation().formula()).startsWith("(1000 MWh − 400 MWh [GEC-1]) [not applied: IREC-9, REC-7]");
        assertThat(market.derivation().formula(Messages.of(Locale.CHINESE)))
                .startsWith("(1000 MWh − 400 MWh [GEC-1]) [未采用: IREC-9, REC-7]");
        var fitting = electricity("power", "CN", 2022, "1000", "MWh", cn2022,
                new Instrument("GEC-2", "GEC", new BigDecimal("600"), Activities.unit("MWh"),
                        org.zhonghe.assessment.Origin.of("a.yaml", 13), null, null));
        assertThat(tonnes(calc.compute(List.of(fitting), GRID, Scope2Method.MARKET, 2022)))
                .containsOnly(Map.entry("CO2", BigDecimal.ZERO));
    }

    /**
     * Audit B, c08: a green electricity certificate (GEC) listed against 36,000 GJ of steam from a
     * district plant (0.11 t CO2/GJ) brought its market-based Scope 2 to 0 t. A certificate is of
     * electricity (GHG Protocol Scope 2 Quality Criterion 1): on steam, heat or cooling it covers
     * nothing, and the formula names it; the same certificate on electricity still covers.
     */
    @Test
    void an_electricity_certificate_listed_for_steam_heat_or_cooling_covers_nothing() {
        var gec = new Instrument("GEC-2022-1", "GEC", new BigDecimal("10000"), Activities.unit("MWh"),
                org.zhonghe.assessment.Origin.of("a.yaml", 12), InstrumentFit.vintage("2022").orElseThrow(), "CN");
        var plantFactor = new ExplicitFactor(new BigDecimal("0.11"), FactorUnit.parse("t CO2/GJ").orElseThrow(),
                "plant's 2022 report");
        for (ActivityKind kind : List.of(ActivityKind.STEAM, ActivityKind.HEAT, ActivityKind.COOLING)) {
            var bought = new Activity(kind.id(), kind, null, "CN", null, new BigDecimal("36000"), Activities.unit("GJ"),
                    org.zhonghe.assessment.Scope.TWO, null, null, null, plantFactor, null, List.of(gec),
                    org.zhonghe.assessment.Origin.of("a.yaml", 8));
            var r = calc.compute(List.of(bought), GRID, Scope2Method.MARKET, 2022);
            Map<String, BigDecimal> t = tonnes(r);
            assertThat(t.keySet()).containsOnly("CO2");
            assertThat(t.get("CO2")).as(kind.id()).isEqualByComparingTo("3960"); // 36000 GJ × 0.11 t CO2/GJ
            Computed market = r.inventory().computed().stream().filter(c -> c.method() == Scope2Method.MARKET)
                    .findFirst().orElseThrow();
            assertThat(market.derivation().formula()).as(kind.id()).startsWith("36000 GJ [not applied: GEC-2022-1] × 0.11");
            assertThat(InstrumentFit.of(gec, bought, YEAR_2022)).get().satisfies(m -> {
                assertThat(m.key()).isEqualTo("activity.instrument.carrier");
                assertThat(m.args()).containsExactly("GEC-2022-1", "GEC", kind.id());
            });
        }
        var power = electricity("power", "CN", 2022, "10000", "MWh", gec);
        assertThat(tonnes(calc.compute(List.of(power), GRID, Scope2Method.MARKET, 2022)))
                .containsOnly(Map.entry("CO2", BigDecimal.ZERO));
    }

    /**
     * Audit B, c02: an I-REC whose vintage runs from 2012-01-01 to 2022-01-01 covered all 1000 MWh of
     * 2022 (0 t) because its last day fell in the window. It covers nothing now: 570.3 t CO2.
     */
    @Test
    void a_certificate_whose_vintage_runs_out_of_the_window_covers_nothing() {
        for (String vintage : List.of("2012-01-01/2022-01-01", "2021")) {
            var old = new Instrument("IREC-OLD-1", "I-REC", new BigDecimal("1000"), Activities.unit("MWh"),
                    org.zhonghe.assessment.Origin.of("a.yaml", 10), InstrumentFit.vintage(vintage).orElseThrow(), "CN");
            var r = calc.compute(List.of(electricity("meter", "CN", null, "1000", "MWh", old)), GRID, Scope2Method.MARKET,
                    YEAR_2022);
            assertThat(tonnes(r)).as(vintage).containsOnly(Map.entry("CO2", new BigDecimal("570.3")));
            assertThat(r.inventory().computed().stream().filter(c -> c.method() == Scope2Method.MARKET).findFirst()
                    .orElseThrow().derivation().formula()).startsWith("1000 MWh [not applied: IREC-OLD-1] × 0.5703");
        }
    }

    /** An activity's own period is the consumption its certificates' vintage is held to. */
    @Test
    void a_meters_own_months_are_the_consumption_a_vintage_is_held_to() {
        var march = new Instrument("GEC-3", "GEC", new BigDecimal("100"), Activities.unit("MWh"),
                org.zhonghe.assessment.Origin.of("a.yaml", 10), InstrumentFit.vintage("2022-03").orElseThrow(), "CN");
        var claim = new org.zhonghe.assessment.Period(java.time.LocalDate.of(2022, 1, 1), java.time.LocalDate.of(2022, 12, 31));
        var january = electricity("jan", "CN", null, "100", "MWh", march);
        january = new Activity(january.id(), january.kind(), null, "CN", null, january.amount(), january.unit(),
                january.scope(), null, null, null, null, null, january.instruments(), january.origin(),
                new org.zhonghe.assessment.Period(java.time.LocalDate.of(2022, 1, 1), java.time.LocalDate.of(2022, 1, 31)));
        assertThat(tonnes(calc.compute(List.of(january), GRID, Scope2Method.MARKET, claim)))
                .containsOnly(Map.entry("CO2", BigDecimal.ZERO)); // March is within January's window
        var december = new Activity("dec", january.kind(), null, "CN", null, january.amount(), january.unit(),
                january.scope(), null, null, null, null, null, january.instruments(), january.origin(),
                new org.zhonghe.assessment.Period(java.time.LocalDate.of(2022, 12, 1), java.time.LocalDate.of(2022, 12, 31)));
        assertThat(tonnes(calc.compute(List.of(december), GRID, Scope2Method.MARKET, claim)))
                .containsOnly(Map.entry("CO2", new BigDecimal("57.03"))); // March is 8 months before December
    }

    /**
     * One certificate of 1000 MWh listed on two sites' 1000 MWh each covered 2000 MWh: market-based
     * Scope 2 was 0 t instead of 570.3 t, and the claim SUPPORTED. A certificate covers its volume
     * once (GHG Protocol Scope 2 Quality Criteria): listed again, it is an input error.
     */
    @Test
    void a_certificate_listed_on_two_activities_is_an_input_error_not_a_second_cover() {
        var a = electricity("site-a", "CN", 2022, "1000", "MWh", certificate("GEC-2022-0001", "1000", "MWh"));
        var b = electricity("site-b", "CN", 2022, "1000", "MWh", certificate("GEC-2022-0001", "1000", "MWh"));
        var r = calc.compute(List.of(a, b), GRID, Scope2Method.MARKET, 2022);
        assertThat(r.problems()).hasSize(1);
        Problem p = r.problems().get(0);
        assertThat(p.field()).isEqualTo("activities[site-b].instrument.id");
        assertThat(p.key()).isEqualTo("activity.instrument.duplicate");
        assertThat(p.value()).isEqualTo("GEC-2022-0001");
        assertThat(p.message(java.util.Locale.ENGLISH)).startsWith("certificate \"GEC-2022-0001\" is listed again"
                + " (first for activity site-a, line 10): a certificate retired for the period covers its volume once");
        assertThat(p.message(java.util.Locale.CHINESE)).startsWith("证书“GEC-2022-0001”被再次列出");
        assertThat(r.inventory().computed()).isEmpty();
    }

    /** Twice on one activity, spelt with a look-alike dash or in another case, it is still the same certificate. */
    @Test
    void a_certificate_listed_twice_on_one_activity_or_with_another_dash_is_the_same_certificate() {
        var twice = electricity("power", "CN", 2022, "1000", "MWh", certificate("GEC-1", "500", "MWh"),
                certificate("GEC-1", "500", "MWh"));
        assertThat(calc.compute(List.of(twice), GRID, Scope2Method.MARKET, 2022).problems())
                .extracting(Problem::key).containsExactly("activity.instrument.duplicate");
        var dash = electricity("power", "CN", 2022, "1000", "MWh", certificate("GEC-1", "500", "MWh"),
                certificate("GEC\u20111", "500000", "kWh"));
        assertThat(calc.compute(List.of(dash), GRID, Scope2Method.LOCATION, 2022).problems())
                .extracting(Problem::key).containsExactly("activity.instrument.duplicate");
        // in another case: a certificate's id is an upper-case code (audit B, c11)
        var lower = electricity("power", "CN", 2022, "1000", "MWh", certificate("IREC-CN-2022-0001", "500", "MWh"),
                certificate("irec-cn-2022-0001", "500", "MWh"));
        assertThat(calc.compute(List.of(lower), GRID, Scope2Method.MARKET, 2022).problems())
                .extracting(Problem::key).containsExactly("activity.instrument.duplicate");
        var distinct = electricity("power", "CN", 2022, "1000", "MWh", certificate("GEC-1", "500", "MWh"),
                certificate("GEC-2", "500", "MWh"));
        assertThat(tonnes(calc.compute(List.of(distinct), GRID, Scope2Method.MARKET, 2022)))
                .containsOnly(Map.entry("CO2", BigDecimal.ZERO));
    }
}
