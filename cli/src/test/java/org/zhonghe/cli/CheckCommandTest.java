package org.zhonghe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    private static final String STEEL = "../examples/steel-level1-wind-as-removal/assessment.yaml";

    @TempDir Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void the_text_report_shows_verdict_totals_matrix_reasons_and_findings() {
        Run run = Run.of("check", STEEL, "--lang", "en");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("NOT SUPPORTED", "2,470", "850", "Concept matrix", "NOT_A_REMOVAL",
                "reduction, not a removal", "SCOPE3_EXCLUDED", "enterprise level 1");
        assertThat(run.out()).doesNotContain("\u001b[");
    }

    @Test
    void the_report_speaks_chinese_with_lang_zh() {
        Run run = Run.of("check", STEEL, "--lang", "zh");
        assertThat(run.out()).contains("不成立", "碳中和", "这是减排而非移除", "概念矩阵");
        assertThat(Run.of("check", STEEL, "--lang", "zh", "--format", "json").json().path("findings").get(0)
                .path("message").asText()).contains("范围3");
    }

    @Test
    void all_lists_counted_records_too() {
        assertThat(Run.of("check", STEEL, "--all").out()).contains("e1", "e3", "counted");
        assertThat(Run.of("check", STEEL).out()).doesNotContain("  e1  ");
    }

    @Test
    void options_override_the_claim_and_change_the_verdict() {
        JsonNode winter = Run.of("check", "../examples/winter-games-event/assessment.yaml", "--format", "json",
                "--concept", "net-zero-ghg").json();
        assertThat(winter.path("concept").asText()).isEqualTo("net-zero-ghg");
        assertThat(winter.path("verdict").asText()).isEqualTo("NOT_SUPPORTED");
        JsonNode ar6 = Run.of("check", "../examples/winter-games-event/assessment.yaml", "--format", "json",
                "--metric", "AR6-GWP100").json();
        assertThat(ar6.path("totals").path("emissions").asText()).isEqualTo("893060");
    }

    @Test
    void an_unknown_option_value_is_a_usage_error_naming_what_is_expected() {
        Run run = Run.of("check", STEEL, "--concept", "carbon-neutral", "--profile", "iso", "--format", "json");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--concept", "carbon-neutrality", "--profile", "ipcc");
        assertThat(run.json().path("errors")).hasSize(2);
        assertThat(Run.of("check", STEEL, "--frobnicate").exit()).isEqualTo(2);
        assertThat(Run.of("check", dir.resolve("missing.yaml").toString()).exit()).isEqualTo(2);
    }

    @Test
    void every_error_of_a_bad_file_is_listed_with_file_and_line_in_one_run() throws IOException {
        Path file = write("bad.yaml", String.join("\n",
                "version: 1",
                "entity: {id: bad-co, type: organization}",
                "period: {from: 2024-12-31, to: 2024-01-01}",
                "claim: {concept: carbon-neutrality}",
                "emissions:",
                "  - {id: e1, gas: CO2, amount: -5, unit: t}",
                "  - {id: e2, gas: CO2, amount: 5, unit: tons}",
                "  - {id: e3, gas: CH4, amount: 1, unit: t, colour: red}",
                "credits: {file: credits.csv}",
                ""));
        write("credits.csv", "id,registry,serial,type,vintage,amount,unit,retired,beneficiary\n"
                + "c1,CCER,1,avoidance,2023,5,t,true,bad-co\n"
                + "c2,CCER,2,avoidance,2023,5,t\n");
        Run run = Run.of("check", file.toString(), "--format", "json");
        assertThat(run.exit()).isEqualTo(2);
        List<String> places = new ArrayList<>();
        run.json().path("errors").forEach(e -> places.add(Path.of(e.path("file").asText()).getFileName() + ":" + e.path("line").asInt()));
        assertThat(places).contains("bad.yaml:3", "bad.yaml:6", "bad.yaml:7", "bad.yaml:8", "credits.csv:3");
        assertThat(run.err().lines()).anyMatch(l -> l.matches(".*bad\\.yaml:7, .*tons.*"));
        assertThat(run.out()).doesNotContain("verdict");
    }

    @Test
    void rule_table_errors_are_located_too() throws IOException {
        Path file = write("gases.yaml", String.join("\n",
                "version: 1",
                "entity: {id: x, type: organization}",
                "period: {from: 2024-01-01, to: 2024-12-31}",
                "claim: {concept: ghg-neutrality, metric: SAR-GWP100}",
                "emissions:",
                "  - {id: e1, gas: Unobtainium, amount: 1, unit: t}",
                "  - {id: e2, gas: CFC13, amount: 1, unit: t}",
                "  - {id: e1, gas: CH4, amount: 1, unit: t, biogenic: true}",
                "removals:",
                "  - {id: r1, kind: afforestation, amount: 5, unit: t}",
                ""));
        Run run = Run.of("check", file.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("gases.yaml:6, ", "Unobtainium", "gases.yaml:7, ", "SAR-GWP100",
                "gases.yaml:8, ", "duplicate", "biogenic", "gases.yaml:10, ", "managed");
    }

    @Test
    void a_gb18030_file_needs_its_encoding_named() throws IOException {
        String text = String.join("\n", "version: 1", "entity: {id: gb, name: 中文名称, type: organization}",
                "period: {from: 2024-01-01, to: 2024-12-31}", "claim: {concept: carbon-neutrality}",
                "emissions:", "  - {id: e1, gas: CO2, amount: 1, unit: t, source: 锅炉}", "");
        Path file = dir.resolve("gb.yaml");
        Files.write(file, text.getBytes(Charset.forName("GB18030")));
        Run plain = Run.of("check", file.toString());
        assertThat(plain.exit()).isEqualTo(2);
        assertThat(plain.err()).contains("GB18030");
        Run named = Run.of("check", file.toString(), "--encoding", "GB18030", "--format", "json");
        assertThat(named.exit()).isEqualTo(1);
        assertThat(named.json().path("entityName").asText()).isEqualTo("中文名称");
    }

    @Test
    void check_reads_ledgers_from_sheets_of_an_xlsx_workbook_and_locates_their_errors() throws IOException {
        xlsx("good.xlsx", new Object[][] {{"id", "gas", "amount", "unit"}, {"e1", "CO2", 0.1, "t"}, {"e2", "CO2", 0.2, "t"}});
        Path bad = xlsx("bad.xlsx", new Object[][] {{"id", "gas", "amount", "unit"}, {"e1", "CO2", 5, "t"}, {"e2", "CO2", "5 t", "t"}});
        String head = String.join("\n", "version: 1", "entity: {id: x, type: organization}",
                "period: {from: 2024-01-01, to: 2024-12-31}", "claim: {concept: carbon-neutrality, profile: ipcc}", "");
        Path ok = write("ok.yaml", head + "emissions: {file: good.xlsx}\n");
        Path invalid = write("invalid.yaml", head + "emissions: {file: bad.xlsx}\nremovals: {file: good.xlsx, sheet: removals}\n");

        Run run = Run.of("check", ok.toString(), "--format", "json");
        Run en = Run.of("check", invalid.toString(), "--lang", "en");
        Run zh = Run.of("check", invalid.toString(), "--lang", "zh");

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.json().path("totals").path("emissions").asText()).isEqualTo("0.3");
        assertThat(run.json().path("records").get(1).path("line").asInt()).isEqualTo(3);
        assertThat(en.exit()).isEqualTo(2);
        assertThat(en.err()).contains(bad + "[ledger]:3, field 'emissions[e2].amount' (column C): \"5 t\" is not a decimal number",
                "invalid.yaml:6, field 'removals.sheet': the workbook \"good.xlsx\" has no sheet \"removals\"; its sheets are: ledger");
        assertThat(zh.err()).contains(bad + "[ledger]:3，字段 'emissions[e2].amount'（C 列）：", "工作簿“good.xlsx”中没有工作表“removals”；现有工作表：ledger");
    }

    /** A workbook of one sheet, {@code ledger}: strings as text cells, numbers as numeric cells. */
    private Path xlsx(String name, Object[][] rows) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("ledger");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] instanceof Number n) row.createCell(c).setCellValue(n.doubleValue());
                    else row.createCell(c).setCellValue((String) rows[r][c]);
                }
            }
            wb.write(out);
        }
        return file;
    }

    @Test
    void json_result_has_the_contract_shape() {
        JsonNode r = Run.of("check", "../examples/acme-csv-ledger/assessment.yaml", "--format", "json").json();
        assertThat(r.path("entity").asText()).isEqualTo("acme-2024");
        assertThat(r.path("level").asInt()).isEqualTo(2);
        assertThat(r.path("reported").path("biogenicCO2").asText()).isEqualTo("40");
        assertThat(r.path("reported").path("reductions").asText()).isEqualTo("80");
        assertThat(r.path("totals").path("net").asText()).isEqualTo("400.5");
        assertThat(r.path("records").get(0).path("counted").asText()).isEqualTo("1200.5");
        JsonNode finding = r.path("findings").get(0);
        assertThat(finding.path("severity").asText()).isEqualTo("INFO");
        assertThat(finding.path("effect").asText()).isEqualTo("NONE");
        assertThat(finding.path("records").get(0).asText()).isEqualTo("d1");
    }
}
