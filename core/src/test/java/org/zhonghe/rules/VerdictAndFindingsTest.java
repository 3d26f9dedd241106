package org.zhonghe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhonghe.Assessments;
import org.zhonghe.Concept;
import org.zhonghe.assessment.Basis;
import org.zhonghe.assessment.EntityType;
import org.zhonghe.profiles.Profiles;

class VerdictAndFindingsTest {
    private final ClaimEvaluator rules = ClaimEvaluator.standard();

    private Evaluation under(Assessments a, Concept c) {
        return rules.evaluate(a.build(), c, Profiles.ipcc());
    }

    @Test
    void net_at_most_zero_supports_the_claim_and_above_zero_does_not() {
        assertThat(under(Assessments.org("a").emit("CO2", "100 t", 1).remove("afforestation", "100 t"),
                Concept.NET_ZERO_CO2).verdict()).isEqualTo(Verdict.SUPPORTED);
        Evaluation short1 = under(Assessments.org("a").emit("CO2", "100.001 t", 1).remove("afforestation", "100 t"),
                Concept.NET_ZERO_CO2);
        assertThat(short1.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        assertThat(short1.totals().net()).isEqualByComparingTo("0.001");
    }

    @Test
    void a_negative_net_is_supported_and_says_so() {
        Evaluation e = under(Assessments.org("a").emit("CO2", "10 t", 1).remove("afforestation", "12 t"), Concept.NET_ZERO_CO2);
        assertThat(e.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(e.has(FindingCode.NET_NEGATIVE)).isTrue();
        assertThat(e.findings().stream().filter(f -> f.code() == FindingCode.NET_NEGATIVE).findFirst().orElseThrow().args())
                .containsExactly("-2", "t CO2");
    }

    /** Issue 19: "-300000 t" had no grouping and no gas; the message says "-300,000 t CO2" (carbon neutrality balances CO2). */
    @Test
    void a_negative_net_is_told_with_thousands_grouped_and_its_unit() {
        Evaluation e = under(Assessments.org("a").emit("CO2", "100000 t", 1).offset("S", "400000 t"), Concept.CARBON_NEUTRALITY);
        Finding f = e.findings().stream().filter(x -> x.code() == FindingCode.NET_NEGATIVE).findFirst().orElseThrow();
        assertThat(org.zhonghe.Messages.of(java.util.Locale.ENGLISH).get(f.messageKey(), f.args())).contains("(-300,000 t CO2)");
        assertThat(org.zhonghe.Messages.of(java.util.Locale.CHINESE).get(f.messageKey(), f.args())).contains("（-300,000 t CO2）");
    }

    @Test
    void no_emission_record_is_an_empty_ledger_warning_and_none_counted_is_nothing_in_reach() {
        Evaluation empty = under(Assessments.org("a").scopes(1, 2).remove("afforestation", "1 t"), Concept.CARBON_NEUTRALITY);
        assertThat(empty.has(FindingCode.EMPTY_LEDGER)).isTrue();
        assertThat(empty.findings().stream().filter(f -> f.code() == FindingCode.EMPTY_LEDGER).findFirst().orElseThrow()
                .severity()).isEqualTo(Severity.WARNING);
        Evaluation excluded = under(Assessments.org("a").scopes(1, 2).emit("CO2", "10 t", 3), Concept.CARBON_NEUTRALITY);
        assertThat(excluded.has(FindingCode.EMPTY_LEDGER)).isFalse();
        assertThat(excluded.has(FindingCode.NOTHING_IN_REACH)).isTrue();
        assertThat(excluded.verdict()).isEqualTo(Verdict.INDETERMINATE);
        Evaluation counted = under(Assessments.org("a").emit("CO2", "10 t", 1), Concept.CARBON_NEUTRALITY);
        assertThat(counted.has(FindingCode.EMPTY_LEDGER)).isFalse();
        assertThat(counted.has(FindingCode.NOTHING_IN_REACH)).isFalse();
    }

    @Test
    void climate_neutrality_needs_the_other_effects_assessed_and_counts_them() {
        Assessments base = Assessments.of("world", EntityType.GLOBAL).emit("CO2", "10 t", 1).remove("daccs", "12 t");
        Evaluation notAssessed = under(base, Concept.CLIMATE_NEUTRALITY);
        assertThat(notAssessed.verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(notAssessed.has(FindingCode.OTHER_EFFECTS_NOT_ASSESSED)).isTrue();
        Evaluation assessed = under(base.otherEffects(true, "3 t"), Concept.CLIMATE_NEUTRALITY);
        assertThat(assessed.totals().otherEffects()).isEqualByComparingTo("3");
        assertThat(assessed.totals().net()).isEqualByComparingTo("1");
        assertThat(assessed.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        RecordResult other = under(base.otherEffects(true, "3 t"), Concept.NET_ZERO_GHG).records().stream()
                .filter(r -> r.section() == Section.OTHER_EFFECTS).findFirst().orElseThrow();
        assertThat(other.reason()).isEqualTo(Reason.NOT_IN_CONCEPT);
    }

    @Test
    void reductions_are_reported_never_deducted() {
        Evaluation e = under(Assessments.org("a").emit("CO2", "100 t", 1).reduce("rooftop solar", "80 t"),
                Concept.CARBON_NEUTRALITY);
        assertThat(e.totals().net()).isEqualByComparingTo("100");
        assertThat(e.reported().reductions()).isEqualByComparingTo("80");
        assertThat(e.records().get(1).status()).isEqualTo(RecordStatus.REPORTED);
        assertThat(e.has(FindingCode.AVOIDED_EMISSIONS_NOT_DEDUCTIBLE)).isTrue();
    }

    @Test
    void global_concepts_applied_to_other_entities_are_flagged() {
        assertThat(under(Assessments.org("a").emit("CO2", "1 t", 1), Concept.NET_ZERO_EMISSIONS)
                .has(FindingCode.GLOBAL_CONCEPT_APPLIED_LOCALLY)).isTrue();
        assertThat(under(Assessments.of("w", EntityType.GLOBAL).emit("CO2", "1 t", 1), Concept.NET_ZERO_EMISSIONS)
                .has(FindingCode.GLOBAL_CONCEPT_APPLIED_LOCALLY)).isFalse();
        assertThat(under(Assessments.org("a").emit("CO2", "1 t", 1), Concept.NET_ZERO_GHG)
                .has(FindingCode.GLOBAL_CONCEPT_APPLIED_LOCALLY)).isFalse();
    }

    @Test
    void an_organisation_without_scope_3_is_level_1_and_told_so() {
        Evaluation e = under(Assessments.org("a").scopes(1, 2).emit("CO2", "1 t", 1), Concept.CARBON_NEUTRALITY);
        assertThat(e.level()).isEqualTo(1);
        assertThat(e.has(FindingCode.SCOPE3_EXCLUDED)).isTrue();
        assertThat(under(Assessments.org("a").emit("CO2", "1 t", 1), Concept.CARBON_NEUTRALITY).level()).isEqualTo(2);
        assertThat(under(Assessments.org("a").scopes(1).emit("CO2", "1 t", 1), Concept.CARBON_NEUTRALITY).level()).isZero();
        assertThat(under(Assessments.of("e", EntityType.EVENT).scopes(1, 2).emit("CO2", "1 t", 1), Concept.CARBON_NEUTRALITY))
                .satisfies(x -> {
                    assertThat(x.level()).isNull();
                    assertThat(x.has(FindingCode.SCOPE3_EXCLUDED)).isFalse();
                });
    }

    @Test
    void history_makes_level_3_and_joins_the_balance_as_co2e() {
        Assessments a = Assessments.org("a").emit("CO2", "10 t", 1).history(2020, "500").history(2021, "400")
                .offset("S", "910 t");
        Evaluation ghg = under(a, Concept.GHG_NEUTRALITY);
        assertThat(ghg.level()).isEqualTo(3);
        assertThat(ghg.totals().emissions()).isEqualByComparingTo("910");
        assertThat(ghg.verdict()).isEqualTo(Verdict.SUPPORTED);
        Evaluation co2 = under(a, Concept.CARBON_NEUTRALITY);
        assertThat(co2.verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(co2.records()).filteredOn(r -> r.section() == Section.HISTORY)
                .extracting(RecordResult::reason).containsOnly(Reason.CO2E_NOT_SPLIT);
    }

    @Test
    void history_years_alone_are_nothing_in_reach_and_the_ledger_still_empty() {
        // an event whose period inventory is all Scope 3 (beyond direct control under net zero) is not
        // made "net zero" by a history year of 0 t, nor by one of 1 t balanced by a removal (rules.md §6)
        Assessments event = Assessments.of("games", EntityType.EVENT).scopes(1, 2, 3).emit("CO2", "5000 t", 3)
                .history(2023, "0");
        Evaluation zero = under(event, Concept.NET_ZERO_GHG);
        assertThat(zero.has(FindingCode.NOTHING_IN_REACH)).isTrue();
        assertThat(zero.verdict()).isEqualTo(Verdict.INDETERMINATE);
        Evaluation balanced = under(Assessments.of("games", EntityType.EVENT).scopes(1, 2, 3).emit("CO2", "5000 t", 3)
                .history(2023, "1").removal("daccs", "1 t", null, Basis.INCREMENT, null, "0", true), Concept.NET_ZERO_GHG);
        assertThat(balanced.verdict()).isEqualTo(Verdict.INDETERMINATE);
        // an organisation with history years and no emission record of the period: empty, and of nothing
        Evaluation historyOnly = under(Assessments.org("a").history(2023, "0"), Concept.GHG_NEUTRALITY);
        assertThat(historyOnly.has(FindingCode.EMPTY_LEDGER)).isTrue();
        assertThat(historyOnly.has(FindingCode.NOTHING_IN_REACH)).isTrue();
        assertThat(historyOnly.verdict()).isEqualTo(Verdict.INDETERMINATE);
        // with an emission of the period counted, history joins the balance as before
        Evaluation withPeriod = under(Assessments.org("a").emit("CO2", "1 t", 1).history(2023, "0").offset("S", "1 t"),
                Concept.GHG_NEUTRALITY);
        assertThat(withPeriod.has(FindingCode.NOTHING_IN_REACH)).isFalse();
        assertThat(withPeriod.verdict()).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void every_record_appears_once_in_section_order() {
        Evaluation e = under(Assessments.org("a").reduce("x", "1 t").offset("S", "1 t").remove("biochar", "1 t")
                .emit("CO2", "1 t", 1).otherEffects(true, "1 t"), Concept.CARBON_NEUTRALITY);
        assertThat(e.records()).extracting(RecordResult::section).containsExactly(Section.EMISSIONS,
                Section.REMOVALS, Section.CREDITS, Section.REDUCTIONS, Section.OTHER_EFFECTS);
    }
}
