package org.zhonghe.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.zhonghe.DecimalText;
import org.zhonghe.assessment.Problem;
import org.zhonghe.ledger.LedgerSection;

/**
 * An assessment as an XLSX workbook (assessment-format.md, "The workbook"), read into the same
 * {@link Node} tree as YAML and JSON: the sheet {@code assessment} holds one field a row, its
 * dotted path in column A ({@code entity.id}) and its value in column B (a list or mapping as a
 * YAML flow, {@code [1, 2, 3]}); each ledger section is a sheet of its name whose header row
 * names the fields, read as an XLSX ledger of {@code check} ({@link XlsxLedger}). Cells are read
 * as the spreadsheet shows them ({@link CellText}), never through a double. The assessment's
 * problems name {@code FILE[assessment]}, a ledger's {@code FILE[emissions]}, with the row and
 * the cell's column.
 */
final class WorkbookTree {
    static final String ASSESSMENT = "assessment";
    /** The sheet of each ledger section and the path of the section it holds. */
    static final Map<String, String> SECTIONS = sections();
    private static final Pattern PATH = Pattern.compile("[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*");
    private static final String VALUE_COLUMN = "B";

    /** The tree and the name its problems give the document ({@code acme.xlsx[assessment]}). */
    record Tree(Node root, String document) {}

    private WorkbookTree() {}

    /** The fields a record of the section at {@code path} may have: core's schema ({@link LedgerSection}), or activities'. */
    static List<String> fieldsOf(String path) {
        if (path.equals("activities")) return ActivityRecords.ACTIVITY;
        for (LedgerSection s : LedgerSection.values()) if (s.path().equals(path)) return s.names();
        throw new IllegalArgumentException("no ledger section '" + path + "'");
    }

    /** The tree, or empty after reporting why the workbook cannot be read. */
    static Optional<Tree> parse(byte[] bytes, String file, Problems problems) {
        problems.meet(file);
        XSSFWorkbook wb;
        try {
            wb = XlsxLedger.open(bytes);
        } catch (OLE2NotOfficeXmlFileException e) {
            problems.add(file, 0, "", null, "workbook.xls", file);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // POI's own words name its internals, not what the user can do
            problems.add(file, 0, "", null, "xlsx.unreadable", file);
            return Optional.empty();
        }
        try (wb) {
            return read(wb, file, problems);
        } catch (IOException e) {
            return Optional.empty(); // closing a workbook read from memory: not reached
        } catch (RuntimeException e) {
            // POI reads parts of the file lazily (a sheet, a style): a broken part throws then
            if (!XlsxLedger.isPoiFailure(e)) throw e;
            problems.add(file, 0, "", null, "xlsx.unreadable", file);
            return Optional.empty();
        }
    }

