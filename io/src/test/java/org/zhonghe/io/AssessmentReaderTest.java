package org.zhonghe.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhonghe.Concept;
import org.zhonghe.MassUnit;
import org.zhonghe.Metric;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Basis;
import org.zhonghe.assessment.Credit;
import org.zhonghe.assessment.Origin;
import org.zhonghe.assessment.Problem;
import org.zhonghe.assessment.Removal;
import org.zhonghe.assessment.Scope;
import org.zhonghe.rules.ClaimEvaluator;

class AssessmentReaderTest {
    private final AssessmentReader reader = new AssessmentReader();

    @TempDir
    Path dir;

    static final String FORMAT_EXAMPLE = """
            version: 1
            entity:
              id: acme-2024
              name: ACME Ltd.
              type: organization
            period:
              from: 2024-01-01
              to: 2024-12-31
            boundary:
              scopes: [1, 2, 3]
              description: operational control, all sites
              scope3Exclusion: null
            claim:
              concept: carbon-neutrality
              profile: ipcc
              metric: AR5-GWP100
              date: 2025-03-31
            baseline: {year: 2019, emissions: 12000, sector: null}
            plan:
              reductionTargets: [{year: 2030, reductionPercent: 40, baseYear: 2022}]
              removalTransition: removal credits only from 2030
            emissions:
              - {id: e1, gas: CO2, amount: 1200.5, unit: t, scope: 1, source: boilers}
              - {id: e2, gas: CH4, amount: 2, unit: t, scope: 1}
              - {id: e3, gas: CO2, amount: 40, unit: t, scope: 1, biogenic: true}
            removals:
              - {id: r1, kind: afforestation, amount: 300, unit: t, managed: true, durabilityYears: 100}
            credits:
              - {id: c1, registry: CCER, serial: "CCER-2023-000123", type: avoidance, vintage: 2023,
                 amount: 500, unit: t, retired: true, beneficiary: acme-2024}
            reductions:
              - {id: d1, measure: rooftop solar, amount: 80, unit: t}
            history:
              - {year: 2023, emissions: 1300}
            otherEffects:
              assessed: true
              items:
                - {id: o1, kind: albedo, amount: -5, unit: t}
            """;

    static final String FORMAT_EXAMPLE_JSON = """
            {"version": 1,
             "entity": {"id": "acme-2024", "name": "ACME Ltd.", "type": "organization"},
             "period": {"from": "2024-01-01", "to": "2024-12-31"},
             "boundary": {"scopes": [1, 2, 3], "description": "operational control, all sites",
                          "scope3Exclusion": null},
             "claim": {"concept": "carbon-neutrality", "profile": "ipcc", "metric": "AR5-GWP100",
                       "date": "2025-03-31"},
             "baseline": {"year": 2019, "emissions": 12000, "sector": null},
             "plan": {"reductionTargets": [{"year": 2030, "reductionPercent": 40, "baseYear": 2022}],
                      "removalTransition": "removal credits only from 2030"},
             "emissions": [
               {"id": "e1", "gas": "CO2", "amount": 1200.5, "unit": "t", "scope": 1, "source": "boilers"},
               {"id": "e2", "gas": "CH4", "amount": 2, "unit": "t", "scope": 1},
               {"id": "e3", "gas": "CO2", "amount": 40, "unit": "t", "scope": 1, "biogenic": true}],
             "removals": [{"id": "r1", "kind": "afforestation", "amount": 300, "unit": "t", "managed": true,
                           "durabilityYears": 100}],
             "credits": [{"id": "c1", "registry": "CCER", "serial": "CCER-2023-000123", "type": "avoidance",
                          "vintage": 2023, "amount": 500, "unit": "t", "retired": true,
                          "beneficiary": "acme-2024"}],
             "reductions": [{"id": "d1", "measure": "rooftop solar", "amount": 80, "unit": "t"}],
             "history": [{"year": 2023, "emissions": 1300}],
             "otherEffects": {"assessed": true, "items": [{"id": "o1", "kind": "albedo", "amount": -5, "unit": "t"}]}
            }
            """;

