package org.zhonghe.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhonghe.io.WorkbookTemplate;
import org.zhonghe.server.ServerOptions;
import org.zhonghe.server.ZhongheServer;

/** What the web UI sends to the stateless check, over HTTP: envelopes with CSV ledgers, XLSX workbooks, the profile matrix. */
class CheckBodiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir static Path dir;
    static ZhongheServer server;
    static String token;

    @BeforeAll
    static void start() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        server = ZhongheServer.start(ServerOptions.defaults().withPort(0).withDataDir(dir), new PrintStream(out, true, StandardCharsets.UTF_8));
        token = out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("Admin token: ")).findFirst().orElseThrow().substring(13);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> post(String query, String type, byte[] body) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/check" + query))
                .header("Authorization", "Bearer " + token).header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString());
    }

    static String example(String file) throws Exception {
        return Files.readString(Path.of("").toAbsolutePath().getParent().resolve("examples/acme-csv-ledger/" + file));
    }

    static byte[] envelope(String document, Map<String, String> ledgers) throws Exception {
        return JSON.writeValueAsBytes(Map.of("syntax", "yaml", "document", document, "ledgers", ledgers));
    }

    @Test
    void an_assessment_with_its_csv_ledgers_checks_like_the_command_line() throws Exception {
        var r = post("", "application/json", envelope(example("assessment.yaml"),
                Map.of("emissions.csv", example("emissions.csv"), "credits.csv", example("credits.csv"))));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode expected = JSON.readTree(Path.of("").toAbsolutePath().getParent().resolve("examples/acme-csv-ledger/expected.json").toFile());
        assertThat(JSON.readTree(r.body()).get("verdict")).isEqualTo(expected.get("verdict"));
    }

    @Test
    void a_ledger_reference_to_a_file_not_sent_is_refused_before_anything_is_read() throws Exception {
        String doc = example("assessment.yaml").replace("{file: credits.csv}", "{file: ../../../etc/x.csv}");
        var r = post("", "application/json", envelope(doc, Map.of("emissions.csv", example("emissions.csv"))));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("../../../etc/x.csv").doesNotContain("Exception");
    }

    @Test
    void profile_all_answers_the_profile_matrix() throws Exception {
        var r = post("?profile=all", "application/yaml", Files.readAllBytes(
                Path.of("").toAbsolutePath().getParent().resolve("examples/winter-games-event/assessment.yaml")));
        JsonNode n = JSON.readTree(r.body());
        assertThat(n.get("profile").asText()).isEqualTo("ipcc");
        assertThat(n.get("profiles").fieldNames()).toIterable().contains("ipcc", "iso-14068-1", "pas-2060");
        assertThat(n.at("/profiles/ipcc/verdict").asText()).isEqualTo("SUPPORTED");
    }

    @Test
    void the_template_workbook_checks_and_cells_are_read_as_written() throws Exception {
        var r = post("", WorkbookTemplate.MEDIA_TYPE, WorkbookTemplate.bytes());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).at("/records/0/counted").asText()).isEqualTo("1200.5");

        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(WorkbookTemplate.bytes()))) {
            assertThat(wb.getSheet("credits").getRow(0).getCell(4).getStringCellValue()).isEqualTo("kind"); // rules.md §4 check 6
            XSSFSheet e = wb.getSheet("emissions");
            Row row = e.createRow(2);
            row.createCell(0).setCellValue("e2");
            row.createCell(1).setCellValue("CO2");
            row.createCell(2, CellType.NUMERIC).setCellValue(0.1);
            row.createCell(3).setCellValue("t");
            Row bad = e.createRow(4);
            bad.createCell(0).setCellValue("e3");
            bad.createCell(1).setCellValue("CO2");
            bad.createCell(2).setCellValue("12,5");
            bad.createCell(3).setCellValue("t");
            var out = new ByteArrayOutputStream();
            wb.write(out);
            var invalid = post("", WorkbookTemplate.MEDIA_TYPE, out.toByteArray());
            assertThat(invalid.statusCode()).isEqualTo(422);
            JsonNode error = JSON.readTree(invalid.body()).get("errors").get(0);
            assertThat(error.get("file").asText()).isEqualTo("workbook.xlsx[emissions]");
            assertThat(error.get("field").asText()).isEqualTo("emissions[e3].amount");
            assertThat(error.get("column").asText()).as("the cell's column").isEqualTo("C");
            assertThat(error.get("line").asInt()).as("the sheet's row, blank rows counted").isEqualTo(5);
            assertThat(error.get("value").asText()).isEqualTo("12,5");
            wb.getSheet("emissions").removeRow(bad);
            out = new ByteArrayOutputStream();
            wb.write(out);
            var ok = JSON.readTree(post("", WorkbookTemplate.MEDIA_TYPE, out.toByteArray()).body());
            assertThat(ok.at("/records/1/counted").asText()).as("0.1 as the cell holds it, not 0.1000000000000000055…").isEqualTo("0.1");
        }
    }

    @Test
    void a_body_that_is_not_a_workbook_is_a_bad_request() throws Exception {
        var r = post("", WorkbookTemplate.MEDIA_TYPE, "not a zip".getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }
}
