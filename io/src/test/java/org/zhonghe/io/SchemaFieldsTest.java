package org.zhonghe.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Problem;
import org.zhonghe.ledger.LedgerSchema;
import org.zhonghe.ledger.LedgerSchema.Activities;

/**
 * Issue 15: every field io accepts in {@code baseline}, {@code plan}, its targets,
 * {@code otherEffects} and {@code activities} is a field of core's {@link LedgerSchema}, and every
 * field of the schema is read there. An unknown field lists what is allowed: that list is the
 * schema's, so a field added to the schema is allowed at once, and no other list exists in io.
 */
class SchemaFieldsTest {
    private static final String HEAD = """
            version: 1
            entity: {id: acme, type: organization}
            period: {from: 2024-01-01, to: 2024-12-31}
            claim: {concept: carbon-neutrality}
            """;

    private static ReadResult read(String yaml) {
        return new AssessmentReader().read(HEAD + yaml, "a.yaml", Syntax.YAML, Map.of());
    }

    /** The allowed names the problem {@code field.unknown} lists at {@code path}. */
    private static String allowedAt(String yaml, String path) {
        ReadResult r = read(yaml);
        List<Problem> unknown = r.problems().stream().filter(p -> p.key().equals("field.unknown")).toList();
        assertThat(unknown).as("%s", r.problems()).hasSize(1);
        assertThat(unknown.get(0).field()).isEqualTo(path);
        return (String) unknown.get(0).args().get(1);
    }

    private static String joined(List<String> names) {
        return String.join(", ", names);
    }

    @Test
    void baseline_plan_targets_and_other_effects_allow_the_schemas_names() {
        assertThat(allowedAt("baseline: {year: 2019, emissions: 1, zzz: 1}\n", "baseline.zzz"))
                .isEqualTo(joined(LedgerSchema.names(LedgerSchema.Baseline.FIELDS))).isEqualTo("year, emissions, sector, scope1and2, scope3, scope1");
        assertThat(allowedAt("plan: {zzz: 1}\n", "plan.zzz"))
                .isEqualTo(joined(LedgerSchema.Plan.NAMES)).isEqualTo("reductionTargets, removalTransition");
        assertThat(allowedAt("plan: {reductionTargets: [{year: 2030, reductionPercent: 40, zzz: 1}]}\n",
                "plan.reductionTargets[1].zzz"))
                .isEqualTo(joined(LedgerSchema.names(LedgerSchema.Plan.Target.FIELDS)))
                .isEqualTo("year, reductionPercent, baseYear");
        assertThat(allowedAt("otherEffects: {zzz: 1}\n", "otherEffects.zzz"))
                .isEqualTo(joined(LedgerSchema.OtherEffects.NAMES)).isEqualTo("assessed, items");
    }

    @Test
    void an_activity_and_its_nested_groups_allow_the_schemas_names() {
        String activity = "activities:\n  - {id: a1, activity: fuel-combustion, fuel: gas-diesel-oil, amount: 1, unit: t, %s}\n";
        assertThat(allowedAt(activity.formatted("zzz: 1"), "activities[a1].zzz")).isEqualTo(joined(Activities.NAMES));
        assertThat(allowedAt(activity.formatted("factor: {value: 1, unit: t/t, source: s, zzz: 1}"),
                "activities[a1].factor.zzz")).isEqualTo("value, unit, source");
        assertThat(allowedAt(activity.formatted("supplierFactor: {value: 1, unit: t/t, source: s, zzz: 1}"),
                "activities[a1].supplierFactor.zzz")).isEqualTo("value, unit, source");
        assertThat(allowedAt(activity.formatted("instrument: [{id: g, volume: 1, unit: MWh, zzz: 1}]"),
                "activities[a1].instrument[1].zzz")).isEqualTo("id, kind, volume, unit, vintage, market");
        assertThat(allowedAt(activity.formatted("period: {from: 2024-01-01, to: 2024-02-01, zzz: 1}"),
                "activities[a1].period.zzz")).isEqualTo("from, to");
        for (var group : Activities.GROUPS.entrySet()) {
            assertThat(Activities.NAMES).contains(group.getKey());
            for (var f : group.getValue()) assertThat(Activities.NAMES).contains(f.name());
        }
        // the workbook's activities sheet takes the same names
        assertThat(WorkbookTree.fieldsOf("activities")).isEqualTo(Activities.NAMES);
    }

