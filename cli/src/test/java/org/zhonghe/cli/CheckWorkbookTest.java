package org.zhonghe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhonghe.io.WorkbookTemplate;

/** {@code zhonghe check} of an assessment workbook, the template the web UI offers for download. */
class CheckWorkbookTest {
    @TempDir Path dir;

    @Test
    void the_downloadable_template_checks_as_an_assessment() throws IOException {
        Path file = Files.write(dir.resolve("template.xlsx"), WorkbookTemplate.bytes());

        Run run = Run.of("check", file.toString(), "--format", "json");

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        JsonNode r = run.json();
        assertThat(r.path("verdict").asText()).isEqualTo("NOT_SUPPORTED");
        assertThat(r.path("totals").path("emissions").asText()).isEqualTo("1200.5");
        assertThat(r.path("totals").path("net").asText()).isEqualTo("400.5");
        assertThat(r.path("records").get(0).path("line").asInt()).as("the emissions sheet's row").isEqualTo(2);
    }

    @Test
    void every_bad_cell_of_a_workbook_is_named_by_sheet_row_and_column_in_english_and_chinese() throws IOException {
        Path file = dir.resolve("acme.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(WorkbookTemplate.bytes()));
             OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet e = wb.getSheet("emissions");
            Row bad = e.createRow(2);
            bad.createCell(0).setCellValue("e2");
            bad.createCell(1).setCellValue("CO2");
            bad.createCell(2).setCellValue("12,5");
            bad.createCell(3).setCellValue("t");
            wb.getSheet("credits").getRow(1).getCell(9).setCellValue("maybe");
            wb.getSheet("assessment").getRow(5).getCell(1).setCellValue("2024-13-01");
            wb.write(out);
        }

        Run en = Run.of("check", file.toString(), "--lang", "en");
        Run zh = Run.of("check", file.toString(), "--lang", "zh");
        Run json = Run.of("check", file.toString(), "--format", "json");

        assertThat(en.exit()).isEqualTo(2);
        assertThat(en.err()).contains(
                file + "[assessment]:6, field 'period.from' (column B): ",
                file + "[emissions]:3, field 'emissions[e2].amount' (column C): \"12,5\" is not a decimal number",
                file + "[credits]:2, field 'credits[c1].retired' (column J): ");
        assertThat(zh.err()).contains(file + "[emissions]:3，字段 'emissions[e2].amount'（C 列）：",
                file + "[credits]:2，字段 'credits[c1].retired'（J 列）：");
        JsonNode error = json.json().path("errors").get(1);
        assertThat(error.path("file").asText()).isEqualTo(file + "[emissions]");
        assertThat(error.path("line").asInt()).isEqualTo(3);
        assertThat(error.path("column").asText()).isEqualTo("C");
    }
}
