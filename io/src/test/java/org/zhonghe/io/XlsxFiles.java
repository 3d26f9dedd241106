package org.zhonghe.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes small XLSX workbooks for tests, as a spreadsheet program would: a {@link String} is a
 * text cell ({@code "=0.1+0.2"} a formula, its result stored as a spreadsheet program stores
 * it), a {@link Number} a numeric cell (its binary double), a {@link Boolean} a logical
 * cell, a {@link LocalDate} a date-formatted serial day, null no cell at all.
 */
final class XlsxFiles {
    private final Map<String, Object[][]> sheets = new LinkedHashMap<>();

    static XlsxFiles workbook() {
        return new XlsxFiles();
    }

    /** A sheet of rows, the first of them row 1. */
    XlsxFiles sheet(String name, Object[]... rows) {
        sheets.put(name, rows);
        return this;
    }

    static Object[] row(Object... cells) {
        return cells;
    }

    Path writeTo(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (Map.Entry<String, Object[][]> s : sheets.entrySet()) {
                Sheet sheet = wb.createSheet(s.getKey());
                Object[][] rows = s.getValue();
                for (int r = 0; r < rows.length; r++) {
                    if (rows[r] == null) continue;
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < rows[r].length; c++) {
                        Object v = rows[r][c];
                        if (v == null) continue;
                        Cell cell = row.createCell(c);
                        if (v instanceof String t && t.startsWith("=")) cell.setCellFormula(t.substring(1));
                        else if (v instanceof String t) cell.setCellValue(t);
                        else if (v instanceof Number n) cell.setCellValue(n.doubleValue());
                        else if (v instanceof Boolean b) cell.setCellValue(b);
                        else if (v instanceof LocalDate d) {
                            cell.setCellValue(d);
                            cell.setCellStyle(date);
                        } else throw new IllegalArgumentException("cell " + v);
                    }
                }
            }
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            wb.write(out);
        }
        return file;
    }
}