    /** Each field of the schema is read into the assessment (a field dropped from the reading fails here). */
    @Test
    void every_field_of_baseline_plan_and_other_effects_is_read() {
        ReadResult r = read("""
                baseline: {year: 2019, emissions: "12000.5", sector: " flag ", scope1and2: 2000, scope3: "10000.5"}
                plan:
                  reductionTargets: [{year: 2030, reductionPercent: 40, baseYear: 2022}, {year: 2040, reductionPercent: -5}]
                  removalTransition: removal credits only from 2030
                otherEffects: {assessed: True, items: [{id: o1, kind: albedo, amount: -5, unit: t}]}
                """);
        assertThat(r.problems()).isEmpty();
        Assessment a = r.assessment();
        assertThat(a.baseline().year()).isEqualTo(2019);
        assertThat(a.baseline().emissions()).isEqualByComparingTo("12000.5");
        assertThat(a.baseline().sector()).isEqualTo("flag");
        assertThat(a.baseline().scope1and2()).isEqualByComparingTo("2000");
        assertThat(a.baseline().scope3()).isEqualByComparingTo("10000.5");
        assertThat(a.plan().reductionTargets()).extracting(t -> t.year() + " " + t.reductionPercent() + " " + t.baseYear())
                .containsExactly("2030 40 2022", "2040 -5 null");
        assertThat(a.plan().removalTransition()).isEqualTo("removal credits only from 2030");
        assertThat(a.otherEffects().assessed()).isTrue();
        assertThat(a.otherEffects().items()).hasSize(1);
    }

    /** The schema's readings and their problems, at the field's path. */
    @Test
    void bad_cells_of_baseline_plan_and_other_effects_are_the_schemas_problems() {
        ReadResult r = read("""
                baseline: {year: "2019.5", emissions: -1, sector: %s}
                plan:
                  reductionTargets: [{reductionPercent: "40,5", baseYear: x}]
                  removalTransition: %s
                otherEffects: {assessed: yes}
                """.formatted("s".repeat(1001), "t".repeat(1001)));
        assertThat(r.problems()).extracting(p -> p.field() + " " + p.key() + " " + p.args()).containsExactlyInAnyOrder(
                "baseline.year number.integer [2019.5]",
                "baseline.emissions number.negative [-1]",
                "baseline.sector text.tooLong [1,001, 1,000]",
                "plan.reductionTargets[1].year field.required [year]",
                "plan.reductionTargets[1].reductionPercent number.comma [40,5]",
                "plan.reductionTargets[1].baseYear number.integer [x]",
                "plan.removalTransition text.tooLong [1,001, 1,000]",
                "otherEffects.assessed boolean [yes]");
    }

    /** A split baseline names both parts, and they add up to its total: else the profile would cut a figure nobody wrote. */
    @Test
    void a_baseline_split_by_scope_gives_both_parts_adding_up_to_the_total() {
        assertThat(read("baseline: {year: 2019, emissions: 100, scope1and2: 40}\n").problems())
                .extracting(p -> p.field() + " " + p.key() + " " + p.args() + " " + p.line())
                .containsExactly("baseline.scope3 baseline.split.part [scope3] 5");
        ReadResult sum = read("baseline: {year: 2019, emissions: 100, scope1and2: 40, scope3: 50}\n");
        assertThat(sum.problems()).extracting(p -> p.field() + " " + p.key() + " " + p.args())
                .containsExactly("baseline.emissions baseline.split.sum [40, 50, 90, 100]");
        assertThat(sum.problems().get(0).message(java.util.Locale.ENGLISH)).isEqualTo("scope1and2 40 + scope3 50 = 90 t CO2e,"
                + " not the baseline’s emissions 100: the parts of a split baseline add up to its total");
        assertThat(read("baseline: {year: 2019, emissions: 100, scope1and2: 40, scope3: 60}\n").problems()).isEmpty();
    }

    /** Session 24: Scope 1 (SBTi CNZS V2.0 cuts it apart) is a part of Scopes 1 and 2, given with the split. */
    @Test
    void a_baselines_scope_1_is_a_part_of_scopes_1_and_2() {
        assertThat(read("baseline: {year: 2019, emissions: 100, scope1: 30}\n").problems())
                .extracting(p -> p.field() + " " + p.key() + " " + p.args())
                .containsExactly("baseline.scope1 baseline.scope1.part []");
        ReadResult over = read("baseline: {year: 2019, emissions: 100, scope1and2: 40, scope3: 60, scope1: 41}\n");
        assertThat(over.problems()).extracting(p -> p.field() + " " + p.key() + " " + p.args())
                .containsExactly("baseline.scope1 baseline.scope1.exceeds [41, 40]");
        assertThat(over.problems().get(0).message(java.util.Locale.CHINESE)).contains("scope1 41 t CO2e 大于 scope1and2 40 t CO2e");
        ReadResult fine = read("baseline: {year: 2019, emissions: 100, scope1and2: 40, scope3: 60, scope1: 40}\n");
        assertThat(fine.problems()).isEmpty();
        assertThat(fine.assessment().baseline().scope1()).isEqualByComparingTo("40");
    }

