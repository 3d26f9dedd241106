package org.zhonghe.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhonghe.Assessments;
import org.zhonghe.Concept;
import org.zhonghe.assessment.Basis;
import org.zhonghe.assessment.CreditType;
import org.zhonghe.rules.ClaimEvaluator;
import org.zhonghe.rules.Evaluation;
import org.zhonghe.rules.Finding;
import org.zhonghe.rules.FindingCode;
import org.zhonghe.rules.RecordStatus;
import org.zhonghe.rules.Verdict;

/** The SBTi Corporate Net-Zero Standard profiles (V1.x and V2.0): scopes, baseline, the cut, the credits. */
class SbtiProfileTest {
    private final ClaimEvaluator rules = ClaimEvaluator.standard();

    private Evaluation under(String profile, Concept concept, Assessments a) {
        return rules.evaluate(a.build(), concept, Profiles.byId(profile).orElseThrow());
    }

    @Test
    void sbti_needs_a_baseline_from_2015_and_all_three_scopes() {
        Assessments noBaseline = Assessments.org("a").emit("CO2", "1 t", 1);
        assertThat(under("sbti-net-zero", Concept.NET_ZERO_GHG, noBaseline).verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(under("sbti-net-zero", Concept.NET_ZERO_GHG, Assessments.org("a").baseline(2014, "100", null)
                .emit("CO2", "1 t", 1)).has(FindingCode.BASE_YEAR_TOO_EARLY)).isTrue();
        assertThat(under("sbti-net-zero", Concept.NET_ZERO_GHG, Assessments.org("a").baseline(2015, "100", null)
                .emit("CO2", "1 t", 1)).has(FindingCode.BASE_YEAR_TOO_EARLY)).isFalse();
        assertThat(under("sbti-net-zero", Concept.NET_ZERO_GHG, Assessments.org("a").scopes(1, 2).baseline(2019, "100", null)
                .emit("CO2", "1 t", 1)).has(FindingCode.SCOPE_COVERAGE_INSUFFICIENT)).isTrue();
    }

    @Test
    void sbti_threshold_is_ninety_percent_and_seventy_two_for_flag_exactly_at_the_edge() {
        assertThat(under("sbti-net-zero", Concept.NET_ZERO_GHG, Assessments.org("a").baseline(2019, "1000", null)
                .emit("CO2", "100 t", 1)).has(FindingCode.REDUCTION_THRESHOLD_NOT_MET)).isFalse();
        assertThat(under("sbti-net-zero", Concept.NET_ZERO_GHG, Assessments.org("a").baseline(2019, "1000", null)
                .emit("CO2", "100.001 t", 1)).has(FindingCode.REDUCTION_THRESHOLD_NOT_MET)).isTrue();
        assertThat(under("sbti-net-zero", Concept.NET_ZERO_GHG, Assessments.org("a").baseline(2019, "1000", "flag")
                .emit("CO2", "280 t", 1)).has(FindingCode.REDUCTION_THRESHOLD_NOT_MET)).isFalse();
    }

    @Test
    void sbti_threshold_is_a_cut_of_every_gas_over_the_value_chain_not_of_a_part_of_the_baseline() {
        // 50 t CO2 is 95 % below a 1000 t CO2e baseline, but under a CO2-only or a direct-control concept
        // the total is part of the inventory the baseline holds: not a measured cut
        for (Concept c : List.of(Concept.CARBON_NEUTRALITY, Concept.NET_ZERO_CO2, Concept.NET_ZERO_EMISSIONS)) {
            Evaluation e = under("sbti-net-zero", c, Assessments.org("a").baseline(2019, "1000", null).emit("CO2", "50 t", 1));
            assertThat(e.has(FindingCode.REDUCTION_THRESHOLD_NOT_MET)).as(c.id()).isTrue();
            assertThat(e.verdict()).as(c.id()).isNotEqualTo(Verdict.SUPPORTED);
        }
        for (Concept c : List.of(Concept.NET_ZERO_GHG, Concept.GHG_NEUTRALITY)) {
            assertThat(under("sbti-net-zero", c, Assessments.org("a").baseline(2019, "1000", null).emit("CO2", "50 t", 1))
                    .has(FindingCode.REDUCTION_THRESHOLD_NOT_MET)).as(c.id()).isFalse();
        }
    }

    @Test
    void sbti_threshold_is_decided_exactly_and_a_zero_baseline_allows_no_emissions() {
        // a cut a hair short of 90 % (beyond 34 significant digits): a rounded quotient read it as 90 %
        Evaluation hair = under("sbti-net-zero", Concept.NET_ZERO_GHG, Assessments.org("a").baseline(2019, "10000", null)
                .emit("CO2", "1000.00000000000000000000000000000000001 t", 1));
        assertThat(hair.has(FindingCode.REDUCTION_THRESHOLD_NOT_MET)).isTrue();
        // and a cut of 89.9999 % is told as 89.9 %, never as the 90 % it misses
        Evaluation near = under("sbti-net-zero", Concept.NET_ZERO_GHG, Assessments.org("a").baseline(2019, "10000", null)
                .emit("CO2", "1000.001 t", 1));
        assertThat(near.findings()).filteredOn(f -> f.code() == FindingCode.REDUCTION_THRESHOLD_NOT_MET)
                .singleElement().satisfies(f -> assertThat(f.args()).startsWith("89.9", "90"));
        // a baseline of 0 t: no cut below it can be made, so any counted emission misses the threshold
        Evaluation zero = under("sbti-net-zero", Concept.NET_ZERO_GHG, Assessments.org("a").baseline(2019, "0", null)
                .emit("CO2", "100 t", 1).removal("daccs", "100 t", null, Basis.INCREMENT, null, "0", true));
        assertThat(zero.has(FindingCode.REDUCTION_THRESHOLD_NOT_MET)).isTrue();
        assertThat(zero.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        assertThat(zero.findings()).filteredOn(f -> f.code() == FindingCode.REDUCTION_THRESHOLD_NOT_MET)
                .singleElement().satisfies(f -> {
                    assertThat(org.zhonghe.Messages.of(java.util.Locale.ENGLISH).get(f.messageKey(), f.args()))
                            .contains("2019 baseline is 0 t CO2e").contains("100 t CO2e are counted");
                    assertThat(org.zhonghe.Messages.of(java.util.Locale.CHINESE).get(f.messageKey(), f.args()))
                            .contains("2019 年基准线为 0 t CO2e");
                });
    }

    @Test
    void sbti_net_zero_ghg_reaches_the_value_chain_and_admits_only_removal_credits() {
        Evaluation e = under("sbti-net-zero", Concept.NET_ZERO_GHG, Assessments.org("a").baselineByScope(2019, "10000", "90000", null)
                .emit("CO2", "10 t", 3).credit(c -> c.type(CreditType.REMOVAL).durabilityYears(1000).amount("10 t")));
        assertThat(e.records().get(0).status()).isEqualTo(RecordStatus.COUNTED);
        assertThat(e.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(e.has(FindingCode.DURABILITY_UNVERIFIED_RULE)).isFalse();
        Evaluation shortLived = under("sbti-net-zero", Concept.NET_ZERO_GHG, Assessments.org("a").baselineByScope(2019, "10000", "90000", null)
                .emit("CO2", "10 t", 3).credit(c -> c.type(CreditType.REMOVAL).durabilityYears(200).amount("10 t")));
        assertThat(shortLived.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(shortLived.has(FindingCode.DURABILITY_UNVERIFIED_RULE)).isTrue();
    }

    /**
     * SBTi cuts Scopes 1 and 2 and Scope 3 apart: 1000 + 9000 t in 2019, now 500 + 450 t. The total
     * is cut 90.5 % and read SUPPORTED before session 22; Scopes 1 and 2 are cut only 50 %.
     */
    @Test
    void sbti_a_deep_scope_3_cut_does_not_carry_a_shallow_cut_of_scopes_1_and_2() {
        for (String profile : List.of("sbti-net-zero", "sbti-net-zero-v2")) {
            java.util.function.Function<Assessments, Assessments> now = a -> a.emit("CO2", "500 t", 1).emit("CO2", "450 t", 3)
                    .credit(c -> c.type(CreditType.REMOVAL).durabilityYears(1000).amount("950 t"));
            Evaluation split = under(profile, Concept.NET_ZERO_GHG, now.apply(Assessments.org("a").baselineByScope(2019, "1000", "9000", null)));
            assertThat(split.verdict()).as(profile).isEqualTo(Verdict.NOT_SUPPORTED);
            assertThat(split.findings()).filteredOn(f -> f.code() == FindingCode.REDUCTION_THRESHOLD_NOT_MET)
                    .extracting(Finding::messageKey, Finding::args)
                    .containsExactly(tuple("profile.sbti.REDUCTION_THRESHOLD_NOT_MET.scope1and2",
                            List.of("50", "90", "2019", "1,000", "500")));
            // the same figures with the baseline as one total: the parts cannot be judged
            Evaluation total = under(profile, Concept.NET_ZERO_GHG, now.apply(Assessments.org("a").baseline(2019, "10000", null)));
            assertThat(total.verdict()).as(profile).isEqualTo(Verdict.INDETERMINATE);
            assertThat(total.findings()).filteredOn(f -> f.code() == FindingCode.BASELINE_MISSING)
                    .extracting(Finding::messageKey).containsExactly("profile.sbti.BASELINE_MISSING.scopeSplit");
            // Scope 3 short, Scopes 1 and 2 cut: the other part is told
            Evaluation chain = under(profile, Concept.NET_ZERO_GHG, Assessments.org("a").baselineByScope(2019, "9000", "1000", null)
                    .emit("CO2", "450 t", 1).emit("CO2", "101 t", 3)
                    .credit(c -> c.type(CreditType.REMOVAL).durabilityYears(1000).amount("551 t")));
            assertThat(chain.findings()).filteredOn(f -> f.code() == FindingCode.REDUCTION_THRESHOLD_NOT_MET)
                    .extracting(Finding::messageKey).containsExactly("profile.sbti.REDUCTION_THRESHOLD_NOT_MET.scope3");
            // each part cut exactly 90 %: supported (V2.0 also asks Scope 1's own baseline: below)
            Evaluation both = under(profile, Concept.NET_ZERO_GHG, Assessments.org("a").baselineByScope(2019, "9000", "1000", null)
                    .baselineScope1("9000").emit("CO2", "900 t", 1).emit("CO2", "100 t", 3)
                    .credit(c -> c.type(CreditType.REMOVAL).durabilityYears(1000).amount("1000 t")));
            assertThat(both.verdict()).as(profile).isEqualTo(Verdict.SUPPORTED);
            // a Scope 3 baseline of 0 t allows no Scope 3 at all
            Evaluation zero = under(profile, Concept.NET_ZERO_GHG, Assessments.org("a").baselineByScope(2019, "10000", "0", null)
                    .emit("CO2", "100 t", 1).emit("CO2", "1 t", 3)
                    .credit(c -> c.type(CreditType.REMOVAL).durabilityYears(1000).amount("101 t")));
            assertThat(zero.findings()).filteredOn(f -> f.code() == FindingCode.REDUCTION_THRESHOLD_NOT_MET)
                    .extracting(Finding::messageKey).containsExactly("profile.sbti.REDUCTION_THRESHOLD_NOT_MET.scope3.zeroBaseline");
        }
    }

    /**
     * Session 24: V2.0 sets Scope 1 apart from Scope 2. 2019: Scope 1 5000 t, Scope 2 5000 t, Scope 3
     * 1000 t; now Scope 1 900 t, Scope 2 0 t (renewable electricity), Scope 3 100 t. Scopes 1 and 2
     * are cut 91 %, but Scope 1 only 82 %: V1.x reads SUPPORTED, V2.0 does not.
     */
    @Test
    void sbti_v2_a_deep_scope_2_cut_does_not_carry_a_shallow_cut_of_scope_1() {
        java.util.function.Function<Assessments, Assessments> now = a -> a.emit("CO2", "900 t", 1).emit("CO2", "100 t", 3)
                .credit(c -> c.type(CreditType.REMOVAL).durabilityYears(1000).amount("1000 t"));
        Assessments split = now.apply(Assessments.org("a").baselineByScope(2019, "10000", "1000", null).baselineScope1("5000"));
        assertThat(under("sbti-net-zero", Concept.NET_ZERO_GHG, split).verdict()).isEqualTo(Verdict.SUPPORTED);
        Evaluation v2 = under("sbti-net-zero-v2", Concept.NET_ZERO_GHG, split);
        assertThat(v2.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        assertThat(v2.findings()).filteredOn(f -> f.code() == FindingCode.REDUCTION_THRESHOLD_NOT_MET)
                .extracting(Finding::messageKey, Finding::args)
                .containsExactly(tuple("profile.sbti.REDUCTION_THRESHOLD_NOT_MET.scope1", List.of("82", "90", "2019", "5,000", "900")));
        // Scope 1 cut exactly 90 % below its own 9000 t: supported under V2.0 as well
        Evaluation cut = under("sbti-net-zero-v2", Concept.NET_ZERO_GHG,
                now.apply(Assessments.org("a").baselineByScope(2019, "10000", "1000", null).baselineScope1("9000")));
        assertThat(cut.verdict()).isEqualTo(Verdict.SUPPORTED);
        // without Scope 1's part the cut cannot be judged: INDETERMINATE, asking for baseline.scope1
        Evaluation unsplit = under("sbti-net-zero-v2", Concept.NET_ZERO_GHG,
                now.apply(Assessments.org("a").baselineByScope(2019, "10000", "1000", null)));
        assertThat(unsplit.verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(unsplit.findings()).filteredOn(f -> f.code() == FindingCode.BASELINE_MISSING)
                .extracting(Finding::messageKey).containsExactly("profile.sbti.BASELINE_MISSING.scope1");
        // V1.x never asks for it
        assertThat(under("sbti-net-zero", Concept.NET_ZERO_GHG,
                now.apply(Assessments.org("a").baselineByScope(2019, "10000", "1000", null))).verdict()).isEqualTo(Verdict.SUPPORTED);
        // a Scope 1 baseline of 0 t allows no Scope 1 at all
        Evaluation zero = under("sbti-net-zero-v2", Concept.NET_ZERO_GHG, Assessments.org("a")
                .baselineByScope(2019, "10000", "1000", null).baselineScope1("0").emit("CO2", "1 t", 1).emit("CO2", "9 t", 2)
                .credit(c -> c.type(CreditType.REMOVAL).durabilityYears(1000).amount("10 t")));
        assertThat(zero.findings()).filteredOn(f -> f.code() == FindingCode.REDUCTION_THRESHOLD_NOT_MET)
                .extracting(Finding::messageKey).containsExactly("profile.sbti.REDUCTION_THRESHOLD_NOT_MET.scope1.zeroBaseline");
    }

    /**
     * Each profile answers for its own edition; when the claim's date falls under the other, its
     * first finding says so, and says when that edition's cut reads otherwise.
     */
    @Test
    void sbti_the_edition_finding_says_when_the_other_editions_cut_reads_otherwise() {
        java.util.function.Function<Assessments, Assessments> now = a -> a.claimedOn("2027-06-30").emit("CO2", "900 t", 1)
                .emit("CO2", "100 t", 3).credit(c -> c.type(CreditType.REMOVAL).durabilityYears(1000).amount("1000 t"));
        Evaluation shallow = under("sbti-net-zero", Concept.NET_ZERO_GHG,
                now.apply(Assessments.org("a").baselineByScope(2019, "10000", "1000", null).baselineScope1("5000")));
        assertThat(shallow.verdict()).isEqualTo(Verdict.SUPPORTED); // V1.x's rules, as asked
        assertThat(shallow.findings()).filteredOn(f -> f.code() == FindingCode.PROFILE_VERSION_APPLIED)
                .extracting(Finding::messageKey).containsExactly("profile.sbti.V2_APPLIES.differs");
        assertThat(org.zhonghe.Messages.of(java.util.Locale.CHINESE).get("profile.sbti.V2_APPLIES.differs",
                (Object[]) shallow.findings().stream().filter(f -> f.code() == FindingCode.PROFILE_VERSION_APPLIED)
                        .findFirst().orElseThrow().args().toArray())).contains("2027-06-30", "范围一单独");
        Evaluation deep = under("sbti-net-zero", Concept.NET_ZERO_GHG,
                now.apply(Assessments.org("a").baselineByScope(2019, "10000", "1000", null).baselineScope1("9000")));
        assertThat(deep.findings()).filteredOn(f -> f.code() == FindingCode.PROFILE_VERSION_APPLIED)
                .extracting(Finding::messageKey).containsExactly("profile.sbti.V2_APPLIES");
        // V2.0 for a claim of 2026: V1.x would not ask Scope 1's baseline
        Evaluation early = under("sbti-net-zero-v2", Concept.NET_ZERO_GHG, Assessments.org("a").claimedOn("2026-06-30")
                .baselineByScope(2019, "10000", "1000", null).emit("CO2", "900 t", 1).emit("CO2", "100 t", 3)
                .credit(c -> c.type(CreditType.REMOVAL).durabilityYears(1000).amount("1000 t")));
        assertThat(early.verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(early.findings()).filteredOn(f -> f.code() == FindingCode.PROFILE_VERSION_APPLIED)
                .extracting(Finding::messageKey).containsExactly("profile.sbti.V1_APPLIES.differs");
    }
}