    static String minimal(String ledgers) {
        return """
                version: 1
                entity: {id: acme, type: organization}
                period: {from: 2024-01-01, to: 2024-12-31}
                claim: {concept: carbon-neutrality}
                """ + ledgers;
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Assessment readYaml(String text) {
        ReadResult r = reader.read(text, "a.yaml", Syntax.YAML, false);
        assertThat(r.problems()).isEmpty();
        return r.assessment();
    }

    @ParameterizedTest
    @ValueSource(strings = {"county-forest-stock", "global-budget-natural-sinks", "steel-level1-wind-as-removal",
            "winter-games-event"})
    void every_shared_example_reads_and_passes_core_validation(String name) {
        Path file = Path.of("..", "examples", name, "assessment.yaml");

        ReadResult r = reader.read(file, StandardCharsets.UTF_8);

        assertThat(r.problems()).isEmpty();
        assertThat(ClaimEvaluator.standard().validate(r.assessment())).isEmpty();
    }

    @Test
    void the_example_of_the_format_reads_with_every_field() {
        Assessment a = readYaml(FORMAT_EXAMPLE);

        assertThat(a.entity().name()).isEqualTo("ACME Ltd.");
        assertThat(a.claim().concept()).isEqualTo(Concept.CARBON_NEUTRALITY);
        assertThat(a.claim().date()).hasToString("2025-03-31");
        assertThat(a.boundary().scope3Exclusion()).isNull();
        assertThat(a.baseline().emissions()).isEqualByComparingTo("12000");
        assertThat(a.plan().reductionTargets()).singleElement()
                .satisfies(t -> assertThat(t.baseYear()).isEqualTo(2022));
        assertThat(a.emissions()).extracting(e -> e.amount().toPlainString()).containsExactly("1200.5", "2", "40");
        assertThat(a.emissions().get(2).biogenic()).isTrue();
        assertThat(a.credits().get(0).serial()).isEqualTo("CCER-2023-000123");
        assertThat(a.history()).singleElement().satisfies(h -> assertThat(h.year()).isEqualTo(2023));
        assertThat(a.otherEffects().assessed()).isTrue();
        assertThat(a.otherEffects().items().get(0).amount()).isEqualByComparingTo("-5");
    }

    @Test
    void yaml_and_json_of_the_same_assessment_are_equal() {
        Assessment yaml = readYaml(FORMAT_EXAMPLE);
        ReadResult json = reader.read(FORMAT_EXAMPLE_JSON, "a.json", Syntax.JSON, false);

        assertThat(json.problems()).isEmpty();
        assertThat(json.assessment()).usingRecursiveComparison().ignoringFieldsOfTypes(Origin.class).isEqualTo(yaml);
    }

    @Test
    void a_json_file_is_read_by_its_extension() throws IOException {
        Path file = write("a.json", FORMAT_EXAMPLE_JSON);

        assertThat(reader.read(file, StandardCharsets.UTF_8).assessment().emissions()).hasSize(3);
    }

    @Test
    void text_fields_keep_exactly_the_text_written() {
        Assessment a = readYaml(minimal("""
                credits:
                  - {id: 007, registry: no, serial: 0123, type: removal, vintage: 2023, amount: 1, unit: t,
                     retired: true, beneficiary: on}
                """));

        Credit c = a.credits().get(0);
        assertThat(c.id()).isEqualTo("007");
        assertThat(c.registry()).isEqualTo("no");
        assertThat(c.serial()).isEqualTo("0123");
        assertThat(c.beneficiary()).isEqualTo("on");
    }

    @Test
    void amounts_are_exact_decimals_as_written() {
        Assessment a = readYaml(minimal("""
                emissions:
                  - {id: e1, gas: CO2, amount: 0.1, unit: t}
                  - {id: e2, gas: CO2, amount: 1e3, unit: kg}
                  - {id: e3, gas: CO2, amount: "1200.50", unit: t}
                """));

        assertThat(a.emissions()).extracting(e -> e.amount()).containsExactly(new BigDecimal("0.1"),
                new BigDecimal("1e3"), new BigDecimal("1200.50"));
        assertThat(a.emissions().get(0).amount().toString()).isEqualTo("0.1");
    }

    @Test
    void json_numbers_keep_the_text_they_were_written_with() {
        String json = """
                {"version": 1, "entity": {"id": "x", "type": "city"},
                 "period": {"from": "2024-01-01", "to": "2024-12-31"}, "claim": {"concept": "net-zero-co2"},
                 "emissions": [{"id": "e1", "gas": "CO2", "amount": 0.1, "unit": "t"},
                               {"id": "e2", "gas": "CO2", "amount": 12345678901234567890.123456789, "unit": "t"}],
                 "credits": [{"id": "c1", "registry": "VCS", "serial": 123, "type": "removal", "vintage": 2020,
                              "amount": 1E2, "unit": "t", "retired": false}]}
                """;

        Assessment a = reader.read(json, "a.json", Syntax.JSON, false).assessment();

        assertThat(a.emissions().get(0).amount().toString()).isEqualTo("0.1");
        assertThat(a.emissions().get(1).amount()).isEqualTo(new BigDecimal("12345678901234567890.123456789"));
        assertThat(a.credits().get(0).serial()).isEqualTo("123");
        assertThat(a.credits().get(0).amount()).isEqualTo(new BigDecimal("1E2"));
    }

    @Test
    void defaults_fill_what_is_not_written() {
        Assessment a = readYaml(minimal("""
                emissions: [{id: e1, gas: CO2, amount: 1, unit: t}]
                removals: [{id: r1, kind: biochar, amount: 1, unit: t}]
                credits: [{id: c1, registry: VCS, serial: s, type: removal, vintage: 2020, amount: 1, unit: t,
                           retired: true}]
                """));

        assertThat(a.boundary().scopes()).isEqualTo(EnumSet.allOf(Scope.class));
        assertThat(a.claim().profile()).isEqualTo("ipcc");
        assertThat(a.claim().metric()).isEqualTo(Metric.AR5_GWP100);
        assertThat(a.emissions().get(0).scope()).isEqualTo(Scope.ONE);
        assertThat(a.emissions().get(0).biogenic()).isFalse();
        Removal r = a.removals().get(0);
        assertThat(r.basis()).isEqualTo(Basis.INCREMENT);
        assertThat(r.lifecycleEmissions()).isZero();
        assertThat(r.lifecycleDeclared()).isFalse();
        assertThat(r.inBoundary()).isTrue();
        assertThat(r.managed()).isNull();
        Credit c = a.credits().get(0);
        assertThat(List.of(c.ownBoundary(), c.international(), c.verified(), c.etsCovered())).containsOnly(false);
        assertThat(a.otherEffects().assessed()).isFalse();
        assertThat(a.baseline()).isNull();
        assertThat(a.plan()).isNull();
    }

    @Test
    void a_written_lifecycle_emission_is_declared_even_when_zero() {
        Assessment a = readYaml(minimal("removals: [{id: r1, kind: beccs, amount: 5, unit: t, lifecycleEmissions: 0}]\n"));

        assertThat(a.removals().get(0).lifecycleDeclared()).isTrue();
    }

    @Test
    void records_know_the_line_of_each_field_written_on_its_own_line() {
        Assessment a = readYaml(minimal("""
                emissions:
                  - id: e1
                    gas: CO2
                    amount: 1
                    unit: t
                """));

        Origin o = a.emissions().get(0).origin();
        assertThat(o.file()).isEqualTo("a.yaml");
        assertThat(o.line()).isEqualTo(6);
        assertThat(o.lineOf("gas")).isEqualTo(7);
        assertThat(o.lineOf("unit")).isEqualTo(9);
    }

    @Test
    void core_problems_without_a_line_are_located_by_the_reader() {
        ReadResult r = reader.read(minimal("").replace("concept: carbon-neutrality", "concept: carbon-neutrality, profile: iso")
                + "emissions:\n  - {id: e1, gas: CH5, amount: 1, unit: t}\n", "a.yaml", Syntax.YAML, false);

        List<Problem> problems = ((org.zhonghe.check.Outcome.Invalid) new org.zhonghe.check.ClaimCheck(ClaimEvaluator.standard())
                .run(r, org.zhonghe.check.Overrides.NONE)).problems();

        assertThat(problems).extracting(Problem::field, Problem::line)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("claim.profile", 4L),
                        org.assertj.core.groups.Tuple.tuple("emissions[e1].gas", 6L));
    }

