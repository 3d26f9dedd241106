package org.zhonghe.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * openapi.json describes every answer: each operation's success and error bodies have real schemas,
 * and the answers of the real server (every demo example evaluated, each variant of a route, each
 * kind of error) validate against it. {@link Http} validates every reply of every API test the same
 * way ({@link OpenApiContract}); ApiTest holds that the document lists exactly the served routes.
 */
class OpenApiContractTest {
    @TempDir static Path dir;
    static ZhongheServer server;
    static Http http;
    static String admin;

    @BeforeAll
    static void start() {
        StringBuilder printed = new StringBuilder();
        server = Http.start(dir, 1000, printed);
        http = new Http(server.port());
        admin = Http.adminToken(printed);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void every_operation_documents_its_bodies_with_named_schemas_and_its_errors_as_problem_json() throws Exception {
        JsonNode doc = Json.MAPPER.readTree(http.get("/openapi.json", null).body());
        List<String> generic = new ArrayList<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String name = op.getKey().toUpperCase() + " " + path.getKey();
            op.getValue().get("responses").fields().forEachRemaining(r -> {
                JsonNode answer = r.getValue();
                if (!r.getKey().startsWith("2")) {
                    if (!answer.path("$ref").asText().equals("#/components/responses/Problem")) generic.add(name + " " + r.getKey() + " is not a Problem");
                    return;
                }
                JsonNode content = answer.get("content");
                if (content == null) {
                    generic.add(name + " " + r.getKey() + " has no content");
                    return;
                }
                content.fields().forEachRemaining(c -> {
                    JsonNode schema = c.getValue().get("schema");
                    boolean json = c.getKey().contains("json");
                    boolean named = schema.has("$ref") || schema.path("items").has("$ref")
                            || schema.has("oneOf") && schema.get("oneOf").findValues("$ref").size() == schema.get("oneOf").size();
                    if (json && !named) generic.add(name + " " + r.getKey() + " " + c.getKey() + " has a generic schema: " + schema);
                });
            });
            if (!op.getValue().path("x-role").asText().equals("none")) {
                for (String code : List.of("401", "403")) {
                    if (!op.getValue().get("responses").has(code)) generic.add(name + " does not document " + code);
                }
            }
        }));
        assertThat(generic).as("responses without a real schema").isEmpty();
        JsonNode problem = doc.at("/components/schemas/Problem");
        assertThat(problem.get("required").toString()).contains("type", "title", "status", "detail");
    }

    @Test
    void the_document_is_served_without_a_token_and_the_health_answer_names_the_version() {
        Http.Reply r = http.get("/openapi.json", null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("openapi").asText()).startsWith("3.");
        assertThat(http.get("/health", null).json().get("version").asText()).doesNotContain("SNAPSHOT").isNotEqualTo("dev");
    }

    @Test
    void the_contract_refuses_an_answer_the_document_does_not_describe() {
        Map<String, List<String>> none = Map.of();
        assertThat(OpenApiContract.problems("GET", "/api/v1/health", 200, "application/json", "{\"status\": \"ok\", \"version\": \"0.4.0\"}", none))
                .isEmpty();
        assertThat(OpenApiContract.problems("GET", "/api/v1/health", 200, "application/json", "{\"status\": \"ok\"}", none))
                .as("a required field missing").isNotEmpty();
        assertThat(OpenApiContract.problems("GET", "/api/v1/health", 200, "application/json",
                "{\"status\": \"ok\", \"version\": \"0.4.0\", \"uptime\": 3}", none)).as("a field the document does not name").isNotEmpty();
        assertThat(OpenApiContract.problems("GET", "/api/v1/me", 418, "application/problem+json",
                "{\"type\": \"t\", \"title\": \"t\", \"status\": 418, \"detail\": \"\"}", none)).as("a status not documented").isNotEmpty();
        assertThat(OpenApiContract.problems("GET", "/api/v1/me", 401, "application/json",
                "{\"type\": \"t\", \"title\": \"t\", \"status\": 401, \"detail\": \"\"}", none)).as("an error not in problem+json").isNotEmpty();
        assertThat(OpenApiContract.problems("GET", "/api/v1/assessments/1/evaluations", 200, "application/json",
                "[{\"id\": 1, \"assessmentId\": 1, \"version\": 1, \"verdict\": \"MAYBE\", \"rulesVersion\": \"0.4.0\", \"inputHash\": \"x\","
                        + " \"createdBy\": \"a\", \"createdAt\": \"2026-01-01T00:00:00Z\", \"withdrawn\": null, \"credits\": []}]", none))
                .as("a verdict that does not exist").anyMatch(p -> p.contains("MAYBE"));
        assertThat(OpenApiContract.problems("POST", "/api/v1/check", 200, "application/json", "{\"totals\": {}}", none)).isNotEmpty();
    }

    @Test
    void every_demo_example_evaluated_stored_and_paged_answers_as_the_document_says() {
        JsonNode assessments = http.get("/assessments", admin).json();
        assertThat(assessments.size()).isGreaterThan(10);
        int evaluated = 0;
        for (JsonNode a : assessments) {
            String path = "/assessments/" + a.get("id").asLong();
            Http.Reply evaluation = http.post(path + "/evaluate", admin, null, null);
            if (evaluation.status() != 200) {
                assertThat(evaluation.status()).as(path + " " + evaluation.body()).isEqualTo(422);
                continue;
            }
            evaluated++;
            long id = evaluation.json().at("/evaluation/id").asLong();
            http.get(path + "/evaluations/" + id, admin);
            http.get(path + "/evaluations", admin);
            http.get(path + "/versions/1", admin);
            http.get(path + "/export", admin);
            for (String section : List.of("emissions", "removals", "credits", "reductions", "otherEffects", "history")) {
                http.get(path + "/records?section=" + section + "&limit=3", admin);
            }
            http.get(path + "/records?limit=2&offset=1", admin);
            http.get(path, admin);
        }
        assertThat(evaluated).isGreaterThan(10);
        http.get("/entities", admin);
        http.get("/assessments", admin);
        http.get("/audit?limit=50", admin);
        http.get("/credits/conflicts", admin);
    }

    @Test
    void each_variant_of_a_route_answers_as_the_document_says() {
        String event = Http.eventYaml("variant", "GS", "GS-V-1");
        assertThat(http.post("/check?profile=all", admin, "application/yaml", event).json().get("profiles").size()).isGreaterThan(5);
        assertThat(http.post("/check?profile=all&lang=zh", admin, "application/yaml", event).status()).isEqualTo(200);
        for (String profile : List.of("iso-14068-1", "pas-2060", "sbti-net-zero", "eu-2024-825", "cn-large-event", "cn-ets")) {
            assertThat(http.post("/check?profile=" + profile, admin, "application/yaml", event).status()).as(profile).isEqualTo(200);
        }
        assertThat(http.post("/check?concept=net-zero-ghg&metric=AR6-GWP100", admin, "application/yaml", event).status()).isEqualTo(200);
        assertThat(http.get("/gwp?metric=AR6-GWP100", admin).status()).isEqualTo(200);
        assertThat(http.get("/targets?snapshot=2022-01", admin).status()).isEqualTo(200);
        assertThat(http.get("/targets/audit", admin).status()).isEqualTo(200);
        assertThat(http.get("/credits?registry=GS&serial=GS-V-1", admin).status()).isEqualTo(200);
    }

    @Test
    void each_kind_of_error_answers_problem_json_as_the_document_says() {
        assertThat(http.get("/assessments/999999", admin).status()).isEqualTo(404);
        assertThat(http.get("/entities/no-such-entity", admin).status()).isEqualTo(404);
        assertThat(http.send("DELETE", "/assessments", admin, null, null).status()).isEqualTo(405);
        assertThat(http.get("/no-such-route", admin).status()).isEqualTo(404);
        assertThat(http.post("/check", admin, "text/plain", "x").status()).isEqualTo(415);
        assertThat(http.post("/check", admin, "application/yaml", "version: 1\nentity: {id: x}\n").status()).isEqualTo(422);
        assertThat(http.post("/assessments", admin, "application/yaml", "version: 1\n").status()).isEqualTo(422);
        assertThat(http.get("/gwp?metric=GWP-42", admin).status()).isEqualTo(400);
        assertThat(http.get("/targets?snapshot=1999-01", admin).status()).isEqualTo(400);
        assertThat(http.get("/assessments/1/records?section=nothing", admin).status()).isEqualTo(400);
        assertThat(http.get("/me", "zh_wrong").status()).isEqualTo(401);
        assertThat(http.post("/targets/compare", admin, "text/csv", "code\n").status()).isEqualTo(422);
        assertThat(http.get("/assessments/1/report?format=docx", admin).status()).isEqualTo(400);
    }
}
