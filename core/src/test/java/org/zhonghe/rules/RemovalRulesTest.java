package org.zhonghe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.zhonghe.Assessments;
import org.zhonghe.Concept;
import org.zhonghe.assessment.Basis;
import org.zhonghe.profiles.Profiles;

class RemovalRulesTest {
    private final ClaimEvaluator rules = ClaimEvaluator.standard();

    private RecordResult judge(Assessments a) {
        Evaluation e = rules.evaluate(a.build(), Concept.CARBON_NEUTRALITY, Profiles.ipcc());
        return e.records().stream().filter(r -> r.section() == Section.REMOVALS).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0} is rejected as {1}")
    @CsvSource({
            "natural-land-uptake, NATURAL_UPTAKE", "natural-ocean-uptake, NATURAL_UPTAKE",
            "crop-biomass, NOT_DURABLE", "grassland-biomass, NOT_DURABLE",
            "forest-stock, NOT_INCREMENTAL", "forest-coverage, NOT_INCREMENTAL",
            "wind-power, NOT_A_REMOVAL", "solar-power, NOT_A_REMOVAL", "hydro-power, NOT_A_REMOVAL",
            "nuclear-power, NOT_A_REMOVAL", "energy-efficiency, NOT_A_REMOVAL",
            "bioenergy-substitution, NOT_A_REMOVAL", "fossil-ccs, NOT_A_REMOVAL", "avoided-emissions, NOT_A_REMOVAL",
            "fishery-carbon-sink, UNRECOGNIZED_METHOD", "microbial-carbon-pump, UNRECOGNIZED_METHOD",
            "macroalgae, UNRECOGNIZED_METHOD",
    })
    void kinds_that_are_not_removals_are_rejected_by_their_fate(String kind, Reason reason) {
        RecordResult r = judge(Assessments.org("x").emit("CO2", "1 t", 1).remove(kind, "100 t"));
        assertThat(r.status()).isEqualTo(RecordStatus.REJECTED);
        assertThat(r.reason()).isEqualTo(reason);
    }

    @ParameterizedTest(name = "{0} counts when managed, durable and incremental")
    @CsvSource({"afforestation", "reforestation", "forest-management", "agroforestry", "soil-carbon",
            "peatland-restoration", "wetland-restoration", "mangrove", "seagrass", "salt-marsh",
            "harvested-wood-products", "biochar", "mineralization", "enhanced-weathering", "ocean-alkalinity", "daccs"})
    void eligible_kinds_count(String kind) {
        RecordResult r = judge(Assessments.org("x").emit("CO2", "1 t", 1).remove(kind, "100 t"));
        assertThat(r.status()).isEqualTo(RecordStatus.COUNTED);
        assertThat(r.counted()).isEqualByComparingTo("100");
    }

    @Test
    void unmanaged_land_has_no_anthropogenic_sink() {
        assertThat(judge(Assessments.org("x").removal("forest-management", "0.2 Mt", false, Basis.INCREMENT, 100, null, true))
                .reason()).isEqualTo(Reason.NATURAL_UPTAKE);
        assertThat(judge(Assessments.org("x").removal("mangrove", "5 t", false, Basis.INCREMENT, 100, null, true))
                .reason()).isEqualTo(Reason.NATURAL_UPTAKE);
    }

    @Test
    void a_stock_basis_is_not_incremental() {
        assertThat(judge(Assessments.org("x").removal("afforestation", "45 t", true, Basis.STOCK, 100, null, true))
                .reason()).isEqualTo(Reason.NOT_INCREMENTAL);
    }

    @Test
    void nature_based_and_wood_products_must_declare_durability() {
        assertThat(judge(Assessments.org("x").removal("soil-carbon", "50 kt", true, Basis.INCREMENT, null, null, true))
                .reason()).isEqualTo(Reason.DURABILITY_UNDECLARED);
        assertThat(judge(Assessments.org("x").removal("harvested-wood-products", "5 t", null, Basis.INCREMENT, null, null, true))
                .reason()).isEqualTo(Reason.DURABILITY_UNDECLARED);
    }

    @Test
    void technology_removals_have_default_durability_and_short_storage_is_not_durable() {
        assertThat(judge(Assessments.org("x").removal("biochar", "5 t", null, Basis.INCREMENT, null, null, true))
                .status()).isEqualTo(RecordStatus.COUNTED);
        assertThat(judge(Assessments.org("x").removal("afforestation", "5 t", true, Basis.INCREMENT, 40, null, true))
                .reason()).isEqualTo(Reason.NOT_DURABLE);
        assertThat(judge(Assessments.org("x").removal("biochar", "5 t", null, Basis.INCREMENT, 99, null, true))
                .reason()).isEqualTo(Reason.NOT_DURABLE);
    }

    @Test
    void a_removal_outside_the_boundary_counts_only_as_a_credit() {
        assertThat(judge(Assessments.org("x").removal("daccs", "5 t", null, Basis.INCREMENT, null, "1", false))
                .reason()).isEqualTo(Reason.OUTSIDE_BOUNDARY);
    }

    @Test
    void daccs_and_beccs_count_net_of_lifecycle_emissions_even_when_negative() {
        assertThat(judge(Assessments.org("x").removal("daccs", "100 t", null, Basis.INCREMENT, null, "30", true))
                .counted()).isEqualByComparingTo("70");
        assertThat(judge(Assessments.org("x").removal("beccs", "100 kg", null, Basis.INCREMENT, null, "150", true))
                .counted()).isEqualByComparingTo("-0.05");
    }

    @Test
    void beccs_without_lifecycle_emissions_is_totalled_gross_and_makes_the_claim_indeterminate() {
        Evaluation e = rules.evaluate(Assessments.org("x").emit("CO2", "100 t", 1)
                .removal("beccs", "100 t", null, Basis.INCREMENT, null, null, true).build(),
                Concept.CARBON_NEUTRALITY, Profiles.ipcc());
        assertThat(e.totals().removals()).isEqualByComparingTo("100");
        Finding f = e.findings().stream().filter(x -> x.code() == FindingCode.BECCS_LIFECYCLE_UNDECLARED).findFirst().orElseThrow();
        assertThat(f.records()).containsExactly("r1");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(e.verdict()).isEqualTo(Verdict.INDETERMINATE);
    }

    @Test
    void a_rejected_beccs_without_lifecycle_emissions_decides_nothing() {
        Evaluation e = rules.evaluate(Assessments.org("x").emit("CO2", "100 t", 1).remove("afforestation", "100 t")
                .removal("beccs", "100 t", null, Basis.INCREMENT, 50, null, true).build(),
                Concept.CARBON_NEUTRALITY, Profiles.ipcc());
        assertThat(e.records().get(2).reason()).isEqualTo(Reason.NOT_DURABLE);
        assertThat(e.has(FindingCode.BECCS_LIFECYCLE_UNDECLARED)).isFalse();
        assertThat(e.verdict()).isEqualTo(Verdict.SUPPORTED);
    }
}
