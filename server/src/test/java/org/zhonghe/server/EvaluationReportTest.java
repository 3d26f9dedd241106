package org.zhonghe.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhonghe.ZhongheVersion;

/** The report of a stored evaluation over real HTTP: what it names, the newest one, a credit counted elsewhere, errors. */
class EvaluationReportTest {
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

    static long importEvent(String entity, String serial) {
        return http.post("/assessments", admin, "application/yaml", Http.eventYaml(entity, "GS", serial)).json().get("id").asLong();
    }

    static JsonNode evaluate(long assessment) {
        return http.post("/assessments/" + assessment + "/evaluate", admin, null, null).json().get("evaluation");
    }

    static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1" + path))
                .header("Authorization", "Bearer " + admin).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void the_report_of_a_stored_evaluation_names_its_id_time_author_input_hash_and_versions() throws Exception {
        long a = importEvent("report-event", "GS-REP-1");
        JsonNode ev = evaluate(a);
        HttpResponse<byte[]> r = get("/assessments/" + a + "/evaluations/" + ev.get("id").asLong() + "/report?lang=en");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", "evaluation-" + ev.get("id").asText());
        String html = new String(r.body(), StandardCharsets.UTF_8);
        assertThat(html).contains("#" + ev.get("id").asText(), ev.get("inputHash").asText(), ev.get("createdBy").asText(),
                "zhonghe " + ZhongheVersion.current(), "hash to this value again", "report-event");
        assertThat(html).contains(ev.get("createdAt").asText().substring(0, 16));
        assertThat(html).contains("id=\"profiles\"");
        assertThat(ev.get("rulesVersion").asText()).isEqualTo(ZhongheVersion.current());
    }

    @Test
    void the_assessments_report_is_its_newest_evaluations_and_404_before_any() throws Exception {
        long a = importEvent("latest-event", "GS-REP-2");
        assertThat(get("/assessments/" + a + "/report").statusCode()).isEqualTo(404);
        evaluate(a);
        JsonNode second = evaluate(a);
        String html = new String(get("/assessments/" + a + "/report?lang=zh").body(), StandardCharsets.UTF_8);
        assertThat(html).contains("#" + second.get("id").asText(), second.get("inputHash").asText(), "评估时间");
    }

    @Test
    void a_credit_counted_elsewhere_stays_as_the_evaluation_found_it() throws Exception {
        long first = importEvent("first-holder", "GS-SHARED");
        long second = importEvent("second-holder", "GS-SHARED");
        evaluate(first);
        JsonNode late = evaluate(second);
        assertThat(late.get("verdict").asText()).isNotEqualTo("SUPPORTED");
        HttpResponse<byte[]> r = get("/assessments/" + second + "/evaluations/" + late.get("id").asLong() + "/report?lang=en");
        assertThat(r.statusCode()).as(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("CONFLICTING_CLAIM");
    }

    @Test
    void a_pdf_report_holds_the_evaluation_id_and_input_hash_as_text() throws Exception {
        boolean tools = new ProcessBuilder("pdftotext", "-v").redirectErrorStream(true).start().waitFor() == 0;
        if (!tools && "1".equals(System.getenv("ZHONGHE_REQUIRE_PDF_TOOLS"))) throw new AssertionError("pdftotext is missing: apt-get install poppler-utils");
        Skips.unless(tools, "PDF text tests (server)", "pdftotext is missing: apt-get install poppler-utils");
        long a = importEvent("pdf-event", "GS-REP-3");
        JsonNode ev = evaluate(a);
        HttpResponse<byte[]> r = get("/assessments/" + a + "/evaluations/" + ev.get("id").asLong() + "/report?format=pdf&lang=en");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        Path pdf = dir.resolve("report.pdf");
        Files.write(pdf, r.body());
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replaceAll("\\s+", "");
        assertThat(p.waitFor()).isZero();
        assertThat(text).contains("#" + ev.get("id").asText(), ev.get("inputHash").asText());
    }

    @Test
    void the_openapi_document_is_served_without_a_token_and_lists_the_report_routes() throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/api/v1/openapi.json")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("/assessments/{id}/evaluations/{evaluation}/report",
                "/assessments/{id}/report");
    }

    @Test
    void a_method_a_path_does_not_answer_is_405_with_allow() {
        Http.Reply r = http.send("DELETE", "/assessments", admin, null, null);
        assertThat(r.status()).isEqualTo(405);
        assertThat(r.headers().get("allow")).isNotNull();
        assertThat(r.headers().get("allow").get(0)).contains("GET", "POST");
        assertThat(http.send("DELETE", "/no-such-route", admin, null, null).status()).isEqualTo(404);
    }

    @Test
    void a_bad_format_or_language_is_400_and_an_unknown_evaluation_404() throws Exception {
        long a = importEvent("bad-event", "GS-REP-4");
        long id = evaluate(a).get("id").asLong();
        assertThat(get("/assessments/" + a + "/evaluations/" + id + "/report?format=docx").statusCode()).isEqualTo(400);
        assertThat(get("/assessments/" + a + "/evaluations/" + id + "/report?lang=fr").statusCode()).isEqualTo(400);
        assertThat(get("/assessments/" + a + "/evaluations/999999/report").statusCode()).isEqualTo(404);
    }
}
