package org.zhonghe.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellTextTest {
    @ParameterizedTest
    @CsvSource({
            "0.1, 0.1",
            "1200.5, 1200.5",
            "2023.0, 2023",
            "100, 100",
            "-5, -5",
            "-0.0, 0",
            "0.30000000000000004, 0.3",
            "1.2E-5, 0.000012",
            "1e3, 1000",
            "123456789012.345, 123456789012.345",
            "12345678901234567, 12345678901234600",
            "1E+999999999, 1E+999999999",
            "not a number, not a number"})
    void a_number_is_its_decimal_text_as_a_spreadsheet_shows_it(String raw, String shown) {
        assertThat(CellText.number(raw)).isEqualTo(shown);
    }

    /**
     * A numeric cell whose stored text is not a number (found by the fuzzer of .ci/run: POI's
     * date test threw IllegalStateException) is shown as its text, dated or not, for the reader
     * to refuse; before the fix this threw.
     */
    @Test
    void a_numeric_cell_holding_text_is_shown_as_its_text() throws IOException {
        for (boolean dated : new boolean[] {false, true}) {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                XSSFCell cell = wb.createSheet("emissions").createRow(0).createCell(0);
                cell.setCellValue(1.0);
                if (dated) {
                    CellStyle style = wb.createCellStyle();
                    style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
                    cell.setCellStyle(style);
                }
                cell.getCTCell().setV("1.2.3abc");
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                wb.write(out);
                try (XSSFWorkbook back = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
                    assertThat(CellText.of(back.getSheetAt(0).getRow(0).getCell(0), false)).isEqualTo("1.2.3abc");
                }
            }
        }
    }
}
