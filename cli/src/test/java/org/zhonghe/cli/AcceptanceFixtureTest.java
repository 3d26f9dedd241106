package org.zhonghe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhonghe.Concept;
import org.zhonghe.batch.Batch;
import org.zhonghe.batch.EntityResult;
import org.zhonghe.rules.ClaimEvaluator;

/**
 * The fixture that Spark's test runs (spark/src/test/resources/acceptance; the spark module
 * cannot run {@code check}) is what the acceptance cases ({@link ExampleLedgers}) make, so that
 * it cannot drift: {@code ledger/} is their multi-entity ledger (the activity examples' activities.csv too), {@code expected/claimed.csv} and
 * {@code expected/CONCEPT.csv} the rows {@code zhonghe check} gives each case under its claimed
 * concept and with its claim changed to each concept — and {@code batch} writes those rows too.
 * Run with {@code -Dzhonghe.writeFixtures=true} to write the fixture after an intended change.
 */
class AcceptanceFixtureTest {
    private static final Path FIXTURE = Path.of("..", "spark", "src", "test", "resources", "acceptance");
    private static final boolean WRITE = Boolean.getBoolean("zhonghe.writeFixtures");
    /** The acceptance cases of issue 13 and the activity examples of issue 17 (activities.csv). */
    private static final List<String> CASES = java.util.stream.Stream.concat(ExampleLedgers.CASES.stream(),
            ExampleLedgers.ACTIVITY_CASES.stream()).toList();
    @TempDir Path dir;

    @Test
    void the_spark_fixture_is_the_acceptance_cases_and_the_rows_check_and_batch_give_them() throws IOException {
        Map<String, List<String>> ledger = ExampleLedgers.ledger(CASES);
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("claimed.csv", expectedRows(null));
        for (Concept c : Concept.values()) expected.put(c.id() + ".csv", expectedRows(c));
        if (WRITE) {
            ExampleLedgers.write(FIXTURE.resolve("ledger"), ledger);
            ExampleLedgers.write(FIXTURE.resolve("expected"), expected);
        }
        for (Map.Entry<String, List<String>> f : ledger.entrySet()) {
            assertThat(Files.readAllLines(FIXTURE.resolve("ledger").resolve(f.getKey())))
                    .as("%s of the fixture (-Dzhonghe.writeFixtures=true writes it)", f.getKey()).isEqualTo(f.getValue());
        }
        for (Map.Entry<String, List<String>> f : expected.entrySet()) {
            assertThat(Files.readAllLines(FIXTURE.resolve("expected").resolve(f.getKey())))
                    .as("expected/%s of the fixture (-Dzhonghe.writeFixtures=true writes it)", f.getKey()).isEqualTo(f.getValue());
            Concept c = f.getKey().equals("claimed.csv") ? null : Concept.fromId(f.getKey().replace(".csv", "")).orElseThrow();
            StringWriter out = new StringWriter();
            Batch.Report report = new Batch(ClaimEvaluator.standard()).run(FIXTURE.resolve("ledger"), new Batch.Options(c, 2), out, n -> { });
            assertThat(report.errors()).isEmpty();
            assertThat(out.toString().lines().toList()).as("batch on the fixture, %s", f.getKey()).isEqualTo(f.getValue());
        }
    }

    /** results.csv as check judges each case, under its claim or with the claim's concept changed to {@code concept}. */
    private List<String> expectedRows(Concept concept) throws IOException {
        List<String> rows = new ArrayList<>(List.of(EntityResult.HEADER));
        for (String name : CASES) {
            Path assessment = ExampleLedgers.assessment(name);
            if (concept != null) {
                Path copy = Files.createDirectories(dir.resolve(concept.id()).resolve(name));
                try (var files = Files.list(assessment.getParent())) {
                    for (Path p : files.toList()) Files.copy(p, copy.resolve(p.getFileName()));
                }
                String yaml = Files.readString(assessment);
                String changed = yaml.replaceFirst("(?m)^claim: \\{concept: [a-z0-9-]+", "claim: {concept: " + concept.id());
                assessment = Files.writeString(copy.resolve("assessment.yaml"), changed);
            }
            Run run = Run.of("check", assessment.toString(), "--format", "json");
            assertThat(run.exit()).as("%s: %s", name, run.err()).isIn(0, 1);
            JsonNode check = run.json();
            String c = concept == null ? check.path("concept").asText() : concept.id();
            assertThat(check.path("concept").asText()).as("%s claims %s (its claim rewritten)", name, c).isEqualTo(c);
            rows.add(CheckAndBatchAgreeTest.row(ExampleLedgers.read(name).entity().id(), c, check));
        }
        return rows;
    }
}