    private static Optional<Tree> read(XSSFWorkbook wb, String file, Problems problems) {
        boolean date1904 = wb.isDate1904();
        Sheet assessment = wb.getSheet(ASSESSMENT);
        if (assessment == null) {
            problems.add(file, 0, "", null, "workbook.noAssessment", XlsxLedger.sheetNames(wb));
            return Optional.empty();
        }
        String document = file + "[" + ASSESSMENT + "]";
        Set<String> written = new HashSet<>();
        problems.meetSheet(document, field -> isWithin(field, written) ? VALUE_COLUMN : null);
        Branch root = new Branch(1);
        readFields(assessment, date1904, document, problems, root, written);
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            Sheet s = wb.getSheetAt(i);
            String name = s.getSheetName();
            if (name.equals(ASSESSMENT)) continue;
            String section = SECTIONS.get(name);
            if (section == null) {
                problems.add(file, 0, "", name, "workbook.sheetUnknown", name, ASSESSMENT + ", " + String.join(", ", SECTIONS.keySet()));
                continue;
            }
            if (isBlank(s, date1904)) continue;
            String where = file + "[" + name + "]";
            problems.meetSheet(where, XlsxLedger.columns(s, date1904, section));
            List<Node> rows = new ArrayList<>();
            XlsxLedger.read(s, date1904, where, section, new LinkedHashSet<>(fieldsOf(section)), problems, rows::add);
            int line = s.getFirstRowNum() + 1;
            root.put(section.split("\\."), line, new Node.ListNode(rows, line, 1, where));
        }
        return Optional.of(new Tree(root.toNode(), document));
    }

    /** The rows of the assessment sheet into {@code root}; {@code written} gets each field's path. */
    private static void readFields(Sheet sheet, boolean date1904, String document, Problems problems, Branch root,
                                   Set<String> written) {
        boolean first = true;
        for (Row r : sheet) {
            int line = r.getRowNum() + 1;
            String path = CellText.of(r.getCell(0), date1904).strip();
            String value = CellText.of(r.getCell(1), date1904).strip();
            if (path.isEmpty() && value.isEmpty()) continue;
            boolean header = first && path.equalsIgnoreCase("field") && value.equalsIgnoreCase("value");
            first = false;
            if (header) continue;
            if (path.isEmpty()) {
                problems.add(document, line, "", DecimalText.abbreviate(value), "workbook.noPath", value);
                continue;
            }
            if (!PATH.matcher(path).matches()) {
                problems.add(document, line, "", path, "workbook.path", path);
                continue;
            }
            if (value.isEmpty()) continue; // an empty cell is an absent field, as in a ledger
            written.add(path);
            Node node = value.startsWith("[") || value.startsWith("{") ? flow(value, document, line, path, problems)
                    : new Node.ScalarNode(value, true, line, 2);
            if (node != null) root.put(path.split("\\."), line, node);
        }
    }

    /** A list or mapping written in a cell as a YAML flow ({@code [1, 2, 3]}), placed at the cell; null after reporting. */
    private static Node flow(String text, String document, int line, String path, Problems problems) {
        Problems own = new Problems();
        Optional<Node> node = YamlTree.parse(text, document, own);
        for (Problem p : own.inFileOrder()) {
            problems.add(document, line, path, DecimalText.abbreviate(text), p.key(), p.args().toArray());
        }
        return node.map(n -> at(n, line)).orElse(null);
    }

    /** The node with every line the cell's row and every column B's. */
    private static Node at(Node n, int line) {
        if (n instanceof Node.MapNode m) {
            List<Node.Field> fields = new ArrayList<>();
            for (Node.Field f : m.fields()) fields.add(new Node.Field(f.key(), line, 2, at(f.value(), line)));
            return new Node.MapNode(fields, line, 2);
        }
        if (n instanceof Node.ListNode l) {
            return new Node.ListNode(l.items().stream().map(i -> at(i, line)).toList(), line, 2);
        }
        Node.ScalarNode s = (Node.ScalarNode) n;
        return new Node.ScalarNode(s.text(), s.literal(), line, 2);
    }

    private static boolean isWithin(String field, Set<String> written) {
        for (String path : written) {
            if (field.equals(path) || field.startsWith(path + ".") || field.startsWith(path + "[")) return true;
        }
        return false;
    }

    private static boolean isBlank(Sheet s, boolean date1904) {
        for (Row r : s) {
            for (int c = 0; c < Math.max(0, r.getLastCellNum()); c++) {
                if (!CellText.of(r.getCell(c), date1904).isBlank()) return false;
            }
        }
        return true;
    }

    private static Map<String, String> sections() {
        Map<String, String> m = new LinkedHashMap<>();
        for (LedgerSection s : LedgerSection.values()) m.put(s.sheet(), s.path());
        m.put("activities", "activities");
        return Collections.unmodifiableMap(m);
    }

    /**
     * Fields met so far at one level of the tree, in the order written. A path repeated is kept
     * twice (the binder reports it); a mapping's fields may be written on rows apart.
     */
    private static final class Branch {
        private final int line;
        private final List<Entry> entries = new ArrayList<>();

        Branch(int line) {
            this.line = line;
        }

        void put(String[] path, int row, Node value) {
            Branch level = this;
            for (int d = 0; d < path.length - 1; d++) level = level.child(path[d], row);
            level.entries.add(new Entry(path[path.length - 1], row, value));
        }

        private Branch child(String key, int row) {
            for (int i = entries.size() - 1; i >= 0; i--) {
                Entry e = entries.get(i);
                if (e.key().equals(key) && e.value() instanceof Branch b) return b;
            }
            Branch b = new Branch(row);
            entries.add(new Entry(key, row, b));
            return b;
        }

        Node toNode() {
            List<Node.Field> fields = new ArrayList<>();
            for (Entry e : entries) {
                Node value = e.value() instanceof Branch b ? b.toNode() : (Node) e.value();
                fields.add(new Node.Field(e.key(), e.line(), 1, value));
            }
            return new Node.MapNode(fields, line, 1);
        }

        /** A field at this level: its value a {@link Node} or a {@link Branch}. */
        private record Entry(String key, int line, Object value) {}
    }
}
