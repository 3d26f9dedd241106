package org.zhonghe.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 §2 and §5 over real HTTP: the inputs that stalled or broke the server are 422 naming
 * the line, field and limit; every response says {@code nosniff}; the HTML report cannot run or
 * load anything; an {@link Error} in a handler is a 500 problem+json.
 */
class HostileRequestTest {
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
    void an_amount_of_forty_thousand_digits_is_422_naming_the_field_and_the_limit() {
        Http.Reply r = http.post("/check", admin, "application/yaml",
                Http.eventYaml("zeros", "GS", "GS-Z").replace("amount: 60,", "amount: 1" + "0".repeat(40_000) + ","));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.body()).contains("40,001 characters", "at most 10,000").hasSizeLessThan(2000);
        Http.Reply fewer = http.post("/check", admin, "application/yaml",
                Http.eventYaml("zeros", "GS", "GS-Z").replace("amount: 60,", "amount: 1" + "0".repeat(9_000) + ","));
        assertThat(fewer.status()).isEqualTo(422);
        assertThat(fewer.body()).contains("emissions[e1].amount", "at most 50 significant digits").hasSizeLessThan(2000);
    }

    @Test
    void yaml_nested_two_thousand_deep_is_422_naming_the_line() {
        Http.Reply r = http.post("/check", admin, "application/yaml", "version: 1\nx: " + "[".repeat(2000) + "]".repeat(2000));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().at("/errors/0/line").asInt()).isEqualTo(2);
        assertThat(r.json().at("/errors/0/message").asText()).contains("nested more than 64 levels deep");
    }

    @Test
    void json_nested_deep_is_422_naming_the_line() {
        Http.Reply r = http.post("/check", admin, "application/json", "{\"version\": 1,\n\"x\": " + "[".repeat(2000) + "]".repeat(2000) + "}");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().at("/errors/0/line").asInt()).isEqualTo(2);
    }

    @Test
    void an_over_long_name_or_serial_is_refused_at_import_naming_the_field_and_the_limit() {
        Http.Reply name = http.post("/assessments", admin, "application/yaml",
                Http.eventYaml("long-name", "GS", "GS-L").replace("name: 测试活动", "name: \"" + "n ".repeat(50_000) + "\""));
        assertThat(name.status()).as(name.body()).isEqualTo(422);
        assertThat(name.json().at("/errors/0/field").asText()).isEqualTo("entity.name");
        // counted stripped, as batch counts a cell: the name's last blank is not counted
        assertThat(name.json().at("/errors/0/message").asText()).contains("99,999", "1,000");
        Http.Reply serial = http.post("/assessments", admin, "application/yaml", Http.eventYaml("long-serial", "GS", "S" + "9".repeat(599)));
        assertThat(serial.status()).as(serial.body()).isEqualTo(422);
        assertThat(serial.json().at("/errors/0/message").asText()).contains("600", "200");
    }

    @Test
    void every_response_says_nosniff() throws Exception {
        List<Http.Reply> replies = List.of(http.get("/health", null), http.get("/me", admin), http.get("/me", null),
                http.get("/no-such-route", admin), http.post("/check", admin, "application/yaml", "version: 2"));
        for (Http.Reply r : replies) assertThat(r.headers().get("x-content-type-options")).as(r.body()).containsExactly("nosniff");
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("x-content-type-options")).contains("nosniff");
    }

    @Test
    void the_html_report_comes_with_a_policy_that_runs_and_loads_nothing_and_as_a_download() {
        Http.Reply r = http.post("/report", admin, "application/yaml", Http.eventYaml("report-headers", "GS", "GS-R"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.headers().get("content-security-policy")).singleElement().asString()
                .contains("default-src 'none'", "frame-ancestors 'none'").doesNotContain("script-src");
        assertThat(r.headers().get("content-disposition")).containsExactly("attachment; filename=\"zhonghe-report-report-headers.html\"");
    }

    @Test
    void a_broken_workbook_is_told_in_our_words_not_poi_internals() {
        Http.Reply r = http.post("/check", admin, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "id,gas\ne1,CO2\n");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("detail").asText()).contains("not a readable XLSX workbook (the file is damaged")
                .doesNotContain("OOXML", "POI", "valid entries", "Exception");
    }

    @Test
    void an_error_thrown_by_a_handler_becomes_the_failure_the_server_answers_with_500_problem_json() {
        Guard guard = new Guard(server.store().accounts(), 3, List.of());
        var handler = guard.wrap(Route.get("/overflow", null, ctx -> {
            throw new StackOverflowError();
        }));
        assertThatThrownBy(() -> handler.handle(null)).isInstanceOf(Guard.Failure.class)
                .hasCauseInstanceOf(StackOverflowError.class);
    }

    @Test
    void an_error_in_a_handler_is_a_500_problem_json_over_http_and_one_log_line(@TempDir Path own) {
        Route overflow = Route.get("/overflow", null, ctx -> {
            throw new StackOverflowError();
        });
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream logged = new java.io.ByteArrayOutputStream();
        Http.Reply r;
        try (ZhongheServer s = ZhongheServer.start(ServerOptions.defaults().withPort(0).withDataDir(own), line -> { }, List.of(overflow))) {
            System.setErr(new java.io.PrintStream(logged, true, java.nio.charset.StandardCharsets.UTF_8));
            r = new Http(s.port()).get("/overflow", null);
        } finally {
            System.setErr(err);
        }
        assertThat(r.status()).isEqualTo(500);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("detail").asText()).isEqualTo("the server failed; the error is in its log");
        assertThat(r.body()).doesNotContain("StackOverflowError", "\tat ", "org.zhonghe");
        String log = logged.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(log.lines().filter(l -> l.contains("/overflow"))).containsExactly(
                "zhonghe serve: internal failure on GET /api/v1/overflow: java.lang.StackOverflowError");
        assertThat(log).doesNotContain("\tat ");
    }
}
