package org.zhonghe.profiles;

import org.zhonghe.rules.ProfileInfo;
import org.zhonghe.rules.Profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhonghe.Assessments;
import org.zhonghe.Concept;
import org.zhonghe.assessment.Basis;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.CreditType;
import org.zhonghe.assessment.EntityType;
import org.zhonghe.assessment.Plan;
import org.zhonghe.assessment.ReductionTarget;
import org.zhonghe.rules.ClaimEvaluator;
import org.zhonghe.rules.Evaluation;
import org.zhonghe.rules.FindingCode;
import org.zhonghe.rules.Reason;
import org.zhonghe.rules.RecordResult;
import org.zhonghe.rules.RecordStatus;
import org.zhonghe.rules.Section;
import org.zhonghe.rules.Verdict;

class ProfilesTest {
    private static final Plan PLAN = new Plan(List.of(new ReductionTarget(2030, new java.math.BigDecimal("50"), 2020)),
            "removal credits only from 2030");
    private final ClaimEvaluator rules = ClaimEvaluator.standard();

    private Evaluation under(String profile, Concept concept, Assessments a) {
        return rules.evaluate(a.build(), concept, Profiles.byId(profile).orElseThrow());
    }

    private static Reason creditReason(Evaluation e) {
        return e.records().stream().filter(r -> r.section() == Section.CREDITS).findFirst().orElseThrow().reason();
    }

    /** A company that offsets its CO2 with avoidance credits and leaves its methane unbalanced. */
    private static Assessments company() {
        return Assessments.org("acme").plan(PLAN).baseline(2019, "1200", null)
                .emit("CO2", "100 t", 1).emit("CH4", "1 t", 1)
                .credit(c -> c.amount("100 t").verified().retiredOn("2025-03-31"));
    }

