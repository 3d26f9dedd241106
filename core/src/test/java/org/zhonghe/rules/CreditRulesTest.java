package org.zhonghe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhonghe.Assessments;
import org.zhonghe.Concept;
import org.zhonghe.GwpTable;
import org.zhonghe.profiles.Profiles;

class CreditRulesTest {
    private final ClaimEvaluator rules = ClaimEvaluator.standard();

    private List<RecordResult> credits(Assessments a, Concept c) {
        return rules.evaluate(a.build(), c, Profiles.ipcc()).records().stream()
                .filter(r -> r.section() == Section.CREDITS).toList();
    }

    private Reason reasonOf(Assessments a) {
        return credits(a, Concept.CARBON_NEUTRALITY).get(0).reason();
    }

    @Test
    void a_retired_credit_for_the_entity_counts_under_neutrality() {
        RecordResult r = credits(Assessments.org("acme").offset("S1", "500 t"), Concept.CARBON_NEUTRALITY).get(0);
        assertThat(r.status()).isEqualTo(RecordStatus.COUNTED);
        assertThat(r.counted()).isEqualByComparingTo("500");
    }

    @Test
    void net_zero_concepts_admit_no_offsets() {
        Assessments a = Assessments.org("acme").offset("S1", "500 t");
        for (Concept c : List.of(Concept.NET_ZERO_CO2, Concept.NET_ZERO_GHG, Concept.NET_ZERO_EMISSIONS,
                Concept.CLIMATE_NEUTRALITY)) {
            assertThat(credits(a, c).get(0).reason()).as(c.id()).isEqualTo(Reason.OFFSETS_NOT_ADMITTED);
        }
        assertThat(credits(a, Concept.GHG_NEUTRALITY).get(0).status()).isEqualTo(RecordStatus.COUNTED);
    }

    @Test
    void the_checks_apply_in_order_and_the_first_failure_is_the_reason() {
        assertThat(reasonOf(Assessments.org("acme").credit(c -> c.notRetired().beneficiary("other"))))
                .isEqualTo(Reason.NOT_RETIRED);
        assertThat(reasonOf(Assessments.org("acme").credit(c -> c.beneficiary("other").ownBoundary())))
                .isEqualTo(Reason.WRONG_BENEFICIARY);
        assertThat(reasonOf(Assessments.org("acme").credit(c -> c.beneficiary(null))))
                .isEqualTo(Reason.WRONG_BENEFICIARY);
        assertThat(reasonOf(Assessments.org("acme").credit(c -> c.ownBoundary().vintage(2030))))
                .isEqualTo(Reason.OWN_BOUNDARY_CREDIT);
        assertThat(reasonOf(Assessments.org("acme").credit(c -> c.vintage(2025))))
                .isEqualTo(Reason.FUTURE_VINTAGE);
        assertThat(credits(Assessments.org("acme").credit(c -> c.vintage(2024)), Concept.CARBON_NEUTRALITY).get(0).status())
                .isEqualTo(RecordStatus.COUNTED);
    }

    @Test
    void the_earliest_credit_keeps_a_duplicated_serial() {
        List<RecordResult> r = credits(Assessments.org("acme")
                .credit(c -> c.serial("S1").notRetired())
                .offset("S1", "100 t").offset("S1", "100 t").credit(c -> c.registry("VCS").serial("S1")),
                Concept.CARBON_NEUTRALITY);
        assertThat(r).extracting(RecordResult::reason)
                .containsExactly(Reason.NOT_RETIRED, null, Reason.DOUBLE_COUNTED, null);
    }

