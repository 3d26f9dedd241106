package org.zhonghe.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhonghe.Assessments;
import org.zhonghe.Concept;
import org.zhonghe.assessment.Plan;
import org.zhonghe.assessment.ReductionTarget;
import org.zhonghe.rules.ClaimEvaluator;
import org.zhonghe.rules.Evaluation;
import org.zhonghe.rules.FindingCode;
import org.zhonghe.rules.Verdict;

/** {@code pas-2060}'s own rules beside ISO 14068-1's (docs/profiles.md); {@code ProfilesTest} has the rest. */
class Pas2060ProfileTest {
    private static final Plan PLAN = new Plan(List.of(new ReductionTarget(2030, new java.math.BigDecimal("50"), 2020)),
            "removal credits only from 2030");
    private final ClaimEvaluator rules = ClaimEvaluator.standard();

    private Evaluation under(String profile, Concept concept, Assessments a) {
        return rules.evaluate(a.build(), concept, Profiles.byId(profile).orElseThrow());
    }

    /**
     * PAS 2060:2014 allows offsets alone for the first application period only; later periods show
     * a reduction (session 25; before, a fifth year of offsets alone read SUPPORTED). Zhonghe measures
     * it below the baseline; not stated, the period is judged as the first and told so.
     */
    @Test
    void pas_2060_allows_offsets_alone_in_the_first_period_only() {
        // 128 t CO2e counted (100 t CO2, 1 t CH4), 130 t of credits: balanced by offsets alone
        java.util.function.Function<String, Assessments> claim = base -> {
            Assessments a = Assessments.org("acme").plan(PLAN).emit("CO2", "100 t", 1).emit("CH4", "1 t", 1)
                    .credit(c -> c.amount("130 t").verified().retiredOn("2025-03-31")).claimedOn("2025-06-30");
            return base == null ? a : a.baseline(2020, base, null);
        };
        Evaluation first = under("pas-2060", Concept.CARBON_NEUTRALITY, claim.apply("128").firstPeriod(true));
        assertThat(first.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(first.has(FindingCode.FIRST_PERIOD_ASSUMED)).isFalse();

        // a later period: 128 t is not below a 128 t baseline (exactly equal is no reduction)
        Evaluation flat = under("pas-2060", Concept.CARBON_NEUTRALITY, claim.apply("128").firstPeriod(false));
        assertThat(flat.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        assertThat(flat.findings()).filteredOn(f -> f.code() == FindingCode.REDUCTION_THRESHOLD_NOT_MET)
                .singleElement().satisfies(f -> {
                    assertThat(f.messageKey()).isEqualTo("profile.pas.REDUCTION_THRESHOLD_NOT_MET.laterPeriod");
                    assertThat(f.args()).containsExactly("128", "2020", "128");
                });
        // a kilogram below the baseline is a reduction (the test is exact)
        Evaluation reduced = under("pas-2060", Concept.CARBON_NEUTRALITY, claim.apply("128.001").firstPeriod(false));
        assertThat(reduced.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(reduced.has(FindingCode.REDUCTION_THRESHOLD_NOT_MET)).isFalse();
        // without a baseline a later period cannot be judged
        Evaluation unknown = under("pas-2060", Concept.CARBON_NEUTRALITY, claim.apply(null).firstPeriod(false));
        assertThat(unknown.verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(unknown.findings()).extracting(f -> f.messageKey()).contains("profile.pas.BASELINE_MISSING.laterPeriod");
        // a part of the footprint (CO2 alone) is no reduction of the whole
        Evaluation co2 = under("pas-2060", Concept.NET_ZERO_CO2, claim.apply("1000").firstPeriod(false));
        assertThat(co2.findings()).extracting(f -> f.messageKey()).contains("profile.pas.REDUCTION_THRESHOLD_NOT_MET.partial");
        assertThat(co2.verdict()).isNotEqualTo(Verdict.SUPPORTED);

        // not stated: judged as the first period, and a claim of offsets alone is told so
        Evaluation unstated = under("pas-2060", Concept.CARBON_NEUTRALITY, claim.apply(null));
        assertThat(unstated.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(unstated.has(FindingCode.FIRST_PERIOD_ASSUMED)).isTrue();
        // … but not when the reduction is shown, nor when no credit counts
        assertThat(under("pas-2060", Concept.CARBON_NEUTRALITY, claim.apply("200")).has(FindingCode.FIRST_PERIOD_ASSUMED))
                .isFalse();
        assertThat(under("pas-2060", Concept.CARBON_NEUTRALITY, Assessments.org("acme").plan(PLAN).emit("CO2", "1 t", 1)
                .claimedOn("2025-06-30")).has(FindingCode.FIRST_PERIOD_ASSUMED)).isFalse();
        // ISO 14068-1 has no such rule: the field changes nothing there
        assertThat(under("iso-14068-1", Concept.CARBON_NEUTRALITY, claim.apply(null).firstPeriod(false)).verdict())
                .isEqualTo(Verdict.SUPPORTED);
    }
}
