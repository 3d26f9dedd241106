package org.zhonghe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every acceptance case under {@code examples/} through {@code zhonghe check --format json}
 * and compares it with its {@code expected.json}, as {@code shared/tools/compare-result} does.
 */
class ExamplesTest {
    private static final Path EXAMPLES = Path.of("..", "examples");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> every_example_gives_its_expected_result() throws IOException {
        List<Path> cases;
        try (Stream<Path> s = Files.walk(EXAMPLES)) {
            cases = s.filter(p -> p.getFileName().toString().equals("expected.json")).sorted().toList();
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(14);
        return cases.stream().map(exp -> DynamicTest.dynamicTest(EXAMPLES.relativize(exp.getParent()).toString(),
                () -> check(exp)));
    }

    private static void check(Path expectedFile) throws IOException {
        JsonNode expected = JSON.readTree(expectedFile.toFile());
        Path dir = expectedFile.getParent();
        Path file = Stream.of("assessment.yaml", "assessment.yml", "assessment.json").map(dir::resolve)
                .filter(Files::exists).findFirst().orElseThrow();
        List<String> args = new ArrayList<>(List.of("check", file.toString(), "--format", "json"));
        expected.path("args").forEach(a -> args.add(a.asText()));
        Run run = Run.of(args.toArray(String[]::new));
        JsonNode actual = run.json();
        SoftAssertions soft = new SoftAssertions();
        if (expected.has("exitCode")) soft.assertThat(run.exit()).as("exit status; stderr: " + run.err())
                .isEqualTo(expected.get("exitCode").asInt());
        for (String key : List.of("verdict", "concept", "profile", "metric")) {
            if (expected.has(key)) soft.assertThat(actual.path(key).asText()).as(key).isEqualTo(expected.get(key).asText());
        }
        expected.path("totals").fields().forEachRemaining(t -> soft.assertThat(dec(actual.path("totals").path(t.getKey())))
                .as("totals." + t.getKey()).isEqualByComparingTo(dec(t.getValue())));
        expected.path("concepts").fields().forEachRemaining(c -> soft.assertThat(actual.path("concepts").path(c.getKey()).asText())
                .as("concepts." + c.getKey()).isEqualTo(c.getValue().asText()));
        Map<String, JsonNode> byKey = new HashMap<>();
        actual.path("records").forEach(r -> byKey.put(r.path("section").asText() + "/" + r.path("id").asText(), r));
        for (JsonNode want : expected.path("records")) {
            String key = want.path("section").asText() + "/" + want.path("id").asText();
            JsonNode got = byKey.get(key);
            soft.assertThat(got).as("record " + key).isNotNull();
            if (got == null) continue;
            for (String f : List.of("status", "reason")) {
                if (want.has(f)) soft.assertThat(got.path(f).asText()).as(key + " " + f).isEqualTo(want.get(f).asText());
            }
            if (want.has("counted")) soft.assertThat(dec(got.path("counted"))).as(key + " counted")
                    .isEqualByComparingTo(dec(want.get("counted")));
        }
        Set<String> codes = new HashSet<>();
        actual.path("findings").forEach(f -> codes.add(f.path("code").asText()));
        expected.path("findings").forEach(f -> soft.assertThat(codes).as("findings").contains(f.asText()));
        expected.path("absentFindings").forEach(f -> soft.assertThat(codes).as("absent findings").doesNotContain(f.asText()));
        if (expected.has("recordCount")) {
            soft.assertThat(actual.path("records").size()).as("recordCount").isEqualTo(expected.get("recordCount").asInt());
            soft.assertThat(byKey).as("distinct records").hasSize(expected.get("recordCount").asInt());
        }
        if (expected.has("errors")) {
            JsonNode errors = actual.path("errors");
            soft.assertThat(errors.size()).as("errors").isGreaterThanOrEqualTo(expected.path("errors").path("atLeast").asInt(1));
            Set<Integer> lines = new HashSet<>();
            errors.forEach(e -> lines.add(e.path("line").asInt()));
            expected.path("errors").path("lines").forEach(l -> soft.assertThat(lines).as("error lines").contains(l.asInt()));
        }
        soft.assertAll();
    }

    private static BigDecimal dec(JsonNode n) {
        return n.isMissingNode() || n.isNull() ? null : new BigDecimal(n.asText());
    }
}
