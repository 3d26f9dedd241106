package org.zhonghe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhonghe.Assessments;
import org.zhonghe.Concept;
import org.zhonghe.assessment.EntityType;

/** The same data under every concept: each concept's reach, gases and credit rule decide. */
class ConceptMatrixTest {
    private final ClaimEvaluator rules = ClaimEvaluator.standard();

    private Map<Concept, Verdict> matrix(Assessments a) {
        return rules.evaluate(a.build()).concepts();
    }

    @Test
    void credits_support_only_the_concepts_that_admit_offsets() {
        Map<Concept, Verdict> m = matrix(Assessments.org("a").emit("CO2", "100 t", 1).offset("S", "100 t"));
        assertThat(m).containsEntry(Concept.CARBON_NEUTRALITY, Verdict.SUPPORTED)
                .containsEntry(Concept.GHG_NEUTRALITY, Verdict.SUPPORTED)
                .containsEntry(Concept.NET_ZERO_CO2, Verdict.NOT_SUPPORTED)
                .containsEntry(Concept.NET_ZERO_GHG, Verdict.NOT_SUPPORTED)
                .containsEntry(Concept.NET_ZERO_EMISSIONS, Verdict.NOT_SUPPORTED)
                .containsEntry(Concept.CLIMATE_NEUTRALITY, Verdict.INDETERMINATE);
    }

    @Test
    void methane_decides_between_co2_and_ghg_concepts() {
        Map<Concept, Verdict> m = matrix(Assessments.org("a").emit("CO2", "100 t", 1).emit("CH4", "1 t", 1)
                .remove("daccs", "100 t").otherEffects(true));
        assertThat(m).containsEntry(Concept.CARBON_NEUTRALITY, Verdict.SUPPORTED)
                .containsEntry(Concept.NET_ZERO_CO2, Verdict.SUPPORTED)
                .containsEntry(Concept.GHG_NEUTRALITY, Verdict.NOT_SUPPORTED)
                .containsEntry(Concept.NET_ZERO_GHG, Verdict.NOT_SUPPORTED)
                .containsEntry(Concept.NET_ZERO_EMISSIONS, Verdict.NOT_SUPPORTED)
                .containsEntry(Concept.CLIMATE_NEUTRALITY, Verdict.NOT_SUPPORTED);
    }

    @Test
    void scope_3_decides_between_value_chain_and_direct_concepts() {
        Map<Concept, Verdict> m = matrix(Assessments.org("a").emit("CO2", "100 t", 1)
                .emit("CO2", "50 t", 3).remove("daccs", "100 t").otherEffects(true));
        assertThat(m).containsEntry(Concept.CARBON_NEUTRALITY, Verdict.NOT_SUPPORTED)
                .containsEntry(Concept.GHG_NEUTRALITY, Verdict.NOT_SUPPORTED)
                .containsEntry(Concept.NET_ZERO_CO2, Verdict.SUPPORTED)
                .containsEntry(Concept.NET_ZERO_GHG, Verdict.SUPPORTED)
                .containsEntry(Concept.NET_ZERO_EMISSIONS, Verdict.SUPPORTED)
                .containsEntry(Concept.CLIMATE_NEUTRALITY, Verdict.SUPPORTED);
    }

    @Test
    void other_effects_decide_climate_neutrality_alone() {
        Map<Concept, Verdict> m = matrix(Assessments.of("w", EntityType.GLOBAL).emit("CO2", "100 t", 1)
                .remove("daccs", "100 t").otherEffects(true, "5 t"));
        assertThat(m).containsEntry(Concept.NET_ZERO_EMISSIONS, Verdict.SUPPORTED)
                .containsEntry(Concept.CLIMATE_NEUTRALITY, Verdict.NOT_SUPPORTED);
        assertThat(matrix(Assessments.of("w", EntityType.GLOBAL).emit("CO2", "100 t", 1)
                .remove("daccs", "100 t").otherEffects(true, "-5 t"))).containsEntry(Concept.CLIMATE_NEUTRALITY, Verdict.SUPPORTED);
    }

    @Test
    void the_claimed_concept_matches_its_row_of_the_matrix() {
        ClaimResult r = rules.evaluate(Assessments.org("a").claim(Concept.NET_ZERO_GHG).emit("CO2", "1 t", 1).build());
        assertThat(r.claimed().rule().concept()).isEqualTo(Concept.NET_ZERO_GHG);
        assertThat(r.concepts()).hasSize(6).containsEntry(Concept.NET_ZERO_GHG, r.verdict());
    }
}
