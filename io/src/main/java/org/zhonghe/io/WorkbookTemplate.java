package org.zhonghe.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The template of an assessment workbook (assessment-format.md, "The workbook"), as the web UI
 * offers it for download: the sheet {@code assessment} with the example of the format, and a sheet
 * per ledger section whose header row is the section's fields, in the order of the format, with
 * an example record. It checks as it is ({@code zhonghe check template.xlsx}).
 */
public final class WorkbookTemplate {
    /** The media type of an XLSX workbook. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String[][] FIELDS = {{"field", "value"}, {"version", "1"}, {"entity.id", "acme-2024"},
            {"entity.name", "ACME Ltd."}, {"entity.type", "organization"}, {"period.from", "2024-01-01"},
            {"period.to", "2024-12-31"}, {"boundary.scopes", "[1, 2, 3]"},
            {"boundary.description", "operational control, all sites"}, {"claim.concept", "carbon-neutrality"},
            {"claim.profile", "ipcc"}, {"claim.metric", "AR5-GWP100"}, {"claim.date", "2025-03-31"},
            {"otherEffects.assessed", "true"}};
    /** An example record of each section, by field. */
    private static final Map<String, Map<String, String>> EXAMPLES = Map.of(
            "emissions", Map.of("id", "e1", "gas", "CO2", "amount", "1200.5", "unit", "t", "scope", "1", "source", "boilers"),
            "removals", Map.of("id", "r1", "kind", "afforestation", "amount", "300", "unit", "t", "managed", "true",
                    "durabilityYears", "100"),
            "credits", Map.of("id", "c1", "registry", "CCER", "serial", "CCER-2023-000123", "type", "avoidance",
                    "vintage", "2023", "amount", "500", "unit", "t", "retired", "true", "beneficiary", "acme-2024"),
            "reductions", Map.of("id", "d1", "measure", "rooftop solar", "amount", "80", "unit", "t"),
            "otherEffects", Map.of("id", "o1", "kind", "albedo", "amount", "-5", "unit", "t"));

    private WorkbookTemplate() {}

    /** The template's bytes. */
    public static byte[] bytes() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet a = wb.createSheet(WorkbookTree.ASSESSMENT);
            for (int i = 0; i < FIELDS.length; i++) row(a, i, FIELDS[i]);
            a.setColumnWidth(0, 24 * 256);
            a.setColumnWidth(1, 36 * 256);
            for (Map.Entry<String, String> s : WorkbookTree.SECTIONS.entrySet()) {
                if (s.getKey().equals("activities")) continue; // activities need a factor set: see assessment-format.md
                String[] fields = WorkbookTree.fieldsOf(s.getValue()).toArray(String[]::new);
                Sheet sheet = wb.createSheet(s.getKey());
                row(sheet, 0, fields);
                Map<String, String> example = EXAMPLES.get(s.getKey());
                if (example != null) {
                    String[] values = new String[fields.length];
                    for (int i = 0; i < fields.length; i++) values[i] = example.getOrDefault(fields[i], "");
                    row(sheet, 1, values);
                }
                sheet.setColumnWidth(0, 14 * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text cells, so that a spreadsheet program keeps {@code 0123} and {@code 1200.50} as typed. */
    private static void row(Sheet sheet, int index, String[] values) {
        Row r = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            if (!values[i].isEmpty()) r.createCell(i, CellType.STRING).setCellValue(values[i]);
        }
    }
}
