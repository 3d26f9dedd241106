package org.zhonghe.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhonghe.check.ClaimCheck;
import org.zhonghe.check.Outcome;
import org.zhonghe.check.Overrides;
import org.zhonghe.io.AssessmentReader;
import org.zhonghe.io.ProblemText;
import org.zhonghe.io.Syntax;
import org.zhonghe.rules.ClaimEvaluator;
import org.zhonghe.io.targets.TargetRegistry;

/** The real server on a free port, over HTTP: every route, every role, tenants, credits, errors. */
class ApiTest {
    @TempDir static Path dir;
    static ZhongheServer server;
    static Http http;
    static String admin;
    static Map<String, String> tokens;
    static String otherAdmin;
    static long assessment;
    static final AtomicInteger names = new AtomicInteger();

    @BeforeAll
    static void start() {
        StringBuilder printed = new StringBuilder();
        server = Http.start(dir, 1000, printed);
        http = new Http(server.port());
        admin = Http.adminToken(printed);
        assertThat(printed.toString()).contains("Listening on http://127.0.0.1:" + server.port());
        tokens = Map.of("viewer", user("viewer"), "editor", user("editor"), "admin", admin);
        otherAdmin = http.post("/tenants", admin, "application/json", "{\"name\": \"acme\"}").json().get("token").asText();
        assessment = importEvent(admin, "api-event", "GS", "GS-API-1");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String user(String role) {
        return http.post("/users", admin, "application/json", "{\"name\": \"" + role + "\", \"role\": \"" + role + "\"}")
                .json().get("token").asText();
    }

    static long importEvent(String token, String entity, String registry, String serial) {
        Http.Reply r = http.post("/assessments", token, "application/yaml", Http.eventYaml(entity, registry, serial));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    /** A well-formed request for each route of the OpenAPI document: method, path, content type, body. */
    static List<String[]> requests() {
        String a = "/assessments/" + assessment;
        long evaluation = http.post(a + "/evaluate", admin, null, null).json().get("evaluation").get("id").asLong();
        long userId = http.post("/users", admin, "application/json", "{\"name\": \"spare\", \"role\": \"viewer\"}").json().get("userId").asLong();
        int n = names.incrementAndGet();
        return List.of(
                new String[] {"GET", "/health"}, new String[] {"GET", "/openapi.json"},
                new String[] {"POST", "/check", "application/yaml", Http.eventYaml("c", "GS", "GS-C")},
                new String[] {"POST", "/report", "application/yaml", Http.eventYaml("r", "GS", "GS-R")},
                new String[] {"GET", "/concepts"}, new String[] {"GET", "/gwp"}, new String[] {"GET", "/profiles"},
                new String[] {"GET", "/entities"},
                new String[] {"POST", "/entities", "application/json", "{\"id\": \"ent-" + n + "-%s\", \"type\": \"event\"}"},
                new String[] {"GET", "/entities/api-event"}, new String[] {"GET", "/assessments"},
                new String[] {"POST", "/assessments", "application/yaml", Http.eventYaml("imp-" + n, "GS", "GS-IMP-" + n)},
                new String[] {"GET", a}, new String[] {"PUT", a, "application/yaml", Http.eventYaml("api-event", "GS", "GS-API-1")},
                new String[] {"GET", a + "/versions"}, new String[] {"GET", a + "/versions/1"}, new String[] {"GET", a + "/export"},
                new String[] {"GET", a + "/records?section=emissions&offset=0&limit=1"},
                new String[] {"POST", a + "/evaluate"}, new String[] {"GET", a + "/evaluations"},
                new String[] {"GET", a + "/evaluations/" + evaluation},
                new String[] {"GET", a + "/evaluations/" + evaluation + "/report"}, new String[] {"GET", a + "/report?format=html&lang=zh"},
                new String[] {"GET", "/credits?registry=GS&serial=GS-API-1"},
                new String[] {"GET", "/credits/conflicts"},
                new String[] {"GET", "/registry"}, new String[] {"GET", "/registry/records?serial=CAR-1-US-1-1%20to%205"},
                new String[] {"GET", "/registry/search?beneficiary=Acme"}, new String[] {"GET", "/registry/claims"},
                new String[] {"POST", "/credits/conflicts/decide", "application/json", contested(n)},
                new String[] {"POST", a + "/evaluations/" + evaluation + "/withdraw", "application/json", "{\"reason\": \"%s withdraws\"}"},
                new String[] {"POST", "/assessments/" + importEvent(admin, "gone-" + n, "GS", "GS-GONE-" + n) + "/withdraw",
                        "application/json", "{\"reason\": \"%s withdraws\"}"},
                new String[] {"GET", "/me"}, new String[] {"GET", "/users"},
                new String[] {"POST", "/users", "application/json", "{\"name\": \"u" + n + "-%s\", \"role\": \"viewer\"}"},
                new String[] {"POST", "/users/" + userId + "/tokens"}, new String[] {"DELETE", "/users/" + userId + "/tokens"},
                new String[] {"POST", "/tenants", "application/json", "{\"name\": \"t" + n + "-%s\"}"},
                new String[] {"GET", "/audit?limit=5"}, new String[] {"GET", "/targets"},
                new String[] {"POST", "/targets/compare", "text/csv", "code,name_zh,name_en,category,target_year,status,gases,wording_zh,wording_en,interim_zh,interim_en,credits_zh,credits_en,notes_zh,notes_en\n"
                        + "CHN,中国,China,carbon-neutral,2060,policy-document,,,,,,,,,\n"},
                new String[] {"GET", "/targets/audit?type=country"},
                new String[] {"POST", "/targets/audit?type=country", "text/csv", bundledTrackerCsv()});
    }

    /** The first three Net Zero Tracker country rows Zhonghe ships, sent back as an uploaded export. */
    static String bundledTrackerCsv() {
        try (InputStream in = TargetRegistry.class.getResourceAsStream(TargetRegistry.resource(TargetRegistry.CURRENT));
                CSVParser rows = CSVFormat.DEFAULT.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            StringBuilder out = new StringBuilder();
            try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
                rows.stream().limit(4).forEach(row -> {
                    try {
                        printer.printRecord(row.toList());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A decision's body for a credit two tenants' evaluations hold (made contested here). */
    static String contested(int n) {
        long mine = importEvent(admin, "dec-a" + n, "GS", "GS-DEC-" + n);
        long theirs = importEvent(otherAdmin, "dec-b" + n, "GS", "GS-DEC-" + n);
        http.post("/assessments/" + mine + "/evaluate", admin, null, null);
        http.post("/assessments/" + theirs + "/evaluate", otherAdmin, null, null);
        return "{\"registry\": \"GS\", \"serial\": \"GS-DEC-" + n + "\", \"assessmentId\": " + mine + ", \"reason\": \"registry record\"}";
    }

    @Test
    void every_route_answers_each_role_as_its_least_role_allows_and_none_without_a_token() {
        JsonNode paths = http.get("/openapi.json", admin).json().get("paths");
        List<String[]> requests = requests();
        Set<String> covered = new HashSet<>();
        for (String[] r : requests) {
            String template = r[1].replaceAll("\\?.*", "").replaceAll("/assessments/\\d+", "/assessments/{id}")
                    .replaceAll("/versions/\\d+", "/versions/{version}").replaceAll("/evaluations/\\d+", "/evaluations/{evaluation}")
                    .replaceAll("/users/\\d+", "/users/{id}").replace("/entities/api-event", "/entities/{id}");
            JsonNode op = paths.get(template).get(r[0].toLowerCase(Locale.ROOT));
            assertThat(op).as(r[0] + " " + template).isNotNull();
            covered.add(r[0] + " " + template);
            String least = op.get("x-role").asText();
            if (least.equals("none")) {
                assertThat(http.send(r[0], r[1], null, null, null).status()).isEqualTo(200);
                continue;
            }
            assertThat(http.send(r[0], r[1], null, r.length > 2 ? r[2] : null, r.length > 3 ? r[3] : null).status())
                    .as("no token: " + r[0] + " " + r[1]).isEqualTo(401);
            assertThat(http.send(r[0], r[1], "zh_wrong", null, null).status()).as("unknown token").isEqualTo(401);
            for (String role : List.of("viewer", "editor", "admin")) {
                String body = r.length > 3 ? r[3].replace("%s", role) : null;
                Http.Reply reply = http.send(r[0], r[1], tokens.get(role), r.length > 2 ? r[2] : null, body);
                boolean allowed = List.of("viewer", "editor", "admin").indexOf(role) >= List.of("viewer", "editor", "admin").indexOf(least);
                if (allowed) assertThat(reply.status()).as(role + " " + r[0] + " " + r[1] + ": " + reply.body()).isBetween(200, 201);
                else assertThat(reply.status()).as(role + " " + r[0] + " " + r[1]).isEqualTo(403);
            }
        }
        Set<String> documented = new HashSet<>();
        paths.fields().forEachRemaining(p -> p.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));
        Set<String> served = new HashSet<>();
        for (Route r : ZhongheServer.routes(server.store())) served.add(r.method().name() + " " + r.path());
        assertThat(documented).as("openapi.json lists exactly the routes served").isEqualTo(served).isEqualTo(covered);
    }

    @Test
    void roles_are_written_as_ids_and_an_assessment_as_assessmentId_in_every_answer() {
        Http.Reply created = http.post("/users", admin, "application/json", "{\"name\": \"spell-" + names.incrementAndGet() + "\", \"role\": \"editor\"}");
        assertThat(created.json().get("role").asText()).isEqualTo("editor");
        assertThat(http.get("/users", admin).body()).contains("\"admin\"").doesNotContain("\"ADMIN\"", "\"EDITOR\"", "\"VIEWER\"");
        String a = "/assessments/" + assessment;
        JsonNode evaluation = http.post(a + "/evaluate", admin, null, null).json().get("evaluation");
        assertThat(evaluation.get("assessmentId").asLong()).isEqualTo(assessment);
        assertThat(evaluation.has("assessment")).isFalse();
        assertThat(http.get(a + "/versions/1", admin).json().get("assessmentId").asLong()).isEqualTo(assessment);
        assertThat(http.get(a + "/evaluations", admin).json().get(0).get("assessmentId").asLong()).isEqualTo(assessment);
        String written = contested(names.incrementAndGet());
        assertThat(written).contains("\"assessmentId\"");
        assertThat(http.post("/credits/conflicts/decide", admin, "application/json", written).status()).isEqualTo(200);
        String old = contested(names.incrementAndGet()).replace("\"assessmentId\"", "\"assessment\"");
        assertThat(http.post("/credits/conflicts/decide", admin, "application/json", old).status()).as("the spelling of 0.3").isEqualTo(200);
    }

    @Test
    void a_body_over_the_limit_is_413_before_any_token_is_looked_at() {
        for (String token : new String[] {null, "zh_not-a-token"}) {
            Http.Reply r = http.headOnly("POST", "/assessments", token, "application/yaml", 300 * 1024);
            assertThat(r.status()).as(token == null ? "no token" : "an unknown token").isEqualTo(413);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
        assertThat(http.post("/assessments", null, "application/yaml", "#").status()).as("a small body without a token").isEqualTo(401);
    }

    @Test
    void another_tenants_resources_are_not_found() {
        String a = "/assessments/" + assessment;
        for (String path : List.of(a, a + "/versions", a + "/versions/1", a + "/export", a + "/records", a + "/evaluations", "/entities/api-event")) {
            Http.Reply r = http.get(path, otherAdmin);
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.contentType()).startsWith("application/problem+json");
        }
        assertThat(http.post(a + "/evaluate", otherAdmin, null, null).status()).isEqualTo(404);
        assertThat(http.send("PUT", a, otherAdmin, "application/yaml", Http.eventYaml("x", "GS", "GS-X")).status()).isEqualTo(404);
        assertThat(http.get("/assessments", otherAdmin).json().findValuesAsText("entity")).doesNotContain("api-event");
    }

    @Test
    void a_serial_held_by_one_tenant_is_a_conflict_for_both_until_one_claim_is_withdrawn() {
        long mine = importEvent(admin, "serial-a", "VCS", "VCS-9");
        long theirs = importEvent(otherAdmin, "serial-b", "Verra", "vcs–9");
        assertThat(verdict(admin, mine)).isEqualTo("SUPPORTED");
        Http.Reply r = http.post("/assessments/" + theirs + "/evaluate", otherAdmin, null, null);
        assertThat(r.json().at("/evaluation/verdict").asText()).isEqualTo("INDETERMINATE");
        assertThat(r.json().at("/result/findings").findValuesAsText("code")).contains("CONFLICTING_CLAIM");
        assertThat(r.body()).doesNotContain("serial-a").doesNotContain("\"demo\"");
        JsonNode looked = http.get("/credits?registry=VCS&serial=VCS-9", otherAdmin).json();
        assertThat(looked.get("contested").asBoolean()).isTrue();
        assertThat(looked.get("assessmentId").asLong()).as("their own claim, not mine").isEqualTo(theirs);
        JsonNode stored = http.get("/assessments/" + mine + "/evaluations", admin).json().get(0);
        assertThat(stored.at("/credits/0/status").asText()).as("the first claim's evaluation shows the conflict").isEqualTo("contested");

        Http.Reply withdrawn = http.post("/assessments/" + mine + "/evaluations/" + stored.get("id").asLong() + "/withdraw", admin,
                "application/json", "{\"reason\": \"credit retired for the other entity\"}");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        assertThat(withdrawn.json().at("/withdrawn/reason").asText()).isEqualTo("credit retired for the other entity");
        assertThat(withdrawn.json().at("/credits/0/status").asText()).isEqualTo("released:withdrawn");
        assertThat(verdict(otherAdmin, theirs)).isEqualTo("SUPPORTED");
        assertThat(http.get("/audit?limit=5", admin).json().findValuesAsText("action")).contains("evaluation.withdraw");

        for (int round = 0; round < 3; round++) {
            long a = importEvent(admin, "race-a" + round, "GS", "GS-RACE-" + round);
            long b = importEvent(otherAdmin, "race-b" + round, "GS", "GS-RACE-" + round);
            var first = CompletableFuture.supplyAsync(() -> verdict(admin, a));
            var second = CompletableFuture.supplyAsync(() -> verdict(otherAdmin, b));
            assertThat(List.of(first.join(), second.join())).containsExactlyInAnyOrder("SUPPORTED", "INDETERMINATE");
        }
    }

    @Test
    void credit_look_ups_are_limited_per_user_and_written_to_the_audit_log() {
        String viewer = http.post("/users", admin, "application/json", "{\"name\": \"looker\", \"role\": \"viewer\"}").json().get("token").asText();
        for (int i = 0; i < CreditApi.LOOKUPS_PER_MINUTE; i++) {
            assertThat(http.get("/credits?registry=GS&serial=PROBE-" + i, viewer).status()).isEqualTo(200);
        }
        Http.Reply refused = http.get("/credits?registry=GS&serial=PROBE-X", viewer);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("type").asText()).isEqualTo("urn:zhonghe:problem:too-many-lookups");
        assertThat(http.get("/credits?registry=GS&serial=PROBE-X", otherAdmin).status()).as("another user's budget").isEqualTo(200);
        JsonNode audit = http.get("/audit?limit=3", admin).json();
        assertThat(audit.findValuesAsText("action")).containsOnly("credit.lookup");
        assertThat(audit.findValuesAsText("actor")).containsOnly("looker");
    }

    static String verdict(String token, long id) {
        return http.post("/assessments/" + id + "/evaluate", token, null, null).json().at("/evaluation/verdict").asText();
    }

    @Test
    void an_import_with_one_bad_row_answers_the_errors_of_check_and_changes_nothing() {
        String bad = Http.eventYaml("bad-row", "GS", "GS-B").replace("amount: 40,", "amount: 4O,");
        int before = http.get("/assessments", admin).json().size();
        String audit = http.get("/audit?limit=1", admin).body();
        Http.Reply r = http.post("/assessments", tokens.get("editor"), "application/yaml", bad);
        assertThat(r.status()).isEqualTo(422);
        var expected = ((Outcome.Invalid) new ClaimCheck(ClaimEvaluator.standard())
                .run(new AssessmentReader().read(bad, "body", Syntax.YAML, false), Overrides.NONE)).problems();
        // compared as JSON text: a line is a long in the problem and an int when read back, the same number
        List<String> want = new ArrayList<>();
        for (var p : expected) want.add(Json.MAPPER.valueToTree(ProblemText.of(Locale.ENGLISH).json(p)).toString());
        List<String> got = new ArrayList<>();
        r.json().get("errors").forEach(e -> got.add(e.toString()));
        assertThat(got).containsExactlyElementsOf(want);
        assertThat(r.json().get("errors").get(0).get("line").asInt()).isEqualTo(7);
        assertThat(http.get("/assessments", admin).json().size()).isEqualTo(before);
        assertThat(http.get("/audit?limit=1", admin).body()).isEqualTo(audit);
    }

    @Test
    void the_stateless_check_answers_like_the_command_line_and_refuses_file_references() {
        Http.Reply ok = http.post("/check?concept=net-zero-co2&lang=zh", tokens.get("viewer"), "application/yaml", Http.eventYaml("s", "GS", "GS-API-1"));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("concept").asText()).isEqualTo("net-zero-co2");
        assertThat(ok.json().get("message").asText()).containsPattern("\\p{IsHan}");
        Http.Reply ref = http.post("/check", admin, "application/yaml", Http.eventYaml("s", "GS", "1").replaceAll("(?s)credits:.*", "credits: {file: /etc/passwd}\n"));
        assertThat(ref.status()).isEqualTo(422);
        assertThat(ref.json().get("errors").get(0).get("file").asText()).isEqualTo("body");
        assertThat(http.post("/check", admin, "text/plain", "x").status()).isEqualTo(415);
        Http.Reply big = http.headOnly("POST", "/check", admin, "application/yaml", 300 * 1024);
        assertThat(big.status()).isEqualTo(413);
        assertThat(big.contentType()).startsWith("application/problem+json");
    }

    @Test
    void an_import_with_csv_ledgers_reads_only_the_ledgers_sent_with_it() throws Exception {
        String doc = Http.eventYaml("env-ledgers", "GS", "GS-ENV").replaceAll("(?s)emissions:.*?credits:", "emissions: {file: %s}\ncredits:");
        String csv = "id,gas,amount,unit,scope\ne1,CO2,100,t,1\n";
        String sent = Json.MAPPER.writeValueAsString(java.util.Map.of("syntax", "yaml", "document", doc.formatted("emissions.csv"),
                "ledgers", java.util.Map.of("emissions.csv", csv)));
        assertThat(http.post("/assessments", tokens.get("editor"), "application/json", sent).status()).isEqualTo(201);
        String escaping = Json.MAPPER.writeValueAsString(java.util.Map.of("syntax", "yaml", "document", doc.formatted("../emissions.csv"),
                "ledgers", java.util.Map.of("emissions.csv", csv)));
        Http.Reply r = http.post("/assessments", tokens.get("editor"), "application/json", escaping);
        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.body()).contains("../emissions.csv", "outside the files sent");
    }

    @Test
    void the_report_route_renders_a_self_contained_report_of_the_body_in_either_language() {
        Http.Reply en = http.post("/report?concept=net-zero-co2", tokens.get("viewer"), "application/yaml", Http.eventYaml("s", "GS", "GS-REP"));
        assertThat(en.status()).as(en.body()).isEqualTo(200);
        assertThat(en.contentType()).startsWith("text/html");
        assertThat(en.body()).contains("<svg", "NOT_SUPPORTED").doesNotContain("src=\"http", "href=\"http");
        Http.Reply zh = http.post("/report?lang=zh", tokens.get("viewer"), "application/yaml", Http.eventYaml("s", "GS", "GS-REP"));
        assertThat(zh.body()).containsPattern("\\p{IsHan}");
        Http.Reply bad = http.post("/report", admin, "application/yaml", Http.eventYaml("s", "GS", "1").replace("type: event", "type: party"));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(http.post("/report?format=docx", admin, "application/yaml", Http.eventYaml("s", "GS", "1")).status()).isEqualTo(400);
    }

    @Test
    void errors_are_problem_json_without_stack_traces_and_cors_is_off() {
        Http.Reply r = http.send("POST", "/entities", admin, "application/json", "{not json", "Origin", "https://evil.example");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().fieldNames()).toIterable().contains("type", "title", "status", "detail");
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.headers().keySet()).noneMatch(h -> h.toLowerCase(Locale.ROOT).startsWith("access-control"));
        Http.Reply zh = http.send("GET", "/assessments/999999", admin, null, null, "Accept-Language", "zh-CN,zh;q=0.9");
        assertThat(zh.json().get("title").asText()).isEqualTo("未找到");
        assertThat(http.get("/no-such-route", admin).status()).isEqualTo(404);
    }
}