    /** A base year after the period is no base: a reduction measured from it would be from the future. */
    @Test
    void a_base_year_after_the_period_is_an_input_error() {
        ReadResult r = read("baseline: {year: 2030, emissions: 100000}\n");
        assertThat(r.problems()).extracting(p -> p.field() + " " + p.key() + " " + p.args())
                .containsExactly("baseline.year baseline.year.afterPeriod [2030, 2024]");
        assertThat(read("baseline: {year: 2024, emissions: 100000}\n").problems()).isEmpty();
    }

    /**
     * A claim dated before its period ends is of emissions not yet emitted, and its date would escape
     * the rules of the day it is in truth made (session 25; before, a product's 2027 claim dated
     * 2025-12-31 was judged as made before Directive (EU) 2024/825 applied).
     */
    @Test
    void a_claim_dated_before_its_period_ends_is_an_input_error() {
        String body = """
                version: 1
                entity: {id: acme, type: organization}
                period: {from: 2024-01-01, to: 2024-12-31}
                claim: {concept: carbon-neutrality, date: %s}
                """;
        ReadResult early = new AssessmentReader().read(body.formatted("2024-12-30"), "a.yaml", Syntax.YAML, Map.of());
        assertThat(early.problems()).extracting(p -> p.line() + " " + p.field() + " " + p.key() + " " + p.args())
                .containsExactly("4 claim.date claim.date.beforePeriodEnd [2024-12-30, 2024-12-31]");
        assertThat(early.problems().get(0).message(java.util.Locale.ENGLISH)).contains("before the period ends on 2024-12-31");
        assertThat(early.problems().get(0).message(java.util.Locale.CHINESE)).contains("早于核算期结束日 2024-12-31");
        assertThat(new AssessmentReader().read(body.formatted("2024-12-31"), "a.yaml", Syntax.YAML, Map.of()).problems())
                .isEmpty();
    }

    /**
     * A retirement dated on a day still to come has not happened (session 25; before, an undated
     * claim counted a credit "retired" on 2099-01-01). Today is taken at UTC+14, where it is latest.
     */
    @Test
    void a_credit_retired_on_a_day_still_to_come_is_an_input_error() {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.ofHours(14));
        String credit = "credits:\n  - {id: c1, registry: GS, serial: GS-1, type: reduction, vintage: 2024, amount: 1, unit: t,"
                + " retired: true, beneficiary: acme, retiredOn: %s}\n";
        ReadResult future = read(credit.formatted("2099-01-01"));
        assertThat(future.problems()).extracting(p -> p.field() + " " + p.key() + " " + p.args())
                .containsExactly("credits[c1].retiredOn date.future [2099-01-01, " + today + "]");
        assertThat(future.problems().get(0).message(java.util.Locale.ENGLISH)).contains("is a day still to come");
        assertThat(read(credit.formatted(today.plusDays(1))).problems()).hasSize(1);
        assertThat(read(credit.formatted(today)).problems()).isEmpty();
        assertThat(read(credit.formatted("2025-03-31")).problems()).isEmpty();
    }

    /** History gives the years before the period: a year of the period would be counted twice (session 25). */
    @Test
    void a_history_year_of_the_period_or_after_it_is_an_input_error() {
        ReadResult r = read("history:\n  - {year: 2023, emissions: 10}\n  - {year: 2024, emissions: 10}\n  - {year: 2030, emissions: 1}\n");
        assertThat(r.problems()).extracting(p -> p.field() + " " + p.key() + " " + p.args())
                .containsExactly("history[2024].year history.year.notBefore [2024, 2024]",
                        "history[2030].year history.year.notBefore [2030, 2024]");
        assertThat(r.problems().get(0).line()).isEqualTo(7);
        assertThat(read("history:\n  - {year: 2023, emissions: 10}\n").problems()).isEmpty();
    }
}
