package org.zhonghe.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A ledger section kept in a sheet of an XLSX workbook: the first row that is not empty is the
 * header of field names, then one record per row (an empty cell is an absent field, an empty row
 * is skipped). Cells are read as the file holds them ({@link CellText}); each row reaches the
 * consumer as a mapping whose line is the row number a spreadsheet program shows.
 */
final class XlsxLedger {
    private XlsxLedger() {}

    /**
     * Opens a workbook; a file that is not one throws (POI's exceptions, unchecked or not). A
     * part compressed with a method whose codec is optional in the zip reader (Zstandard, XZ —
     * found by the fuzzer: {@code NoClassDefFoundError: com/github/luben/zstd/ZstdInputStream})
     * is not a workbook either: an Office Open XML package may only store or deflate its parts
     * (ECMA-376 Part 2, Annex C), so it throws {@link IOException} like any unreadable file.
     */
    static XSSFWorkbook open(byte[] bytes) throws IOException {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (LinkageError e) {
            if (!isZipCodecMissing(e)) throw e;
            throw new IOException("a part is compressed with a method an XLSX file may not use", e);
        }
    }

    private static boolean isZipCodecMissing(LinkageError e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("org.apache.commons.compress.")) return true;
        }
        return false;
    }

    /**
     * Whether an unchecked exception was thrown by POI or by the XML binding under it (a broken
     * part of the file, read lazily), not by Zhonghe's own code, whose faults must not be
     * mistaken for a user's broken file.
     */
    static boolean isPoiFailure(RuntimeException e) {
        StackTraceElement[] trace = e.getStackTrace();
        if (trace.length == 0) return false;
        String top = trace[0].getClassName();
        return top.startsWith("org.apache.poi.") || top.startsWith("org.apache.xmlbeans.")
                || top.startsWith("org.openxmlformats.");
    }

    /**
     * The sheet of {@code section} when none is named: the sheet named like the section
     * ({@code otherEffects.items}, else {@code otherEffects}), else the first; null when the
     * workbook has no sheet.
     */
    static Sheet sheetFor(XSSFWorkbook wb, String section) {
        Sheet s = wb.getSheet(section);
        int dot = section.indexOf('.');
        if (s == null && dot > 0) s = wb.getSheet(section.substring(0, dot));
        if (s == null && wb.getNumberOfSheets() > 0) s = wb.getSheetAt(0);
        return s;
    }

    /** The names of the workbook's sheets, in order, for a message. */
    static String sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) names.add(wb.getSheetName(i));
        return String.join(", ", names);
    }

    /**
     * The columns of a ledger sheet for its problems: the letters ({@code D}) of the header cell
     * naming the field a path ends with ({@code emissions[e1].amount}, {@code emissions.amout}
     * for an unknown header name), null for a path naming no column. The header is the first
     * row that is not empty, as {@link #read} takes it.
     */
    static Function<String, String> columns(Sheet sheet, boolean date1904, String section) {
        Map<String, String> letters = new HashMap<>();
        for (Row r : sheet) {
            boolean any = false;
            for (int c = 0; c < Math.max(0, r.getLastCellNum()); c++) {
                String name = CellText.of(r.getCell(c), date1904).strip();
                if (name.isEmpty()) continue;
                any = true;
                letters.putIfAbsent(name, CellReference.convertNumToColString(c));
            }
            if (any) break;
        }
        return path -> {
            int bracket = path.lastIndexOf(']');
            String name = bracket >= 0 ? path.substring(bracket + 1)
                    : path.startsWith(section + ".") ? path.substring(section.length()) : "";
            return letters.get(name.startsWith(".") ? name.substring(1) : name);
        };
    }

    /**
     * Reads {@code sheet}, whose problems name {@code file} ({@code ledger.xlsx[emissions]}).
     * Unknown or repeated header fields are reported once, at the header, and their cells left
     * out of the rows, as for CSV; a value in a column without a field name is reported once per
     * column.
     */
    static void read(Sheet sheet, boolean date1904, String file, String section, Set<String> allowed, Problems problems,
                     Consumer<Node.MapNode> rows) {
        String[] header = null;
        String[] written = null;
        Set<Integer> unnamedReported = new HashSet<>();
        for (Row r : sheet) {
            if (problems.isFull(file)) return;
            int line = r.getRowNum() + 1;
            String[] cells = new String[Math.max(0, r.getLastCellNum())];
            boolean any = false;
            for (int c = 0; c < cells.length; c++) {
                cells[c] = CellText.of(r.getCell(c), date1904);
                any |= !cells[c].isBlank();
            }
            if (!any) continue;
            if (header == null) {
                written = cells;
                header = CsvLedger.header(cells, line, file, section, allowed, problems);
                continue;
            }
            List<Node.Field> fields = new ArrayList<>();
            for (int c = 0; c < cells.length; c++) {
                String cell = cells[c];
                if (cell.isBlank()) continue;
                if (c < header.length && header[c] != null) {
                    fields.add(new Node.Field(header[c], line, c + 1, new Node.ScalarNode(cell, true, line, c + 1)));
                } else if ((c >= written.length || written[c].isBlank()) && unnamedReported.add(c)) {
                    problems.add(file, line, section, cell, "xlsx.unnamedColumn", CellReference.convertNumToColString(c),
                            cell, String.join(", ", allowed));
                }
            }
            rows.accept(new Node.MapNode(fields, line, 1));
        }
        if (header == null) problems.add(file, 1, section, null, "xlsx.noHeader", String.join(", ", allowed));
    }
}
