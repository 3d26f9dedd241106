package org.zhonghe.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhonghe.targets.EntityType;
import org.zhonghe.targets.Parsed;
import org.zhonghe.targets.ProblemKind;
import org.zhonghe.targets.TrackerLayout;
import org.zhonghe.targets.TrackerRow;

class TrackerXlsxTest {
    @TempDir
    Path dir;

    private Path workbook(String sheetName) throws Exception {
        Path file = dir.resolve("export.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("README").createRow(0).createCell(0).setCellValue("not the data");
            Sheet s = wb.createSheet(sheetName);
            Row groups = s.createRow(0);
            groups.createCell(0).setCellValue("Identification");
            groups.createCell(2).setCellValue("End target information");
            Row fields = s.createRow(1);
            String[] names = {"Last_updated", "ID_Code", "End_target", "End_target_year", "GDP", "End_target_text"};
            for (int i = 0; i < names.length; i++) {
                fields.createCell(i).setCellValue(names[i]);
            }
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row a = s.createRow(2);
            a.createCell(0).setCellValue(java.time.LocalDate.of(2025, 11, 9));
            a.getCell(0).setCellStyle(date);
            a.createCell(1).setCellValue("REG-0001");
            a.createCell(2).setCellValue("Climate neutral");
            a.createCell(3).setCellValue(2045);
            a.createCell(4).setCellValue(0.1);
            a.createCell(5).setCellValue("Das Land wird bis 2045 klimaneutral.");
            Row b = s.createRow(4);
            b.createCell(1).setCellValue("COM-0002");
            b.createCell(5).setCellValue("当社は2050年カーボンニュートラルを目指します。");
            wb.write(out);
        }
        return file;
    }

    @Test
    void the_current_snapshot_sheet_is_streamed_with_groups_every_column_and_exact_numbers() throws Exception {
        List<TrackerRow> rows = new ArrayList<>();
        Parsed<TrackerLayout> layout = TrackerXlsx.read(workbook(TrackerXlsx.SHEET), "export.xlsx", rows::add);

        assertThat(layout.isValid()).as(layout.problems().toString()).isTrue();
        assertThat(layout.value().groups()).containsExactly("Identification", "Identification",
                "End target information", "End target information", "End target information", "End target information");
        assertThat(rows).extracting(TrackerRow::line).containsExactly(3L, 5L);
        TrackerRow region = rows.get(0);
        assertThat(region.values()).hasSize(6).containsEntry("Last_updated", "2025-11-09")
                .containsEntry("End_target_year", "2045").containsEntry("GDP", "0.1");
        assertThat(region.entityType()).isEqualTo(EntityType.REGION);
        assertThat(rows.get(1).get("End_target")).isEmpty();
        assertThat(rows.get(1).get("End_target_text")).startsWith("当社は2050年");
    }

    @Test
    void a_workbook_without_the_sheet_or_a_file_that_is_no_workbook_is_one_problem() throws Exception {
        Parsed<TrackerLayout> noSheet = TrackerXlsx.read(workbook("Sheet1"), "export.xlsx", r -> { });
        Path text = Files.writeString(dir.resolve("fake.xlsx"), "not a zip");
        Parsed<TrackerLayout> notXlsx = TrackerXlsx.read(text, "fake.xlsx", r -> { });

        assertThat(noSheet.problems()).singleElement().extracting(p -> p.key()).isEqualTo(ProblemKind.NO_SHEET.code());
        assertThat(notXlsx.problems()).singleElement().extracting(p -> p.key()).isEqualTo(ProblemKind.NOT_A_WORKBOOK.code());
    }
}
