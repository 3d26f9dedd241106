package org.zhonghe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.zhonghe.Assessments;
import org.zhonghe.Concept;
import org.zhonghe.Messages;
import org.zhonghe.assessment.Basis;
import org.zhonghe.assessment.CreditType;
import org.zhonghe.profiles.Profiles;

/**
 * A sink bought as a credit passes the sink tests (rules.md §4 check 6, paper §4.4.3), and a
 * {@code NOT_DURABLE} explanation fits its record (rules.md §3 check 4).
 */
class SinkCreditsTest {
    private final ClaimEvaluator rules = ClaimEvaluator.standard();
    private final Messages en = Messages.of(Locale.ENGLISH);
    private final Messages zh = Messages.of(Locale.CHINESE);

    private Evaluation neutrality(Assessments a) {
        return rules.evaluate(a.build(), Concept.CARBON_NEUTRALITY, Profiles.ipcc());
    }

    private static Assessments buyer() {
        return Assessments.org("buyer").emit("CO2", "100 t", 1);
    }

    /** §4.4.3: "渔业碳汇" and "海洋微生物碳泵" lack a methodology and "不能通过认证用于履约". */
    @Test
    void a_removal_credit_from_a_sink_the_paper_rejects_is_not_counted() {
        record Case(String kind, Reason reason) {}
        for (Case c : List.of(new Case("fishery-carbon-sink", Reason.UNRECOGNIZED_METHOD),
                new Case("microbial-carbon-pump", Reason.UNRECOGNIZED_METHOD), new Case("macroalgae", Reason.UNRECOGNIZED_METHOD),
                new Case("crop-biomass", Reason.NOT_DURABLE), new Case("grassland-biomass", Reason.NOT_DURABLE),
                new Case("forest-stock", Reason.NOT_INCREMENTAL), new Case("natural-ocean-uptake", Reason.NATURAL_UPTAKE))) {
            Evaluation e = neutrality(buyer().credit(x -> x.type(CreditType.REMOVAL).kind(c.kind()).amount("100 t")));
            assertThat(e.records().get(1).reason()).as(c.kind()).isEqualTo(c.reason());
            assertThat(e.verdict()).as(c.kind()).isEqualTo(Verdict.NOT_SUPPORTED);
        }
    }

    @Test
    void a_removal_credit_from_a_recognised_sink_counts() {
        Evaluation e = neutrality(buyer().credit(x -> x.type(CreditType.REMOVAL).kind("mangrove").durabilityYears(100)
                .amount("100 t")));
        assertThat(e.records().get(1).status()).isEqualTo(RecordStatus.COUNTED);
        assertThat(e.verdict()).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void a_removal_credit_stored_for_less_than_the_minimum_is_not_durable_and_says_whose_minimum() {
        Evaluation e = neutrality(buyer().credit(x -> x.type(CreditType.REMOVAL).kind("reforestation").durabilityYears(40)
                .amount("100 t")));
        RecordResult credit = e.records().get(1);
        assertThat(credit.reason()).isEqualTo(Reason.NOT_DURABLE);
        assertThat(e.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        assertThat(en.get(credit.messageKey(), credit.args())).contains("reforestation", "40", "100", "Zhonghe")
                .doesNotContain("crops");
        assertThat(zh.get(credit.messageKey(), credit.args())).contains("40", "100", "中和对“长期”的解读").doesNotContain("庄稼");
    }

    /** §4.4.1–§4.4.2: wind power is a reduction, whatever the credit calls itself. */
    @Test
    void a_removal_credit_from_a_reduction_project_is_judged_a_reduction_and_warned() {
        Assessments a = buyer().credit(x -> x.type(CreditType.REMOVAL).kind("wind-power").amount("100 t"));
        Evaluation ipcc = neutrality(a);
        assertThat(ipcc.records().get(1).status()).isEqualTo(RecordStatus.COUNTED);
        Finding f = ipcc.findings().stream().filter(x -> x.code() == FindingCode.CREDIT_TYPE_MISDECLARED).findFirst()
                .orElseThrow();
        assertThat(f.records()).containsExactly("c1");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(ipcc.creditsByType(a.build().credits())).containsEntry(CreditType.REDUCTION, new java.math.BigDecimal("100"));
        Evaluation sbti = rules.evaluate(a.claim(Concept.NET_ZERO_GHG).build(), Concept.NET_ZERO_GHG,
                Profiles.byId("sbti-net-zero").orElseThrow());
        assertThat(sbti.records().get(1).reason()).isEqualTo(Reason.CREDIT_TYPE_NOT_ADMITTED);
    }

    @Test
    void a_credit_without_a_kind_is_judged_as_before() {
        Evaluation e = neutrality(buyer().credit(x -> x.type(CreditType.REMOVAL).amount("100 t")));
        assertThat(e.records().get(1).status()).isEqualTo(RecordStatus.COUNTED);
    }

    /** rules.md §3 check 4: the explanation names the years, the minimum and its source, and fits the kind. */
    @Test
    void a_forest_stored_too_briefly_is_not_told_it_is_crops_and_grass() {
        Evaluation e = neutrality(buyer().removal("afforestation", "10 t", true, Basis.INCREMENT, 30, null, true));
        RecordResult forest = e.records().get(1);
        assertThat(forest.reason()).isEqualTo(Reason.NOT_DURABLE);
        assertThat(en.get(forest.messageKey(), forest.args())).contains("afforestation", "30", "100", "Zhonghe's reading",
                "§4.4.3").doesNotContain("crops");
        assertThat(zh.get(forest.messageKey(), forest.args())).contains("30", "100", "长期储存").doesNotContain("庄稼");
        RecordResult crops = neutrality(buyer().removal("crop-biomass", "10 t", true, Basis.INCREMENT, null, null, true))
                .records().get(1);
        assertThat(en.get(crops.messageKey(), crops.args())).contains("crop-biomass", "crops and grass");
    }

    @Test
    void geological_storage_declared_too_short_is_told_as_declared() {
        RecordResult daccs = neutrality(buyer().removal("daccs", "10 t", null, Basis.INCREMENT, 50, "0", true)).records().get(1);
        assertThat(daccs.reason()).isEqualTo(Reason.NOT_DURABLE);
        assertThat(en.get(daccs.messageKey(), daccs.args())).contains("daccs", "50 years as declared", "100");
    }
}