    @Test
    void a_yaml_syntax_error_is_reported_with_line_and_column() {
        ReadResult r = reader.read(minimal("emissions:\n  - {id: e1, gas: CO2\n"), "a.yaml", Syntax.YAML, false);

        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("syntax.yaml");
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.args().get(0)).isNotEqualTo("0");
        });
    }

    @Test
    void a_json_syntax_error_is_reported_with_line_and_column() {
        ReadResult r = reader.read("{\"version\": 1,\n \"entity\": {\"id\": \"x\",, }}", "a.json", Syntax.JSON, false);

        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("syntax.json");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.args().get(0)).isEqualTo("23");
        });
    }

    @Test
    void an_empty_file_is_a_problem_not_an_exception() {
        assertThat(reader.read("", "a.yaml", Syntax.YAML, false).problems()).extracting(Problem::key)
                .containsExactly("file.empty");
        assertThat(reader.read("  ", "a.json", Syntax.JSON, false).problems()).extracting(Problem::key)
                .containsExactly("file.empty");
        assertThat(reader.read("[1, 2]", "a.yaml", Syntax.YAML, false).problems()).extracting(Problem::key)
                .containsExactly("type.document.list");
    }

    @Test
    void a_missing_assessment_file_is_a_problem() {
        assertThat(reader.read(dir.resolve("nope.yaml"), StandardCharsets.UTF_8).problems())
                .extracting(Problem::key).containsExactly("file.notFound");
    }

    @Test
    void a_self_referring_alias_is_a_problem_not_a_stack_overflow() {
        ReadResult r = reader.read("&a [*a]", "a.yaml", Syntax.YAML, false);

        assertThat(r.isValid()).isFalse();
    }

    @Test
    void a_blank_value_is_a_field_absent_as_an_empty_csv_cell_is() {
        // a credit with a blank serial or registry was counted without one (no double-count check could
        // hold it); the CSV ledgers and batch refuse it as missing, and so does YAML or JSON now
        for (String cell : List.of("serial: \"\"", "serial: \" \"", "serial: \"\\t\"", "registry: \" \"")) {
            String credit = "credits: [{id: c1, registry: VCS, serial: S1, type: avoidance, vintage: 2024, amount: 1, unit: t,"
                    + " retired: true, beneficiary: acme}]\n";
            String field = cell.substring(0, cell.indexOf(':'));
            ReadResult r = reader.read(minimal(credit.replaceFirst(field + ": [^,]+", java.util.regex.Matcher.quoteReplacement(cell))),
                    "a.yaml", Syntax.YAML, false);
            assertThat(r.problems()).as(cell).extracting(Problem::key, Problem::field)
                    .contains(org.assertj.core.groups.Tuple.tuple("field.required", "credits[c1]." + field));
        }
        ReadResult json = reader.read("""
                {"version": 1, "entity": {"id": "acme", "type": "organization"},
                 "period": {"from": "2024-01-01", "to": "2024-12-31"}, "claim": {"concept": "carbon-neutrality"},
                 "credits": [{"id": "c1", "registry": "VCS", "serial": "  ", "type": "avoidance", "vintage": 2024,
                   "amount": 1, "unit": "t", "retired": true, "beneficiary": "acme"}]}""", "a.json", Syntax.JSON, false);
        assertThat(json.problems()).extracting(Problem::key).contains("field.required");
        // an optional field written blank takes its default, as its empty CSV cell does
        Assessment a = readYaml(minimal("emissions: [{id: e1, gas: CO2, amount: 5, unit: t, scope: \" \", biogenic: \"\"}]\n"
                + "credits: [{id: c1, registry: VCS, serial: S1, type: avoidance, vintage: 2024, amount: 1, unit: t,"
                + " retired: true, beneficiary: acme, ownBoundary: \" \", kind: \"\"}]\n"));
        assertThat(a.emissions().get(0).scope()).isEqualTo(org.zhonghe.assessment.Scope.ONE);
        assertThat(a.emissions().get(0).biogenic()).isFalse();
        assertThat(a.credits().get(0).ownBoundary()).isFalse();
        assertThat(a.credits().get(0).kind()).isNull();
    }

    @Test
    void units_are_case_sensitive_symbols() {
        Assessment a = readYaml(minimal("emissions: [{id: e1, gas: CO2, amount: 5, unit: Mt}]\n"));
        ReadResult wrong = reader.read(minimal("emissions: [{id: e1, gas: CO2, amount: 5, unit: mt}]\n"), "a.yaml",
                Syntax.YAML, false);

        assertThat(a.emissions().get(0).unit()).isEqualTo(MassUnit.MT);
        assertThat(wrong.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("unit.unknown");
            assertThat(p.args()).containsExactly("mt", "g|kg|t|kt|Mt|Gt");
        });
    }
}
