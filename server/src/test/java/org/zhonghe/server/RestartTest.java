package org.zhonghe.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server killed without a clean shutdown loses nothing it committed. */
class RestartTest {
    @TempDir Path dir;

    record Child(Process process, List<String> printed, int port) {}

    /** The server in a JVM of its own, as {@code zhonghe serve} runs it. */
    Child start() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ZhongheServer.class.getName(),
                "--port", "0", "--data-dir", dir.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
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

    @Test
    void a_killed_server_restarted_on_the_same_h2_file_has_lost_nothing_committed() throws Exception {
        Child first = start();
        String token = Http.adminToken(String.join("\n", first.printed()));
        Http http = new Http(first.port());
        long id = http.post("/assessments", token, "application/yaml", Http.eventYaml("durable", "GS", "GS-D")).json().get("id").asLong();
        http.send("PUT", "/assessments/" + id, token, "application/yaml", Http.eventYaml("durable", "GS", "GS-D2"));
        String verdict = http.post("/assessments/" + id + "/evaluate", token, null, null).json().at("/evaluation/verdict").asText();
        first.process().destroyForcibly();
        assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();

        Child second = start();
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
