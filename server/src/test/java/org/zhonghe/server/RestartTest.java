package org.zhonghe.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A server killed without a clean shutdown ({@code kill -9}) loses nothing it committed: on the
 * embedded H2 file and on PostgreSQL ({@code ZHONGHE_TEST_PG_URL}; skipped without it unless
 * {@code ZHONGHE_REQUIRE_PG=1}). Issue 14 §6.
 */
class RestartTest {
    @TempDir Path dir;

    record Child(Process process, List<String> printed, int port) {}

    /** The server in a JVM of its own, as {@code zhonghe serve} runs it, on {@code database} ({@code --data-dir} or {@code --db}). */
    Child start(List<String> database) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), ZhongheServer.class.getName(),
                "--port", "0"));
        command.addAll(database);
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> printed = new ArrayList<>();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = out.readLine()) != null; ) {
            printed.add(line);
            if (line.startsWith("Listening on http://127.0.0.1:")) {
                return new Child(p, printed, Integer.parseInt(line.substring(line.lastIndexOf(':') + 1)));
            }
        }
        throw new AssertionError("the server stopped before listening: " + printed);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void a_killed_server_restarted_on_the_same_database_has_lost_nothing_committed(String kind) throws Exception {
        List<String> database = kind.equals("h2") ? List.of("--data-dir", dir.toString()) : List.of("--db", TestPostgres.fresh());
        Child first = start(database);
        String token = Http.adminToken(String.join("\n", first.printed()));
        Http http = new Http(first.port());
        long id = http.post("/assessments", token, "application/yaml", Http.eventYaml("durable", "GS", "GS-D")).json().get("id").asLong();
        http.send("PUT", "/assessments/" + id, token, "application/yaml", Http.eventYaml("durable", "GS", "GS-D2"));
        String verdict = http.post("/assessments/" + id + "/evaluate", token, null, null).json().at("/evaluation/verdict").asText();
        first.process().destroyForcibly();
        assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();

        Child second = start(database);
        try {
            assertThat(second.printed()).noneMatch(l -> l.startsWith("Admin token"));
            Http again = new Http(second.port());
            assertThat(again.get("/assessments/" + id, token).json().get("latestVersion").asInt()).isEqualTo(2);
            assertThat(again.get("/assessments/" + id + "/evaluations", token).json().get(0).get("verdict").asText()).isEqualTo(verdict);
            assertThat(again.get("/credits?registry=GS&serial=GS-D2", token).json().get("claimed").asBoolean()).isTrue();
            assertThat(again.get("/entities", token).json().findValuesAsText("id")).contains("acme-2024", "durable");
        } finally {
            second.process().destroy();
            second.process().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
