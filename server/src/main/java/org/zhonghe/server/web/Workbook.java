package org.zhonghe.server.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhonghe.assessment.Problem;
import org.zhonghe.io.CellText;
import org.zhonghe.io.Syntax;
import org.zhonghe.io.AssessmentFile;
import org.zhonghe.server.BadRequest;

/**
 * An assessment as an XLSX workbook: a sheet {@code assessment} with the columns {@code field}
 * and {@code value} (one row per field, dotted paths such as {@code entity.id}), and a sheet per
 * ledger section whose header row is the field names. Cells are read as the spreadsheet shows
 * them, never through a binary double ({@link CellText}, as for XLSX ledgers of {@code check}):
 * a number is the decimal text of its {@code <v>} element to 15 significant digits, a date cell
 * the ISO date of its serial day. Problems name the sheet and its row.
 */
public final class Workbook {
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String ASSESSMENT = "assessment";
    /** The ledger sections, each with its fields in the order of the format (assessment-format.md). */
    static final Map<String, List<String>> SECTIONS = sections();
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}_.+\\-]+");

    private Workbook() {}

    /** A workbook read into an assessment file, and where each line of its parts came from. */
    public record Read(AssessmentFile file, Map<String, List<Integer>> rows) {
        /** The problems of reading {@link #file()}, placed at the sheet and row they came from. */
        public List<Problem> locate(List<Problem> problems) {
            List<Problem> out = new ArrayList<>();
            for (Problem p : problems) {
                String part = p.file().equals("body") || p.file().startsWith(AssessmentFile.DOCUMENT + ".") ? ASSESSMENT
                        : p.file().replaceFirst("\\.csv$", "");
                List<Integer> lines = rows.get(part);
                if (lines == null) {
                    out.add(p);
                    continue;
                }
                long row = p.line() > 0 && p.line() <= lines.size() ? lines.get((int) p.line() - 1) : p.line();
                out.add(new Problem(part, row, p.field(), p.value(), p.key(), p.args()));
            }
            return out;
        }
    }

    /** Reads an uploaded workbook; a file that is not XLSX is a bad request. */
    public static Read read(byte[] xlsx) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Map<String, List<Integer>> rows = new LinkedHashMap<>();
            Map<String, String> ledgers = new LinkedHashMap<>();
            Map<String, List<String[]>> fields = new LinkedHashMap<>();
            for (String section : SECTIONS.keySet()) {
                Sheet s = wb.getSheet(section);
                if (s == null) continue;
                List<Integer> lines = new ArrayList<>();
                String csv = csv(s, wb.isDate1904(), lines);
                if (csv == null) continue;
                ledgers.put(section + ".csv", csv);
                rows.put(section, lines);
            }
            Sheet a = wb.getSheet(ASSESSMENT);
            if (a == null) throw new BadRequest("the workbook has no sheet '" + ASSESSMENT + "' (columns field, value)");
            for (Row r : a) {
                if (r.getRowNum() == 0) continue;
                String field = CellText.of(r.getCell(0), wb.isDate1904()).trim();
                String value = CellText.of(r.getCell(1), wb.isDate1904()).trim();
                if (field.isEmpty() || value.isEmpty()) continue;
                String top = field.split("\\.", 2)[0];
                fields.computeIfAbsent(top, k -> new ArrayList<>()).add(new String[] {field, value, String.valueOf(r.getRowNum() + 1)});
            }
            for (String section : ledgers.keySet()) {
                String name = section.replaceFirst("\\.csv$", "");
                String path = name.equals("otherEffects") ? "otherEffects.items" : name;
                String row = String.valueOf(rows.get(name).get(0));
                fields.computeIfAbsent(name, k -> new ArrayList<>()).add(new String[] {path, "{file: " + section + "}", row});
            }
            List<Integer> docRows = new ArrayList<>();
            String yaml = yaml(fields, docRows);
            rows.put(ASSESSMENT, docRows);
            return new Read(new AssessmentFile(Syntax.YAML, yaml, ledgers), rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadRequest b) throw b;
            // not POI's own words, which name its internals
            throw new BadRequest("the body is not a readable XLSX workbook (the file is damaged, or is another kind of file)"
                    + "; save it from the spreadsheet program as an Excel workbook (.xlsx)");
        }
    }

    /** One YAML line per field row, parents written before their first child; {@code lines} gets each line's row. */
    private static String yaml(Map<String, List<String[]>> groups, List<Integer> lines) {
        StringBuilder out = new StringBuilder();
        for (List<String[]> group : groups.values()) {
            String[] open = new String[0];
            for (String[] f : group) {
                String[] path = f[0].split("\\.");
                int same = 0;
                while (same < open.length && same < path.length - 1 && open[same].equals(path[same])) same++;
                for (int d = same; d < path.length - 1; d++) {
                    out.append("  ".repeat(d)).append(path[d]).append(":\n");
                    lines.add(Integer.parseInt(f[2]));
                }
                out.append("  ".repeat(path.length - 1)).append(path[path.length - 1]).append(": ").append(scalar(f[1])).append('\n');
                lines.add(Integer.parseInt(f[2]));
                open = java.util.Arrays.copyOf(path, path.length - 1);
            }
        }
        return out.toString();
    }

    /** The cell text as YAML: flow collections and plain words as written, anything else quoted. */
    private static String scalar(String v) {
        if (v.startsWith("[") || v.startsWith("{") || PLAIN.matcher(v).matches()) return v;
        return '"' + v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }

    /** The sheet as CSV (header row first), or null when it has no header or no record; {@code lines} gets each line's row. */
    private static String csv(Sheet s, boolean date1904, List<Integer> lines) {
        Row header = s.getRow(s.getFirstRowNum());
        if (header == null || header.getLastCellNum() <= 0) return null;
        int width = header.getLastCellNum();
        StringBuilder out = new StringBuilder();
        for (Row r : s) {
            List<String> cells = new ArrayList<>();
            boolean any = false;
            for (int c = 0; c < Math.max(width, r.getLastCellNum()); c++) {
                String t = CellText.of(r.getCell(c), date1904);
                any |= !t.isEmpty();
                cells.add(t);
            }
            if (!any) continue;
            while (cells.size() > width && cells.get(cells.size() - 1).isEmpty()) cells.remove(cells.size() - 1);
            String line = String.join(",", cells.stream().map(Workbook::csvCell).toList());
            out.append(line).append('\n');
            for (int i = 0; i <= line.chars().filter(ch -> ch == '\n').count(); i++) lines.add(r.getRowNum() + 1);
        }
        return lines.size() > 1 ? out.toString() : null;
    }

    private static String csvCell(String t) {
        if (t.contains(",") || t.contains("\"") || t.contains("\n") || t.contains("\r")) return '"' + t.replace("\"", "\"\"") + '"';
        return t;
    }

    /** The template: the assessment sheet with the example of the format, a sheet per section with its header row. */
    public static byte[] template() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet a = wb.createSheet(ASSESSMENT);
            String[][] fields = {{"field", "value"}, {"version", "1"}, {"entity.id", "acme-2024"}, {"entity.name", "ACME Ltd."},
                    {"entity.type", "organization"}, {"period.from", "2024-01-01"}, {"period.to", "2024-12-31"},
                    {"boundary.scopes", "[1, 2, 3]"}, {"boundary.description", "operational control, all sites"},
                    {"claim.concept", "carbon-neutrality"}, {"claim.profile", "ipcc"}, {"claim.metric", "AR5-GWP100"},
                    {"claim.date", "2025-03-31"}, {"otherEffects.assessed", "true"}};
            for (int i = 0; i < fields.length; i++) row(a, i, fields[i]);
            Map<String, String[]> examples = Map.of(
                    "emissions", new String[] {"e1", "CO2", "1200.5", "t", "1", "", "boilers"},
                    "removals", new String[] {"r1", "afforestation", "300", "t", "true", "", "100", "", ""},
                    "credits", new String[] {"c1", "CCER", "CCER-2023-000123", "avoidance", "", "", "2023", "500", "t", "true", "acme-2024"},
                    "reductions", new String[] {"d1", "rooftop solar", "80", "t"},
                    "otherEffects", new String[] {"o1", "albedo", "-5", "t"});
            for (Map.Entry<String, List<String>> s : SECTIONS.entrySet()) {
                Sheet sheet = wb.createSheet(s.getKey());
                row(sheet, 0, s.getValue().toArray(String[]::new));
                if (examples.containsKey(s.getKey())) row(sheet, 1, examples.get(s.getKey()));
                sheet.setColumnWidth(0, 14 * 256);
            }
            a.setColumnWidth(0, 24 * 256);
            a.setColumnWidth(1, 36 * 256);
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

    private static Map<String, List<String>> sections() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("emissions", List.of("id", "gas", "amount", "unit", "scope", "biogenic", "source"));
        m.put("removals", List.of("id", "kind", "amount", "unit", "managed", "basis", "durabilityYears", "lifecycleEmissions",
                "inBoundary"));
        m.put("credits", List.of("id", "registry", "serial", "type", "kind", "durabilityYears", "vintage", "amount", "unit", "retired",
                "beneficiary", "retiredOn", "ownBoundary", "international", "verified", "etsCovered", "hostCountry"));
        m.put("reductions", List.of("id", "measure", "amount", "unit"));
        m.put("otherEffects", List.of("id", "kind", "amount", "unit"));
        m.put("history", List.of("year", "emissions"));
        return m;
    }
}
