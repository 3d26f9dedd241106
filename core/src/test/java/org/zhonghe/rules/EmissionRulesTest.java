package org.zhonghe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhonghe.Assessments;
import org.zhonghe.Concept;

class EmissionRulesTest {
    private final ClaimEvaluator rules = ClaimEvaluator.standard();

    private RecordResult only(Assessments a, Concept c) {
        Evaluation e = rules.evaluate(a.build(), c, org.zhonghe.profiles.Profiles.ipcc());
        return e.records().get(0);
    }

    @Test
    void co2_in_scope_counts_in_tonnes() {
        RecordResult r = only(Assessments.org("acme").emit("CO2", "1200.5 t", 1), Concept.CARBON_NEUTRALITY);
        assertThat(r.status()).isEqualTo(RecordStatus.COUNTED);
        assertThat(r.counted()).isEqualByComparingTo("1200.5");
    }

    @Test
    void a_scope_outside_the_boundary_is_excluded_first() {
        RecordResult r = only(Assessments.org("acme").scopes(1, 2).emission("e1", "CO2", "3000 t", 3, true),
                Concept.NET_ZERO_CO2);
        assertThat(r.reason()).isEqualTo(Reason.SCOPE_OUTSIDE_BOUNDARY);
        assertThat(r.status()).isEqualTo(RecordStatus.EXCLUDED);
    }

    @Test
    void a_citys_scope_2_is_beyond_its_territory_under_net_zero_but_counts_under_neutrality() {
        Assessments a = Assessments.of("city", org.zhonghe.assessment.EntityType.CITY).emit("CO2", "620 t", 2);
        assertThat(only(a, Concept.NET_ZERO_CO2).reason()).isEqualTo(Reason.BEYOND_DIRECT_CONTROL);
        assertThat(only(a, Concept.NET_ZERO_GHG).reason()).isEqualTo(Reason.BEYOND_DIRECT_CONTROL);
        assertThat(only(a, Concept.CARBON_NEUTRALITY).status()).isEqualTo(RecordStatus.COUNTED);
        assertThat(only(a, Concept.GHG_NEUTRALITY).status()).isEqualTo(RecordStatus.COUNTED);
    }

    @Test
    void scope_3_is_beyond_an_organisations_direct_control_and_scope_2_within_it() {
        Assessments a = Assessments.org("acme").emit("CO2", "3000 t", 3);
        assertThat(only(a, Concept.NET_ZERO_CO2).reason()).isEqualTo(Reason.BEYOND_DIRECT_CONTROL);
        assertThat(only(Assessments.org("acme").emit("CO2", "620 t", 2), Concept.NET_ZERO_GHG).status())
                .isEqualTo(RecordStatus.COUNTED);
    }

    @Test
    void biogenic_co2_is_reported_beside_the_balance() {
        Evaluation e = rules.evaluate(Assessments.org("acme").emit("CO2", "10 t", 1).emitBiogenic("40 t").build(),
                Concept.GHG_NEUTRALITY, org.zhonghe.profiles.Profiles.ipcc());
        assertThat(e.records().get(1).reason()).isEqualTo(Reason.BIOGENIC_REPORTED_SEPARATELY);
        assertThat(e.reported().biogenicCO2()).isEqualByComparingTo("40");
        assertThat(e.totals().emissions()).isEqualByComparingTo("10");
    }

    @Test
    void montreal_protocol_gases_are_reported_never_balanced() {
        Evaluation e = rules.evaluate(Assessments.org("acme").emit("HCFC-22", "1 t", 1).build(),
                Concept.GHG_NEUTRALITY, org.zhonghe.profiles.Profiles.ipcc());
        assertThat(e.records().get(0).reason()).isEqualTo(Reason.MONTREAL_PROTOCOL_GAS);
        assertThat(e.reported().montrealGases()).isEqualByComparingTo("1760");
        assertThat(e.totals().emissions()).isEqualByComparingTo("0");
    }

    @Test
    void methane_is_not_covered_by_a_co2_only_concept_and_weighted_under_ghg() {
        Assessments a = Assessments.org("acme").emit("CH4", "1.5 t", 1);
        assertThat(only(a, Concept.CARBON_NEUTRALITY).reason()).isEqualTo(Reason.GAS_NOT_COVERED);
        assertThat(only(a, Concept.NET_ZERO_CO2).reason()).isEqualTo(Reason.GAS_NOT_COVERED);
        assertThat(only(a, Concept.GHG_NEUTRALITY).counted()).isEqualByComparingTo("42");
    }

    @Test
    void a_gas_outside_the_kyoto_basket_is_not_covered_by_any_concept() {
        assertThat(only(Assessments.org("acme").emit("SO2F2", "1 t", 1), Concept.NET_ZERO_GHG).reason())
                .isEqualTo(Reason.GAS_NOT_COVERED);
    }

    @Test
    void co2e_under_a_co2_only_concept_is_not_split_and_makes_the_claim_indeterminate() {
        Evaluation e = rules.evaluate(Assessments.org("acme").emit("CO2e", "500 t", 1).build(),
                Concept.CARBON_NEUTRALITY, org.zhonghe.profiles.Profiles.ipcc());
        assertThat(e.records().get(0).reason()).isEqualTo(Reason.CO2E_NOT_SPLIT);
        assertThat(e.has(FindingCode.CO2E_UNDER_CO2_CONCEPT)).isTrue();
        assertThat(e.verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(only(Assessments.org("acme").emit("CO2e", "500 t", 1), Concept.GHG_NEUTRALITY).counted())
                .isEqualByComparingTo("500");
    }

    @Test
    void the_metric_changes_the_weight() {
        Assessments a = Assessments.org("acme").emit("CH4-fossil", "1 t", 1).metric(org.zhonghe.Metric.AR6_GWP100);
        assertThat(only(a, Concept.GHG_NEUTRALITY).counted()).isEqualByComparingTo("29.8");
    }
}
