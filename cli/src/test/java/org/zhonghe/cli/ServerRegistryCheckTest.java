package org.zhonghe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhonghe.server.ServerOptions;
import org.zhonghe.server.ZhongheServer;

/**
 * The server judges credits with the registry data imported into its store ({@code zhonghe
 * registry import DIR --data-dir D}) exactly as {@code zhonghe check FILE --registry-data DIR}
 * judges them from the folder: over real HTTP, {@code POST /api/v1/check} and a stored
 * assessment's evaluation give the CLI's verdict, records and findings, in Chinese and English,
 * for the real sample exports (examples/registries). With nothing imported, the server judges as
 * {@code check} without {@code --registry-data} does.
 */
class ServerRegistryCheckTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DATA = RegistryCheckTest.samples().toString();
    /** RegistryCheckTest's credits: every registry code out of a real row of the samples (rows named there). */
    private static final String ASSESSMENT = """
            version: 1
            entity: {id: mlf, name: Canada Packers, type: organization, aliases: [Maple Leaf Foods Inc.]}
            period: {from: 2025-01-01, to: 2025-12-31}
            claim: {concept: carbon-neutrality}
            emissions:
              - {id: e1, gas: CO2, amount: 100000, unit: t, scope: 1}
              - {id: e2, gas: CO2, amount: 10, unit: t, scope: 2}
            credits:
              - {id: ok, registry: CAR, serial: CAR-1-US-1335-31-983-KS-2025-9659-1 to 1000, type: reduction, vintage: 2025, amount: 1000, unit: t}
              - {id: unknown, registry: car, serial: CAR-1-US-1335-31-983-KS-2025-9659-90000 to 90010, type: reduction, vintage: 2025, amount: 11, unit: t}
              - {id: held, registry: Gold Standard, serial: GS1-1-UG-GS11236-16-2024-30307-1-100, type: reduction, vintage: 2024, amount: 100, unit: t}
              - {id: aws, registry: ACR, serial: ACR-FR-1129-2025-2917-30932 to 35143, type: reduction, vintage: 2025, amount: 4212, unit: t, retired: true, beneficiary: mlf}
              - {id: more, registry: CAR, serial: CAR-1-US-1335-31-983-KS-2025-9659-1001 to 2000, type: reduction, vintage: 2025, amount: 1500, unit: t}
              - {id: twice, registry: CAR, serial: CAR-1-US-1335-31-983-KS-2025-9659-500 to 600, type: reduction, vintage: 2025, amount: 101, unit: t}
              - {id: wrongtype, registry: CAR, serial: CAR-1-US-1335-31-983-KS-2025-9659-7276 to 8000, type: removal, vintage: 2024, amount: 725, unit: t}
              - {id: ccer, registry: CCER, serial: CCER-123, type: reduction, vintage: 2025, amount: 5, unit: t, retired: true, beneficiary: mlf}
            """;
    @TempDir static Path dir;
    private static Server withData;
    private static Server empty;
    private static Path file;

    /** A server over a data directory, and its admin's token. */
    record Server(ZhongheServer server, String token) {
        static Server start(Path data) {
            String[] token = new String[1];
            ZhongheServer s = ZhongheServer.start(ServerOptions.defaults().withPort(0).withDataDir(data), line -> {
                if (line.startsWith("Admin token: ")) token[0] = line.substring("Admin token: ".length());
            });
            return new Server(s, token[0]);
        }

        HttpResponse<String> post(String path, String type, String body) throws Exception {
            HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1" + path))
                    .header("Authorization", "Bearer " + token).header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
        }
    }

    @BeforeAll
    static void start() throws Exception {
        Run imported = Run.of("registry", "import", DATA, "--data-dir", dir.resolve("data").toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        withData = Server.start(dir.resolve("data"));
        empty = Server.start(dir.resolve("empty"));
        file = dir.resolve("mlf.yaml");
        Files.writeString(file, ASSESSMENT);
    }

    @AfterAll
    static void stop() {
        if (withData != null) withData.server().close();
        if (empty != null) empty.server().close();
    }

    private static JsonNode cli(String lang, boolean registryData) {
        List<String> args = new ArrayList<>(List.of("check", file.toString(), "--format", "json", "--lang", lang));
        if (registryData) args.addAll(List.of("--registry-data", DATA));
        Run r = Run.of(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isIn(0, 1);
        return r.json();
    }

    private static List<String> codes(JsonNode result) {
        List<String> out = new ArrayList<>();
        result.path("records").forEach(r -> out.add(r.path("id").asText() + ":" + r.path("status").asText() + ":" + r.path("reason").asText("")));
        result.path("findings").forEach(f -> out.add(f.path("code").asText()));
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void the_servers_check_with_imported_registry_data_is_the_clis_with_the_folder(String lang) throws Exception {
        HttpResponse<String> r = withData.post("/check?lang=" + lang, "application/yaml", ASSESSMENT);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode server = JSON.readTree(r.body());
        JsonNode cli = cli(lang, true);
        assertThat(codes(server)).contains("aws:REJECTED:REGISTRY_BENEFICIARY_MISMATCH", "REGISTRY_UNCHECKED",
                "CREDIT_TYPE_MISDECLARED", "VINTAGE_MISMATCH");
        assertThat(server.path("verdict")).isEqualTo(cli.path("verdict"));
        assertThat(server.path("records")).isEqualTo(cli.path("records"));
        assertThat(server.path("findings")).isEqualTo(cli.path("findings"));
        assertThat(server).isEqualTo(cli);
    }

    @Test
    void a_stored_assessments_evaluations_are_judged_by_the_registry_data_too() throws Exception {
        HttpResponse<String> stored = withData.post("/assessments", "application/yaml", ASSESSMENT);
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        long id = JSON.readTree(stored.body()).path("id").asLong();
        for (String lang : List.of("zh", "en")) {
            // evaluated again in the other language: the same claim holds its credits, no conflict with itself
            HttpResponse<String> r = withData.post("/assessments/" + id + "/evaluate?lang=" + lang, "application/json", "");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode result = JSON.readTree(r.body()).path("result");
            JsonNode cli = cli(lang, true);
            assertThat(result.path("verdict")).isEqualTo(cli.path("verdict"));
            assertThat(result.path("records")).isEqualTo(cli.path("records"));
            assertThat(result.path("findings")).isEqualTo(cli.path("findings"));
        }
    }

    @Test
    void with_nothing_imported_the_server_judges_as_check_without_registry_data() throws Exception {
        HttpResponse<String> r = empty.post("/check?lang=en", "application/yaml", ASSESSMENT);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode server = JSON.readTree(r.body());
        assertThat(codes(server)).doesNotContain("REGISTRY_UNCHECKED").contains("aws:COUNTED:");
        assertThat(server).isEqualTo(cli("en", false));
    }
}
