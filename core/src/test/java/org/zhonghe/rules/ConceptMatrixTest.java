package org.zhonghe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhonghe.Assessments;
import org.zhonghe.Concept;
import org.zhonghe.assessment.EntityType;
import org.zhonghe.profiles.Profiles;

/** The same data under every concept: each concept's reach, gases and credit rule decide. */
class ConceptMatrixTest {
    private final ClaimEvaluator rules = ClaimEvaluator.standard();

    private Map<Concept, Verdict> matrix(Assessments a) {
        Map<Concept, Verdict> out = new EnumMap<>(Concept.class);
        for (ConceptVerdict c : rules.evaluate(a.build(), Profiles.ipcc()).concepts()) out.put(c.rule().concept(), c.verdict());
        return out;
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
        ClaimResult r = rules.evaluate(Assessments.org("a").claim(Concept.NET_ZERO_GHG).emit("CO2", "1 t", 1).build(),
                Profiles.ipcc());
        assertThat(r.claimed().rule().concept()).isEqualTo(Concept.NET_ZERO_GHG);
        assertThat(r.concepts()).hasSize(6);
        assertThat(r.of(Concept.NET_ZERO_GHG)).isEqualTo(new ConceptVerdict(r.claimed().rule(), r.verdict()));
    }

    /**
     * Issue 15 item 6: a row carries the rule its verdict used. ISO 14068-1, PAS 2060 and China's
     * large-event guide redefine carbon neutrality over all GHGs and the value chain; their row
     * says so, and its verdict is that rule's (a CH4 emission in Scope 3 counts).
     */
    @ParameterizedTest
    @ValueSource(strings = {"iso-14068-1", "pas-2060", "cn-large-event"})
    void each_row_carries_the_rule_the_profile_applied(String id) {
        Profile profile = Profiles.byId(id).orElseThrow();
        ClaimResult r = rules.evaluate(Assessments.org("a").claim(Concept.NET_ZERO_GHG).profile(id)
                .emit("CH4", "10 t", 3).build(), profile);
        for (Concept c : Concept.values()) assertThat(r.of(c).rule()).isEqualTo(profile.rule(c));
        ConceptVerdict neutrality = r.of(Concept.CARBON_NEUTRALITY);
        assertThat(neutrality.rule().gases()).isEqualTo(Concept.Gases.GHG);
        assertThat(neutrality.rule().reach()).isEqualTo(Concept.Reach.VALUE_CHAIN);
        assertThat(neutrality.rule().gases()).isNotEqualTo(ConceptRule.ipcc(Concept.CARBON_NEUTRALITY).gases());
        assertThat(neutrality.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        assertThat(rules.evaluate(Assessments.org("a").emit("CH4", "10 t", 3).build(), Profiles.ipcc())
                .of(Concept.CARBON_NEUTRALITY).verdict()).isNotEqualTo(Verdict.NOT_SUPPORTED);
    }
}
