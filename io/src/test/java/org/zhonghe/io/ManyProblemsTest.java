package org.zhonghe.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhonghe.assessment.Problem;

class ManyProblemsTest {
    @TempDir
    Path dir;

    @Test
    void every_problem_of_a_broken_assessment_is_reported_in_one_run_with_file_line_and_field() throws IOException {
        Path yaml = Files.writeString(dir.resolve("broken.yaml"), """
                version: 2
                entity: {id: "acme 2024", type: company, nmae: ACME}
                period:
                  from: 2024-12-31
                  to: 2024-01-01
                claim: {concept: carbon-neutral, metric: AR5, date: 2025-02-30}
                boundary: {scopes: [1, 4]}
                emissions:
                  - {id: e1, gas: CO2, amount: "12,5", unit: tons}
                  - id: e2
                    gas: CH4
                    amount: -2
                    unit: t
                    scope: two
                  - {gas: CO2, unit: t}
                removals:
                  - {id: r1, kind: tree-planting, amount: 1, unit: t, basis: flow, inBoundary: maybe}
                credits:
                  - {id: c1, registry: CCER, serial: 1, type: avoidance, vintage: 2023, amount: 5, unit: t,
                     retired: yes, retiredOn: 2024-02-30, hostCountry: cn}
                reductions: {file: reductions.csv}
                otherEffects: {assessed: true, items: [{id: o1, kind: albedo, amount: -5, unit: t}], extra: 1}
                plan: {reductionTargets: [{year: 2030}]}
                baseline: [2019]
                """, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("reductions.csv"), """
                id,measure,amount,unit
                d1,solar,80,t
                d2,"wind, east",-3,t
                d3,heat,1,t,extra
                d4,"never closed,1,t
                """, StandardCharsets.UTF_8);
        String y = yaml.toString();
        String csv = dir.resolve("reductions.csv").toString();

        List<Problem> problems = new AssessmentReader().read(yaml, StandardCharsets.UTF_8).problems();

        assertThat(problems).extracting(Problem::file, Problem::line, Problem::field, Problem::key).containsExactly(
                tuple(y, 1L, "version", "version.unsupported"),
                tuple(y, 2L, "entity.nmae", "field.unknown"),
                tuple(y, 2L, "entity.id", "entity.id"),
                tuple(y, 2L, "entity.type", "entity.type"),
                tuple(y, 5L, "period.to", "period.order"),
                tuple(y, 6L, "claim.concept", "concept.unknown"),
                tuple(y, 6L, "claim.metric", "metric.unknown"),
                tuple(y, 6L, "claim.date", "date"),
                tuple(y, 7L, "boundary.scopes", "scope.unknown"),
                tuple(y, 9L, "emissions[e1].amount", "number.comma"),
                tuple(y, 9L, "emissions[e1].unit", "unit.unknown"),
                tuple(y, 12L, "emissions[e2].amount", "number.negative"),
                tuple(y, 14L, "emissions[e2].scope", "number.integer"),
                tuple(y, 15L, "emissions[3].id", "field.required"),
                tuple(y, 15L, "emissions[3].amount", "field.required"),
                tuple(y, 17L, "removals[r1].kind", "removalKind.unknown"),
                tuple(y, 17L, "removals[r1].basis", "basis.unknown"),
                tuple(y, 17L, "removals[r1].inBoundary", "boolean"),
                tuple(y, 20L, "credits[c1].retired", "boolean"),
                tuple(y, 20L, "credits[c1].retiredOn", "date"),
                tuple(y, 20L, "credits[c1].hostCountry", "hostCountry.format"),
                tuple(y, 22L, "otherEffects.extra", "field.unknown"),
                tuple(y, 23L, "plan.reductionTargets[1].reductionPercent", "field.required"),
                tuple(y, 24L, "baseline", "type.mapping.list"),
                tuple(csv, 3L, "reductions[d2].amount", "number.negative"),
                tuple(csv, 4L, "reductions", "csv.cells"),
                tuple(csv, 5L, "reductions", "csv.malformed"));
        assertThat(problems).filteredOn(p -> p.field().equals("emissions[e1].amount"))
                .extracting(Problem::value).containsExactly("12,5");
        assertThat(problems).filteredOn(p -> p.key().equals("csv.malformed")).extracting(p -> p.args().get(0))
                .containsExactly("EOF reached before encapsulated token finished");
    }

    @Test
    void a_period_that_ends_before_it_starts_is_reported_at_its_end() {
        ReadResult r = new AssessmentReader().read("""
                version: 1
                entity: {id: x, type: city}
                period:
                  from: 2024-12-31
                  to: 2024-01-01
                claim: {concept: net-zero-co2}
                """, "p.yaml", Syntax.YAML, false);

        assertThat(r.problems()).extracting(Problem::line, Problem::field, Problem::key, Problem::args)
                .containsExactly(tuple(5L, "period.to", "period.order", List.of("2024-12-31", "2024-01-01")));
    }

    @Test
    void missing_sections_and_repeated_fields_are_reported() {
        ReadResult r = new AssessmentReader().read("""
                {"entity": {"id": "x", "type": "city", "type": "region"},
                 "emissions": "none"}
                """, "m.json", Syntax.JSON, false);

        assertThat(r.problems()).extracting(Problem::line, Problem::field, Problem::key).containsExactly(
                tuple(1L, "version", "field.required"),
                tuple(1L, "entity.type", "field.repeated"),
                tuple(1L, "period", "field.required"),
                tuple(1L, "claim", "field.required"),
                tuple(2L, "emissions", "ledger.shape"));
    }
}
