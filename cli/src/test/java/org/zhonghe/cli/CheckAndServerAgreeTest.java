package org.zhonghe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhonghe.batch.RandomLedgers;
import org.zhonghe.batch.RandomLedgers.Entity;
import org.zhonghe.batch.RandomLedgers.Ledger;
import org.zhonghe.server.ServerOptions;
import org.zhonghe.server.ZhongheServer;

/**
 * One rule, one answer, for the server: each entity of the random ledgers of
 * {@link CheckAndBatchAgreeTest} ({@link RandomLedgers}, seeded; every field, edge values, bad
 * cells) written as one JSON assessment with its emissions, removals, credits and activities in
 * it (each cell a JSON string as in the CSV ledger, an empty cell an empty string), judged by
 * {@code zhonghe check --format json} and by {@code POST /api/v1/check} of a real server over
 * HTTP: the same document — verdict, totals, every record with its status and reason, findings,
 * the concept matrix — under the claimed concept and under each concept, in both languages; and where check refuses the input, the server answers
 * 422 with the same errors (field, value and message; the server names no file). An entity
 * whose factor set names the user's file ({@code verifier.csv}), which a request cannot carry,
 * is judged without it by both.
 */
class CheckAndServerAgreeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ENTITIES = 16;
    @TempDir static Path dir;
    private static ZhongheServer server;
    private static String token;
    private final picocli.CommandLine cli = Cli.commandLine();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        String[] t = new String[1];
        server = ZhongheServer.start(ServerOptions.defaults().withPort(0).withDataDir(dir.resolve("data")), line -> {
            if (line.startsWith("Admin token: ")) t[0] = line.substring("Admin token: ".length());
        });
        token = t[0];
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @Test
    void random_assessments_get_the_same_judgement_from_check_and_the_server() throws Exception {
        Map<String, Integer> seen = new TreeMap<>();
        for (long seed = 1; seed <= 3; seed++) compare(RandomLedgers.generate(seed, ENTITIES, 0), seen);
        assertThat(seen).as("the assessments reach every verdict").containsKeys("SUPPORTED", "NOT_SUPPORTED", "INDETERMINATE");
    }

    @Test
    void random_assessments_with_bad_cells_get_the_same_errors_from_check_and_the_server() throws Exception {
        Map<String, Integer> seen = new TreeMap<>();
        for (long seed = 101; seed <= 103; seed++) compare(RandomLedgers.generate(seed, ENTITIES, 0.12), seen);
        assertThat(seen.getOrDefault("errors", 0)).as("assessments refused").isGreaterThan(8);
    }

    private void compare(Ledger ledger, Map<String, Integer> seen) throws Exception {
        List<String> concepts = new ArrayList<>();
        concepts.add(null); // the claimed concept, then each concept
        for (org.zhonghe.Concept c : org.zhonghe.Concept.values()) concepts.add(c.id());
        for (Entity e : ledger.entities()) for (String concept : concepts) {
            ObjectNode a = assessment(ledger, e);
            if (concept != null) ((ObjectNode) a.path("claim")).put("concept", concept);
            String body = JSON.writeValueAsString(a);
            Path file = Files.writeString(dir.resolve("seed-" + ledger.seed() + "-" + e.id() + "-" + concept + ".json"), body);
            for (String lang : List.of("en", "zh")) {
                String what = "seed %d, entity %s, %s: %s".formatted(ledger.seed(), e.id(), lang, body);
                Run run = Run.of(cli, "check", file.toString(), "--format", "json", "--lang", lang);
                assertThat(run.exit()).as("%s %s", what, run.err()).isIn(0, 1, 2);
                JsonNode check = run.json();
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                                + "/api/v1/check?lang=" + lang)).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
                JsonNode answer = JSON.readTree(r.body());
                if (check.has("errors")) {
                    assertThat(r.statusCode()).as(what + "\n" + r.body()).isEqualTo(422);
                    assertThat(errors(answer)).as(what).isEqualTo(errors(check));
                    if (lang.equals("en")) seen.merge("errors", 1, Integer::sum);
                } else {
                    assertThat(r.statusCode()).as(what + "\n" + r.body()).isEqualTo(200);
                    assertThat(answer).as(what).isEqualTo(check);
                    if (lang.equals("en")) seen.merge(check.path("verdict").asText(), 1, Integer::sum);
                }
            }
        }
    }

    /** Each error as {@code field value message}, in order (check names the file, the server the request). */
    private static List<String> errors(JsonNode result) {
        List<String> out = new ArrayList<>();
        for (JsonNode p : result.path("errors")) {
            out.add(p.path("field").asText() + " " + (p.path("value").isNull() ? "null" : p.path("value").asText()) + " "
                    + p.path("message").asText());
        }
        return out;
    }

    /** The entity as one JSON assessment: its row of entities.csv and its records in it, each cell a string. */
    private static ObjectNode assessment(Ledger ledger, Entity e) {
        ObjectNode a = EntityAssessments.head(e, e.concept(), CheckAndServerAgreeTest::withoutUserSet);
        EntityAssessments.records(a, ledger, e, List.of("emissions", "removals", "credits", "activities"),
                CheckAndServerAgreeTest::withoutUserSet);
        return a;
    }

    /** A factor-set cell without the user's file (a request cannot carry it): the sets named beside it. */
    private static String withoutUserSet(String sets) {
        if (!sets.contains(RandomLedgers.USER_SET)) return sets;
        return String.join("|", java.util.Arrays.stream(sets.split("\\|")).filter(s -> !s.strip().equals(RandomLedgers.USER_SET)).toList());
    }
}