    @Test
    void the_same_ledger_gets_different_correct_verdicts_under_ipcc_iso_and_sbti() {
        Evaluation ipcc = under("ipcc", Concept.CARBON_NEUTRALITY, company());
        Evaluation iso = under("iso-14068-1", Concept.CARBON_NEUTRALITY, company());
        Evaluation sbti = under("sbti-net-zero", Concept.NET_ZERO_GHG, company());
        // IPCC: carbon neutrality is CO2 only, so the credit covers it
        assertThat(ipcc.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(ipcc.totals().net()).isEqualByComparingTo("0");
        // ISO 14068-1: "carbon" is every GHG, the methane counts (28 t CO2e) and the claim fails
        assertThat(iso.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        assertThat(iso.totals().net()).isEqualByComparingTo("28");
        assertThat(iso.has(FindingCode.CONCEPT_REDEFINED)).isTrue();
        // SBTi: avoidance credits cannot neutralise, and 128 t against 1200 t is only an 89.3 % cut
        assertThat(sbti.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        assertThat(creditReason(sbti)).isEqualTo(Reason.CREDIT_TYPE_NOT_ADMITTED);
        assertThat(sbti.findings()).filteredOn(f -> f.code() == FindingCode.REDUCTION_THRESHOLD_NOT_MET)
                .singleElement().satisfies(f -> assertThat(f.args()).startsWith("89.3", "90"));
    }

    @Test
    void iso_covers_organisations_and_products_but_not_territories_or_people() {
        for (EntityType t : List.of(EntityType.COUNTRY, EntityType.CITY, EntityType.GLOBAL, EntityType.INDIVIDUAL)) {
            assertThat(under("iso-14068-1", Concept.CARBON_NEUTRALITY, Assessments.of("x", t).plan(PLAN).emit("CO2", "1 t", 1))
                    .has(FindingCode.SUBJECT_NOT_COVERED)).as(t.id()).isTrue();
        }
        assertThat(under("iso-14068-1", Concept.CARBON_NEUTRALITY, Assessments.of("x", EntityType.EVENT).plan(PLAN)
                .emit("CO2", "1 t", 1)).has(FindingCode.SUBJECT_NOT_COVERED)).isFalse();
    }

    @Test
    void iso_needs_a_plan_with_targets_and_a_removal_transition() {
        assertThat(under("iso-14068-1", Concept.CARBON_NEUTRALITY, Assessments.org("a").emit("CO2", "1 t", 1))
                .has(FindingCode.PLAN_MISSING)).isTrue();
        assertThat(under("iso-14068-1", Concept.CARBON_NEUTRALITY, Assessments.org("a").plan(new Plan(List.of(), "x"))
                .emit("CO2", "1 t", 1)).has(FindingCode.PLAN_MISSING)).isTrue();
        assertThat(under("iso-14068-1", Concept.CARBON_NEUTRALITY, Assessments.org("a").plan(PLAN).emit("CO2", "1 t", 1))
                .has(FindingCode.PLAN_MISSING)).isFalse();
    }

    @Test
    void iso_credits_must_be_verified_and_retired_within_twelve_months() {
        assertThat(creditReason(under("iso-14068-1", Concept.CARBON_NEUTRALITY, Assessments.org("a").plan(PLAN)
                .credit(c -> c.retiredOn("2025-01-01"))))).isEqualTo(Reason.NOT_VERIFIED);
        assertThat(creditReason(under("iso-14068-1", Concept.CARBON_NEUTRALITY, Assessments.org("a").plan(PLAN)
                .credit(c -> c.verified().retiredOn("2025-12-31"))))).isNull();
        assertThat(creditReason(under("iso-14068-1", Concept.CARBON_NEUTRALITY, Assessments.org("a").plan(PLAN)
                .credit(c -> c.verified().retiredOn("2026-01-01"))))).isEqualTo(Reason.RETIRED_TOO_LATE);
    }

    @Test
    void counted_credits_are_split_by_type() {
        Assessment a = Assessments.org("a").emit("CO2", "10 t", 1).credit(c -> c.amount("3 t"))
                .credit(c -> c.type(CreditType.REMOVAL).amount("4 t")).credit(c -> c.type(CreditType.REMOVAL).amount("5 t").notRetired())
                .build();
        Evaluation e = rules.evaluate(a, Concept.CARBON_NEUTRALITY, Profiles.ipcc());
        assertThat(e.creditsByType(a.credits()).get(CreditType.AVOIDANCE)).isEqualByComparingTo("3");
        assertThat(e.creditsByType(a.credits()).get(CreditType.REMOVAL)).isEqualByComparingTo("4");
        assertThat(e.creditsByType(a.credits()).get(CreditType.ALLOWANCE)).isEqualByComparingTo("0");
    }

    @Test
    void a_serial_kept_by_a_credit_the_profile_rejects_is_not_counted_again() {
        // rules.md §4 check 8: the earliest credit that passed checks 1–6 keeps the serial, even when check 7
        // (here ISO 14068-1's verification) rejects it; the verified copy after it is a double count
        Assessments twice = Assessments.org("a").plan(PLAN).emit("CO2", "100 t", 1)
                .credit(c -> c.serial("S1").amount("100 t"))
                .credit(c -> c.serial("S1").amount("100 t").verified().retiredOn("2025-01-15"));
        Evaluation e = under("iso-14068-1", Concept.CARBON_NEUTRALITY, twice);
        assertThat(e.records()).filteredOn(r -> r.section() == Section.CREDITS).extracting(RecordResult::reason)
                .containsExactly(Reason.NOT_VERIFIED, Reason.DOUBLE_COUNTED);
        assertThat(e.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        // copies of different amounts conflict, whichever of them the profile rejects
        Evaluation conflict = under("iso-14068-1", Concept.CARBON_NEUTRALITY, Assessments.org("a").plan(PLAN)
                .emit("CO2", "100 t", 1).credit(c -> c.serial("S1").amount("300 t"))
                .credit(c -> c.serial("S1").amount("100 t").verified().retiredOn("2025-01-15")));
        assertThat(conflict.has(FindingCode.CONFLICTING_DUPLICATE_SERIAL)).isTrue();
        assertThat(conflict.verdict()).isEqualTo(Verdict.INDETERMINATE);
    }

    @Test
    void chinese_profiles_admit_registries_by_their_canonical_ids_whatever_the_spelling() {
        for (String ccer : List.of("CCER", "ccer", "国家核证自愿减排量", " China CCER ")) {
            assertThat(creditReason(under("cn-ets", Concept.CARBON_NEUTRALITY, Assessments.org("a").emit("CO2", "1000 t", 1)
                    .credit(c -> c.registry(ccer).amount("10 t"))))).as(ccer).isNull();
        }
        Assessments event = Assessments.of("games", EntityType.EVENT).emit("CO2", "100 t", 1)
                .credit(c -> c.registry("Clean Development Mechanism").hostCountry("CHN").amount("40 t"))
                .credit(c -> c.registry("碳普惠").amount("30 t"))
                .credit(c -> c.registry("cn-ets-beijing").type(CreditType.ALLOWANCE).amount("30 t"));
        Evaluation e = under("cn-large-event", Concept.CARBON_NEUTRALITY, event);
        assertThat(e.records()).filteredOn(r -> r.section() == Section.CREDITS).extracting(RecordResult::status)
                .containsOnly(RecordStatus.COUNTED);
        assertThat(e.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(creditReason(under("cn-large-event", Concept.CARBON_NEUTRALITY, Assessments.of("g", EntityType.EVENT)
                .emit("CO2", "1 t", 1).credit(c -> c.registry("Verra").amount("1 t"))))).isEqualTo(Reason.REGISTRY_NOT_ADMITTED);
    }

    @Test
    void cn_large_event_takes_forestry_sinks_only_from_new_projects_bought_or_not() {
        Assessments event = Assessments.of("games", EntityType.EVENT).emit("CO2", "100 t", 1)
                .credit(c -> c.type(CreditType.REMOVAL).kind("forest-management").amount("50 t"))
                .credit(c -> c.type(CreditType.REMOVAL).kind("afforestation").amount("50 t"));
        Evaluation e = under("cn-large-event", Concept.CARBON_NEUTRALITY, event);
        assertThat(e.records()).filteredOn(r -> r.section() == Section.CREDITS).extracting(RecordResult::reason)
                .containsExactly(Reason.NOT_INCREMENTAL, null);
        assertThat(e.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        // the same kind in the boundary, as before
        assertThat(under("cn-large-event", Concept.CARBON_NEUTRALITY, Assessments.of("games", EntityType.EVENT)
                .emit("CO2", "100 t", 1).removal("forest-management", "100 t", true, Basis.INCREMENT, 100, null, true)).records())
                .filteredOn(r -> r.section() == Section.REMOVALS).extracting(RecordResult::reason)
                .containsExactly(Reason.NOT_INCREMENTAL);
        // under ipcc the bought forest-management sink counts (§3 alone)
        assertThat(under("ipcc", Concept.CARBON_NEUTRALITY, event).verdict()).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void eu_prohibits_offset_based_product_claims_from_27_september_2026_citing_annex_i_4c() {
        Assessments product = Assessments.of("kettle", EntityType.PRODUCT).emit("CO2", "10 t", 1).offset("S", "10 t");
        Evaluation before = under("eu-2024-825", Concept.CARBON_NEUTRALITY, product.claimedOn("2026-09-26"));
        assertThat(before.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(before.has(FindingCode.NOT_YET_APPLICABLE)).isTrue();
        Evaluation on = under("eu-2024-825", Concept.CARBON_NEUTRALITY, product.claimedOn("2026-09-27"));
        assertThat(on.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        assertThat(on.findings()).filteredOn(f -> f.code() == FindingCode.CLAIM_PROHIBITED).singleElement()
                .satisfies(f -> {
                    assertThat(f.records()).containsExactly("c1");
                    assertThat(org.zhonghe.Messages.of(java.util.Locale.ENGLISH).get(f.messageKey(), f.args()))
                            .contains("Annex I point 4c");
                    assertThat(org.zhonghe.Messages.of(java.util.Locale.CHINESE).get(f.messageKey(), f.args()))
                            .contains("附件一第4c点");
                });
        Evaluation organisation = under("eu-2024-825", Concept.CARBON_NEUTRALITY,
                Assessments.org("acme").emit("CO2", "10 t", 1).offset("S", "10 t").claimedOn("2026-10-01"));
        assertThat(organisation.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(organisation.has(FindingCode.OFFSET_BASED_CLAIM_RISK)).isTrue();
    }

    /**
     * Art. 29 caps CCER at 5 % of the allowances to be surrendered (应清缴碳排放配额): the market's
     * allowances are of a unit's own CO2, so Scope 3 and methane do not raise the cap. 1000 t CO2
     * of Scope 1, 9000 t CO2 of Scope 3 and 100 t CH4 (2800 t CO2e): the cap is 50 t, not 5 % of
     * the 12,800 t counted under GHG neutrality (640 t), as before session 22.
     */
    @Test
    void cn_ets_caps_offsets_on_the_units_own_co2_not_on_scope_3_or_other_gases() {
        Assessments a = Assessments.org("p").emit("CO2", "1000 t", 1).emit("CO2", "9000 t", 3).emit("CH4", "100 t", 1)
                .credit(c -> c.amount("600 t"));
        Evaluation ghg = under("cn-ets", Concept.GHG_NEUTRALITY, a);
        assertThat(ghg.totals().emissions()).isEqualByComparingTo("12800");
        assertThat(ghg.totals().credits()).isEqualByComparingTo("50");
        assertThat(ghg.records()).filteredOn(r -> r.section() == Section.CREDITS).extracting(RecordResult::status, RecordResult::reason)
                .containsExactly(tuple(RecordStatus.PARTIAL, Reason.OFFSET_CAP_EXCEEDED));
        // the record says the cap's figure and whose rule it is
        RecordResult capped = ghg.records().stream().filter(r -> r.section() == Section.CREDITS).findFirst().orElseThrow();
        assertThat(capped.messageKey()).isEqualTo("reason.OFFSET_CAP_EXCEEDED.capped");
        assertThat(capped.args()).containsExactly("50", "cn-ets");
        assertThat(under("cn-ets", Concept.CARBON_NEUTRALITY, a).totals().credits()).isEqualByComparingTo("50");
        // Scope 2 CO2 (purchased electricity) is the unit's own under the earlier accounting rules: it counts in the base
        assertThat(under("cn-ets", Concept.CARBON_NEUTRALITY, Assessments.org("p").emit("CO2", "600 t", 1).emit("CO2", "400 t", 2)
                .credit(c -> c.amount("600 t"))).totals().credits()).isEqualByComparingTo("50");
    }

    @Test
    void cn_ets_caps_offsets_at_five_percent_whatever_the_order() {
        Assessments a = Assessments.org("p").emit("CO2", "1000 t", 1).credit(c -> c.amount("40 t")).credit(c -> c.amount("30 t"));
        Assessments b = Assessments.org("p").emit("CO2", "1000 t", 1).credit(c -> c.amount("30 t")).credit(c -> c.amount("40 t"));
        Evaluation ea = under("cn-ets", Concept.CARBON_NEUTRALITY, a);
        Evaluation eb = under("cn-ets", Concept.CARBON_NEUTRALITY, b);
        assertThat(ea.totals().credits()).isEqualByComparingTo("50").isEqualByComparingTo(eb.totals().credits());
        RecordResult partial = ea.records().get(2);
        assertThat(partial.status()).isEqualTo(RecordStatus.PARTIAL);
        assertThat(partial.counted()).isEqualByComparingTo("10");
        assertThat(creditReason(under("cn-ets", Concept.CARBON_NEUTRALITY, Assessments.org("p").credit(c -> c.registry("VCS")))))
                .isEqualTo(Reason.REGISTRY_NOT_ADMITTED);
        assertThat(creditReason(under("cn-ets", Concept.CARBON_NEUTRALITY, Assessments.org("p").credit(c -> c.etsCovered()))))
                .isEqualTo(Reason.OWN_BOUNDARY_CREDIT);
    }

    @Test
    void iso_14068_refuses_a_credit_without_a_day_of_retirement_and_says_why() {
        // 12 months after the period: a credit with no day of retirement cannot be shown retired by then
        RecordResult undated = under("iso-14068-1", Concept.CARBON_NEUTRALITY, Assessments.org("a").plan(PLAN)
                .emit("CO2", "100 t", 1).credit(c -> c.amount("100 t").verified())).records().stream()
                .filter(r -> r.section() == Section.CREDITS).findFirst().orElseThrow();
        assertThat(undated.reason()).isEqualTo(Reason.RETIRED_TOO_LATE);
        assertThat(undated.messageKey()).isEqualTo("profile.iso.RETIRED_TOO_LATE.undated");
        assertThat(undated.args()).containsExactly("2025-12-31");
        Evaluation dated = under("iso-14068-1", Concept.CARBON_NEUTRALITY, Assessments.org("a").plan(PLAN)
                .emit("CO2", "100 t", 1).credit(c -> c.amount("100 t").verified().retiredOn("2025-12-31")));
        assertThat(creditReason(dated)).isNull();
        assertThat(creditReason(under("iso-14068-1", Concept.CARBON_NEUTRALITY, Assessments.org("a").plan(PLAN)
                .emit("CO2", "100 t", 1).credit(c -> c.amount("100 t").verified().retiredOn("2026-01-01")))))
                .isEqualTo(Reason.RETIRED_TOO_LATE);
    }

    @Test
    void cn_ets_refuses_old_ccer_from_2025_and_says_why() {
        // the MEE notice of October 2023: CCER filed before 2017-03-14 offset surrender until 2024-12-31
        RecordResult old = under("cn-ets", Concept.CARBON_NEUTRALITY, Assessments.org("p").period("2025-01-01", "2025-12-31")
                .emit("CO2", "1000 t", 1).credit(c -> c.vintage(2019).amount("10 t"))).records().stream()
                .filter(r -> r.section() == Section.CREDITS).findFirst().orElseThrow();
        assertThat(old.reason()).isEqualTo(Reason.REGISTRY_NOT_ADMITTED);
        assertThat(old.messageKey()).isEqualTo("profile.cn-ets.REGISTRY_NOT_ADMITTED.oldCcer");
        assertThat(old.args()).containsExactly("2019", "2025-12-31");
        // a CCER of the restarted scheme (2020 on) counts in 2025; an old one still counted for 2024
        assertThat(creditReason(under("cn-ets", Concept.CARBON_NEUTRALITY, Assessments.org("p").period("2025-01-01", "2025-12-31")
                .emit("CO2", "1000 t", 1).credit(c -> c.vintage(2020).amount("10 t"))))).isNull();
        assertThat(creditReason(under("cn-ets", Concept.CARBON_NEUTRALITY, Assessments.org("p").period("2024-01-01", "2024-12-31")
                .emit("CO2", "1000 t", 1).credit(c -> c.vintage(2016).amount("10 t"))))).isNull();
    }

    @Test
    void cn_large_event_admits_its_registries_and_new_forestry_only() {
        Assessments event = Assessments.of("games", EntityType.EVENT).emit("CO2", "1 t", 1)
                .credit(c -> c.registry("CDM").hostCountry("CHN")).credit(c -> c.registry("CDM").hostCountry("IND"))
                .credit(c -> c.registry("CN-ETS-SH").type(CreditType.ALLOWANCE)).credit(c -> c.registry("PHCER"))
                .remove("reforestation", "1 t").remove("soil-carbon", "1 t").remove("mangrove", "1 t");
        Evaluation e = under("cn-large-event", Concept.CARBON_NEUTRALITY, event);
        assertThat(e.records()).filteredOn(r -> r.section() == Section.CREDITS).extracting(RecordResult::reason)
                .containsExactly(null, Reason.REGISTRY_NOT_ADMITTED, null, null);
        assertThat(e.records()).filteredOn(r -> r.section() == Section.REMOVALS).extracting(RecordResult::reason)
                .containsExactly(null, Reason.NOT_INCREMENTAL, null);
        assertThat(under("cn-large-event", Concept.CARBON_NEUTRALITY, Assessments.org("co").emit("CO2", "1 t", 1))
                .has(FindingCode.SUBJECT_NOT_COVERED)).isTrue();
    }

    @Test
    void pas_2060_is_iso_until_2025_and_withdrawn_after() {
        Evaluation before = under("pas-2060", Concept.CARBON_NEUTRALITY, company().claimedOn("2025-12-31"));
        assertThat(before.has(FindingCode.STANDARD_WITHDRAWN)).isFalse();
        assertThat(before.has(FindingCode.CONCEPT_REDEFINED)).isTrue();
        assertThat(under("pas-2060", Concept.CARBON_NEUTRALITY, company().claimedOn("2026-01-01"))
                .has(FindingCode.STANDARD_WITHDRAWN)).isTrue();
    }

    /**
     * An undated claim that rests on credits is made no earlier than they are retired: its date, for
     * the rules of a day, is the last retirement when later than the period's end (session 25;
     * before, each of these read as made on the period's end and was SUPPORTED).
     */
    @Test
    void an_undated_claim_resting_on_credits_is_dated_no_earlier_than_their_retirement() {
        // PAS 2060: a 2025 footprint offset by a credit retired on 2026-06-30 is claimed after the withdrawal
        Assessments pas = Assessments.org("acme").plan(PLAN).period("2025-01-01", "2025-12-31").emit("CO2", "100 t", 1)
                .credit(c -> c.amount("100 t").vintage(2025).verified().retiredOn("2026-06-30"));
        Evaluation withdrawn = under("pas-2060", Concept.CARBON_NEUTRALITY, pas);
        assertThat(withdrawn.findings()).filteredOn(f -> f.code() == FindingCode.STANDARD_WITHDRAWN).singleElement()
                .satisfies(f -> assertThat(f.args()).containsExactly("2026-06-30"));
        assertThat(withdrawn.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        // a stated date is the date: the credit retired after it is not retired when the claim was made
        assertThat(under("pas-2060", Concept.CARBON_NEUTRALITY, pas.claimedOn("2025-12-31")).has(FindingCode.STANDARD_WITHDRAWN))
                .isFalse();
        // Directive (EU) 2024/825: a product's footprint to 2026-09-26, offset on 2026-11-15, is claimed under it
        Evaluation eu = under("eu-2024-825", Concept.CARBON_NEUTRALITY, Assessments.of("bottle", EntityType.PRODUCT)
                .period("2025-09-27", "2026-09-26").emit("CO2", "100 t", 1)
                .credit(c -> c.amount("100 t").vintage(2026).retiredOn("2026-11-15")));
        assertThat(eu.has(FindingCode.NOT_YET_APPLICABLE)).isFalse();
        assertThat(eu.has(FindingCode.CLAIM_PROHIBITED)).isTrue();
        // cn-ets: a CCER of the old stock used on 2025-06-30 for a 2024 surrender is no longer admitted
        Evaluation ets = under("cn-ets", Concept.CARBON_NEUTRALITY, Assessments.org("power").emit("CO2", "1000 t", 1)
                .credit(c -> c.registry("CCER").amount("50 t").vintage(2016).retiredOn("2025-06-30")));
        assertThat(creditReason(ets)).isEqualTo(Reason.REGISTRY_NOT_ADMITTED);
        // a concept that admits no credit rests on none: its date stays the period's end
        Evaluation netZero = under("pas-2060", Concept.NET_ZERO_CO2, pas);
        assertThat(netZero.has(FindingCode.STANDARD_WITHDRAWN)).isFalse();
    }

    /**
     * PAS 2060:2014 §1 excludes no entity or subject: a family, a town, a county are covered where
     * ISO 14068-1 refuses them (before session 22 PAS 2060 refused them as ISO does); the globe is not.
     */
    @Test
    void pas_2060_covers_individuals_and_towns_which_iso_14068_1_does_not() {
        for (EntityType type : List.of(EntityType.INDIVIDUAL, EntityType.CITY, EntityType.REGION, EntityType.COUNTRY)) {
            Assessments a = Assessments.of("x", type).plan(PLAN).emit("CO2", "100 t", 1).emit("CH4", "1 t", 1)
                    .credit(c -> c.amount("130 t").verified().retiredOn("2025-03-31")).claimedOn("2025-06-30");
            Evaluation pas = under("pas-2060", Concept.CARBON_NEUTRALITY, a);
            assertThat(pas.has(FindingCode.SUBJECT_NOT_COVERED)).as(type.id()).isFalse();
            assertThat(pas.verdict()).as(type.id()).isEqualTo(Verdict.SUPPORTED);
            assertThat(under("iso-14068-1", Concept.CARBON_NEUTRALITY, a).has(FindingCode.SUBJECT_NOT_COVERED)).as(type.id()).isTrue();
        }
        assertThat(under("pas-2060", Concept.CARBON_NEUTRALITY, Assessments.of("earth", EntityType.GLOBAL).plan(PLAN)
                .emit("CO2", "1 t", 1).claimedOn("2025-06-30")).has(FindingCode.SUBJECT_NOT_COVERED)).isTrue();
    }

    @Test
    void every_profile_lists_its_rules_with_a_clause_and_every_rule_is_told_in_both_languages() {
        var en = org.zhonghe.Messages.of(java.util.Locale.ENGLISH);
        var zh = org.zhonghe.Messages.of(java.util.Locale.CHINESE);
        assertThat(Profiles.all()).extracting(Profile::id).containsExactly("ipcc", "iso-14068-1", "sbti-net-zero",
                "sbti-net-zero-v2", "eu-2024-825", "cn-large-event", "cn-ets", "pas-2060");
        // only the standards whose text is not public give indicative verdicts
        assertThat(Profiles.all().stream().filter(p -> p.info().indicative()).map(Profile::id)).containsExactly("iso-14068-1", "pas-2060");
        for (Profile p : Profiles.all()) {
            assertThat(p.info().rules()).isNotEmpty();
            for (ProfileInfo.RuleInfo r : p.info().rules()) {
                assertThat(r.clause()).isNotBlank();
                assertThat(en.has("profile." + p.id() + ".rule." + r.name())).as(p.id() + " " + r.name()).isTrue();
                assertThat(zh.has("profile." + p.id() + ".rule." + r.name())).as(p.id() + " " + r.name()).isTrue();
            }
            for (String k : List.of(".name", ".summary")) {
                assertThat(en.has("profile." + p.id() + k)).isTrue();
                assertThat(zh.has("profile." + p.id() + k)).isTrue();
            }
        }
    }
}