    /**
     * A claim with a date of its own rests only on credits retired by then: one retired later was
     * not retired when the claim was made (before session 22 it counted, and the claim read SUPPORTED).
     * Without a claim date the claim is of now: a retirement after the period, the usual practice, counts.
     */
    @Test
    void a_credit_retired_after_the_claims_date_was_not_retired_when_the_claim_was_made() {
        Assessments dated = Assessments.org("acme").emit("CO2", "100 t", 1).claimedOn("2025-03-01")
                .credit(c -> c.amount("100 t").retiredOn("2025-06-30"));
        Evaluation e = rules.evaluate(dated.build(), Concept.CARBON_NEUTRALITY, Profiles.ipcc());
        RecordResult r = e.records().stream().filter(x -> x.section() == Section.CREDITS).findFirst().orElseThrow();
        assertThat(r.reason()).isEqualTo(Reason.NOT_RETIRED);
        assertThat(r.messageKey()).isEqualTo("reason.NOT_RETIRED.afterClaim");
        assertThat(r.args()).containsExactly("2025-06-30", "2025-03-01");
        assertThat(e.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        // retired on the claim's day, or before it: counted
        assertThat(reasonOf(Assessments.org("acme").claimedOn("2025-03-01").credit(c -> c.retiredOn("2025-03-01")))).isNull();
        // no claim date: of now; retired after the period, as is usual
        assertThat(reasonOf(Assessments.org("acme").credit(c -> c.retiredOn("2025-06-30")))).isNull();
    }

    /** A credit recorded as retired in a year before its vintage shows no retirement (session 25, audit A 8d). */
    @Test
    void a_credit_retired_before_its_vintage_year_is_not_retired() {
        Evaluation e = rules.evaluate(Assessments.org("acme").credit(c -> c.vintage(2024).retiredOn("2023-01-01")).build(),
                Concept.CARBON_NEUTRALITY, Profiles.ipcc());
        RecordResult r = e.records().stream().filter(x -> x.section() == Section.CREDITS).findFirst().orElseThrow();
        assertThat(r.reason()).isEqualTo(Reason.NOT_RETIRED);
        assertThat(r.messageKey()).isEqualTo("reason.NOT_RETIRED.beforeVintage");
        assertThat(r.args()).containsExactly("2023-01-01", "2024");
        // retired in its vintage year or after: retired
        assertThat(reasonOf(Assessments.org("acme").credit(c -> c.vintage(2024).retiredOn("2024-12-31")))).isNull();
        assertThat(reasonOf(Assessments.org("acme").credit(c -> c.vintage(2023).retiredOn("2024-03-31")))).isNull();
    }

    @Test
    void copies_of_a_serial_with_different_amounts_make_the_claim_indeterminate() {
        Evaluation e = rules.evaluate(Assessments.org("acme").emit("CO2", "50 t", 1)
                .offset("S1", "100 t").offset("S1", "90 t").build(), Concept.CARBON_NEUTRALITY, Profiles.ipcc());
        assertThat(e.verdict()).isEqualTo(Verdict.INDETERMINATE);
        Finding f = e.findings().stream().filter(x -> x.code() == FindingCode.CONFLICTING_DUPLICATE_SERIAL).findFirst().orElseThrow();
        assertThat(f.records()).containsExactly("c1", "c2");
        assertThat(rules.evaluate(Assessments.org("acme").offset("S1", "100 t").offset("S1", "100000 kg").build(),
                Concept.CARBON_NEUTRALITY, Profiles.ipcc()).has(FindingCode.CONFLICTING_DUPLICATE_SERIAL)).isFalse();
    }

    /**
     * One serial is one unit, retired once: copies that disagree on whom it was retired for, its
     * vintage, type or project kind contradict each other whichever copy the checks reject (session
     * 25; before, the copy retired for another company was rejected and the other counted, silently).
     */
    @Test
    void copies_of_a_serial_that_disagree_on_what_the_unit_is_make_the_claim_indeterminate() {
        java.util.function.Function<java.util.function.UnaryOperator<Assessments.CreditSpec>, Evaluation> twice = other ->
                rules.evaluate(Assessments.org("acme").emit("CO2", "50 t", 1).credit(c -> other.apply(c.serial("VCS-A")))
                        .credit(c -> c.serial("VCS-A").amount("100 t")).build(), Concept.CARBON_NEUTRALITY, Profiles.ipcc());
        for (java.util.function.UnaryOperator<Assessments.CreditSpec> other : List.<java.util.function.UnaryOperator<Assessments.CreditSpec>>of(
                c -> c.beneficiary("other-company"), c -> c.vintage(2022), c -> c.vintage(2030),
                c -> c.type(org.zhonghe.assessment.CreditType.REMOVAL).kind("afforestation").durabilityYears(100))) {
            Evaluation e = twice.apply(other);
            assertThat(e.verdict()).isEqualTo(Verdict.INDETERMINATE);
            assertThat(e.findings()).filteredOn(f -> f.code() == FindingCode.CONFLICTING_DUPLICATE_SERIAL).singleElement()
                    .satisfies(f -> assertThat(f.records()).containsExactly("c1", "c2"));
        }
        // two projects behind one serial
        Evaluation kinds = rules.evaluate(Assessments.org("acme").emit("CO2", "50 t", 1)
                .credit(c -> c.serial("VCS-B").type(org.zhonghe.assessment.CreditType.REMOVAL).kind("crop-biomass"))
                .credit(c -> c.serial("VCS-B").type(org.zhonghe.assessment.CreditType.REMOVAL).kind("afforestation").durabilityYears(100))
                .build(), Concept.CARBON_NEUTRALITY, Profiles.ipcc());
        assertThat(kinds.has(FindingCode.CONFLICTING_DUPLICATE_SERIAL)).isTrue();
        // the same unit listed unretired and then retired, for the same beneficiary: no contradiction
        Evaluation listed = rules.evaluate(Assessments.org("acme").emit("CO2", "50 t", 1)
                .credit(c -> c.serial("VCS-C").notRetired()).credit(c -> c.serial("VCS-C")).build(),
                Concept.CARBON_NEUTRALITY, Profiles.ipcc());
        assertThat(listed.has(FindingCode.CONFLICTING_DUPLICATE_SERIAL)).isFalse();
        assertThat(listed.verdict()).isEqualTo(Verdict.SUPPORTED);
        // a concept that admits no credit compares none: each is rejected at check 1
        Evaluation none = rules.evaluate(Assessments.org("acme").emit("CO2", "50 t", 1)
                .credit(c -> c.serial("VCS-A").beneficiary("other-company")).credit(c -> c.serial("VCS-A")).build(),
                Concept.NET_ZERO_CO2, Profiles.ipcc());
        assertThat(none.has(FindingCode.CONFLICTING_DUPLICATE_SERIAL)).isFalse();
    }

    /**
     * A credit whose project's kind is a sink is a sink bought from outside whatever type it declares
     * (rules.md §4 check 6 by the kind; session 25: a forest stock written type: reduction counted).
     */
    @Test
    void a_sink_project_declared_a_reduction_is_still_tested_as_a_sink() {
        assertThat(reasonOf(Assessments.org("acme").credit(c -> c.kind("forest-stock")))).isEqualTo(Reason.NOT_INCREMENTAL);
        assertThat(reasonOf(Assessments.org("acme").credit(c -> c.kind("crop-biomass")))).isEqualTo(Reason.NOT_DURABLE);
        assertThat(reasonOf(Assessments.org("acme").credit(c -> c.kind("natural-ocean-uptake")))).isEqualTo(Reason.NATURAL_UPTAKE);
        assertThat(reasonOf(Assessments.org("acme").credit(c -> c.kind("afforestation").durabilityYears(30))))
                .isEqualTo(Reason.NOT_DURABLE);
        // a reduction project, or none named: a reduction credit as before
        assertThat(reasonOf(Assessments.org("acme").credit(c -> c.kind("avoided-emissions")))).isNull();
        assertThat(reasonOf(Assessments.org("acme").credit(c -> c.kind("wind-power")))).isNull();
        assertThat(reasonOf(Assessments.org("acme").credit(c -> c))).isNull();
        assertThat(reasonOf(Assessments.org("acme").credit(c -> c.kind("afforestation").durabilityYears(100)))).isNull();
    }

    @Test
    void a_credit_that_failed_checks_one_to_six_holds_no_serial() {
        // the copy after it counts (rules.md §4 check 8 asks of checks 1–6 only; ProfilesTest has check 7)
        assertThat(credits(Assessments.org("acme").credit(c -> c.serial("S2").vintage(2030)).offset("S2", "1 t"),
                Concept.CARBON_NEUTRALITY)).extracting(RecordResult::reason).containsExactly(Reason.FUTURE_VINTAGE, null);
    }

    @Test
    void a_serial_counted_for_another_assessment_is_double_counted() {
        ClaimEvaluator withStore = new ClaimEvaluator(GwpTable.bundled(), (registry, serial) -> serial.equals("TAKEN"));
        List<RecordResult> r = withStore.evaluate(Assessments.org("acme").offset("TAKEN", "1 t").offset("FREE", "1 t").build(),
                Concept.CARBON_NEUTRALITY, Profiles.ipcc()).records();
        assertThat(r).extracting(RecordResult::reason).containsExactly(Reason.DOUBLE_COUNTED, null);
    }
}
