package org.zhonghe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhonghe.Assessments;
import org.zhonghe.Concept;
import org.zhonghe.assessment.Basis;
import org.zhonghe.assessment.EntityType;
import org.zhonghe.profiles.Profiles;

/**
 * Verdicts the paper gives where the rules before issue 13 said SUPPORTED (rules.md §1, §2, §3,
 * §4, §6 as revised). Codes added by the revision are compared by name, so that each test
 * compiles, and fails, against the rules before it.
 */
class PaperVerdictsTest {
    private final ClaimEvaluator rules = ClaimEvaluator.standard();

    private Evaluation under(Assessments a, Concept c) {
        return rules.evaluate(a.build(), c, Profiles.ipcc());
    }

    private static List<String> codes(Evaluation e) {
        return e.findings().stream().map(f -> f.code().name()).toList();
    }

    private static RecordResult record(Evaluation e, Section s, String id) {
        return e.records().stream().filter(r -> r.section() == s && r.id().equals(id)).findFirst().orElseThrow();
    }

    /** §3.2 note 1, §4.2: direct control is Scopes 1 and 2; purchased power 50 × Scope 1 is no longer left out. */
    @Test
    void an_organisations_net_zero_counts_its_purchased_power() {
        Assessments a = Assessments.org("mill").scopes(1, 2).emit("CO2", "100 t", 1).emit("CO2", "5000 t", 2)
                .remove("afforestation", "150 t");
        for (Concept c : List.of(Concept.NET_ZERO_CO2, Concept.NET_ZERO_GHG, Concept.NET_ZERO_EMISSIONS)) {
            Evaluation e = under(a, c);
            assertThat(record(e, Section.EMISSIONS, "e2").status()).isEqualTo(RecordStatus.COUNTED);
            assertThat(e.totals().emissions()).isEqualByComparingTo("5100");
            assertThat(e.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        }
    }

    /** §3.2 note 1: a product, event, activity or person also directly controls the energy it buys. */
    @Test
    void scope_2_is_under_direct_control_for_every_entity_but_a_territory() {
        for (EntityType t : List.of(EntityType.PRODUCT, EntityType.EVENT, EntityType.ACTIVITY, EntityType.INDIVIDUAL)) {
            Evaluation e = under(Assessments.of("x", t).emit("CO2", "10 t", 1).emit("CO2", "20 t", 2).emit("CO2", "40 t", 3),
                    Concept.NET_ZERO_CO2);
            assertThat(record(e, Section.EMISSIONS, "e2").status()).as(t.id()).isEqualTo(RecordStatus.COUNTED);
            assertThat(record(e, Section.EMISSIONS, "e3").reason()).as(t.id()).isEqualTo(Reason.BEYOND_DIRECT_CONTROL);
        }
    }

    /** §4.2, AR6 WGI glossary: a country, region or city is responsible for its territory, Scope 1. */
    @Test
    void a_territory_counts_only_its_territorys_emissions_under_net_zero() {
        for (EntityType t : List.of(EntityType.COUNTRY, EntityType.REGION, EntityType.CITY)) {
            Evaluation e = under(Assessments.of("x", t).emit("CO2", "10 t", 1).emit("CO2", "20 t", 2), Concept.NET_ZERO_CO2);
            assertThat(record(e, Section.EMISSIONS, "e2").reason()).as(t.id()).isEqualTo(Reason.BEYOND_DIRECT_CONTROL);
            assertThat(e.totals().emissions()).isEqualByComparingTo("10");
        }
    }

    /** §3.2 note 2: at the global level carbon neutrality and net zero CO2 are the same; nothing lies beyond. */
    @Test
    void the_globe_counts_every_scope_under_net_zero() {
        Evaluation e = under(Assessments.of("world", EntityType.GLOBAL).emit("CO2", "10 t", 1).emit("CO2", "20 t", 3),
                Concept.NET_ZERO_CO2);
        assertThat(e.totals().emissions()).isEqualByComparingTo("30");
    }

    /** rules.md §6 "No vacuous verdicts": an event whose inventory is all Scope 3 is not "net zero GHG". */
    @Test
    void a_balance_of_nothing_is_indeterminate_not_supported() {
        Evaluation e = under(Assessments.of("expo", EntityType.EVENT).emit("CO2", "900 t", 3).emit("CH4", "2 t", 3),
                Concept.NET_ZERO_GHG);
        assertThat(e.totals().emissions()).isEqualByComparingTo("0");
        assertThat(codes(e)).contains("NOTHING_IN_REACH");
        assertThat(e.verdict()).isEqualTo(Verdict.INDETERMINATE);
    }

    @Test
    void a_ledger_with_no_emission_at_all_is_indeterminate_whatever_its_removals() {
        Evaluation e = under(Assessments.org("shell").scopes(1, 2).remove("afforestation", "5 t"), Concept.CARBON_NEUTRALITY);
        assertThat(codes(e)).contains("NOTHING_IN_REACH", "EMPTY_LEDGER");
        assertThat(e.verdict()).isEqualTo(Verdict.INDETERMINATE);
    }

    @Test
    void a_counted_emission_of_zero_tonnes_is_a_balance_of_something() {
        Evaluation e = under(Assessments.org("zero").emit("CO2", "0 t", 1).emit("CO2", "5 t", 3), Concept.NET_ZERO_CO2);
        assertThat(codes(e)).doesNotContain("NOTHING_IN_REACH");
        assertThat(e.verdict()).isEqualTo(Verdict.SUPPORTED);
    }

    /** Table 3 (SR15 row), §3.2 note 2: the globe has no outside, so no credit is admitted. */
    @Test
    void the_globe_admits_no_credit_so_carbon_neutrality_and_net_zero_co2_agree() {
        Assessments a = Assessments.of("world", EntityType.GLOBAL).emit("CO2", "100 t", 1)
                .credit(c -> c.beneficiary("world").amount("200 t"));
        Evaluation neutrality = under(a, Concept.CARBON_NEUTRALITY);
        assertThat(record(neutrality, Section.CREDITS, "c1").reason()).isEqualTo(Reason.OFFSETS_NOT_ADMITTED);
        assertThat(neutrality.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        assertThat(under(a, Concept.NET_ZERO_CO2).verdict()).isEqualTo(neutrality.verdict());
        assertThat(rules.evaluate(a.build(), Profiles.ipcc()).of(Concept.GHG_NEUTRALITY).verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
    }

    /** §4.2.1: level 1 "至少需要平衡当年自身运营的范围1和范围2". */
    @Test
    void an_organisation_without_scope_2_in_its_boundary_claims_below_level_1() {
        Assessments a = Assessments.org("plant").scopes(1).emit("CO2", "10 t", 1).remove("afforestation", "20 t");
        for (Concept c : Concept.values()) {
            Evaluation e = under(a, c);
            assertThat(codes(e)).as(c.id()).contains("BELOW_ENTERPRISE_LEVEL_1");
            assertThat(e.verdict()).as(c.id()).isIn(Verdict.NOT_SUPPORTED, Verdict.INDETERMINATE);
        }
        assertThat(under(a, Concept.NET_ZERO_CO2).verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        Evaluation noScope1 = under(Assessments.org("office").scopes(2, 3).emit("CO2", "10 t", 2)
                .remove("afforestation", "20 t"), Concept.CARBON_NEUTRALITY);
        assertThat(noScope1.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        assertThat(noScope1.level()).isZero();
    }

    @Test
    void below_level_1_the_scope_3_finding_does_not_call_the_boundary_level_1() {
        Evaluation e = under(Assessments.org("plant").scopes(1).emit("CO2", "10 t", 1), Concept.CARBON_NEUTRALITY);
        Finding scope3 = e.findings().stream().filter(f -> f.code() == FindingCode.SCOPE3_EXCLUDED).findFirst().orElseThrow();
        org.zhonghe.Messages en = org.zhonghe.Messages.of(java.util.Locale.ENGLISH);
        org.zhonghe.Messages zh = org.zhonghe.Messages.of(java.util.Locale.CHINESE);
        assertThat(en.get(scope3.messageKey(), scope3.args())).doesNotContain("this is level 1").contains("below level 1");
        assertThat(zh.get(scope3.messageKey(), scope3.args())).doesNotContain("属于 §4.2.1 的第一层次").contains("低于 §4.2.1 的第一层次");
    }

    /** §4.4.2: whether BECCS or DACCS removes anything net depends on its whole chain's emissions. */
    @Test
    void a_negative_emission_technology_without_its_chains_emissions_is_indeterminate() {
        for (String kind : List.of("beccs", "daccs")) {
            Evaluation e = under(Assessments.org("a").emit("CO2", "10 t", 1)
                    .removal(kind, "50 t", null, Basis.INCREMENT, null, null, true), Concept.NET_ZERO_CO2);
            assertThat(codes(e)).as(kind).contains(kind.toUpperCase() + "_LIFECYCLE_UNDECLARED");
            assertThat(e.verdict()).as(kind).isEqualTo(Verdict.INDETERMINATE);
            Evaluation declared = under(Assessments.org("a").emit("CO2", "10 t", 1)
                    .removal(kind, "50 t", null, Basis.INCREMENT, null, "0", true), Concept.NET_ZERO_CO2);
            assertThat(declared.verdict()).as(kind).isEqualTo(Verdict.SUPPORTED);
        }
    }

    /** rules.md §1 related terms: CO, NOx, SO2, NMVOC are precursors, reported and never balanced. */
    @Test
    void precursors_are_excluded_and_explained_not_an_input_error() {
        Assessments a = Assessments.org("smelter").emit("CO2", "10 t", 1).emit("SO2", "3 t", 1).emit("NOx", "2 t", 1)
                .emit("CO", "1 t", 1).emit("NMVOC", "1 t", 1).remove("afforestation", "10 t");
        assertThat(rules.validate(a.build())).isEmpty();
        for (Concept c : Concept.values()) {
            Evaluation e = under(a, c);
            for (String id : List.of("e2", "e3", "e4", "e5")) {
                assertThat(record(e, Section.EMISSIONS, id).reason().name()).as(c.id() + " " + id).isEqualTo("PRECURSOR_NOT_GHG");
            }
        }
        assertThat(under(a, Concept.NET_ZERO_GHG).verdict()).isEqualTo(Verdict.SUPPORTED);
    }

    /** §4.4.3 and the paper's Figure 2: methods the paper does not name count, and the output says so. */
    @Test
    void biochar_and_mineral_storage_count_with_a_note_that_the_paper_does_not_name_them() {
        for (String kind : List.of("biochar", "mineralization", "enhanced-weathering", "ocean-alkalinity")) {
            Evaluation e = under(Assessments.org("a").emit("CO2", "10 t", 1)
                    .removal(kind, "10 t", null, Basis.INCREMENT, null, null, true), Concept.NET_ZERO_CO2);
            assertThat(e.verdict()).as(kind).isEqualTo(Verdict.SUPPORTED);
            assertThat(codes(e)).as(kind).contains("METHOD_BEYOND_PAPER");
        }
        Evaluation daccs = under(Assessments.org("a").emit("CO2", "10 t", 1)
                .removal("daccs", "10 t", null, Basis.INCREMENT, null, "0", true), Concept.NET_ZERO_CO2);
        assertThat(codes(daccs)).doesNotContain("METHOD_BEYOND_PAPER");
    }
}
