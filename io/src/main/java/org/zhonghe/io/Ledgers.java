package org.zhonghe.io;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Ledger sections: an inline list of records, or {@code {file: NAME.csv}} read from the assessment's
 * {@link Siblings} (the files next to it, or the parts sent with it) in the same charset, or {@code {file: NAME.xlsx, sheet: NAME}}, a
 * sheet of a workbook there. Either way each record reaches the visitor as a mapping with the
 * file it was written in.
 */
final class Ledgers {
    private static final List<String> FILE_REF_FIELDS = List.of("file", "sheet");

    /** Receives each record of a section: its mapping, file and 1-based position. */
    interface Visitor {
        void record(Node.MapNode record, String file, int index);
    }

    private final Siblings siblings;
    private final Charset charset;
    private final Problems problems;
    private long largeAbove = Long.MAX_VALUE;
    private LargeLedger.Progress progress = LargeLedger.Progress.NONE;
    private boolean deferrable;
    private LargeLedger large;

    /**
     * {@code siblings}: where a {@code file:} reference is read from; null when references are
     * not allowed (an assessment sent as text alone: the server never reads a file a client names).
     */
    Ledgers(Siblings siblings, Charset charset, Problems problems) {
        this.siblings = siblings;
        this.charset = charset;
        this.problems = problems;
    }

    /**
     * Defers an emissions ledger in a CSV file of more than {@code bytes} bytes on disk
     * ({@link LargeLedger}) instead of reading it.
     */
    void deferAbove(long bytes, LargeLedger.Progress progress) {
        this.largeAbove = bytes;
        this.progress = progress;
    }

    /** Whether the next section may be deferred (the emissions, when no activity data join them). */
    void deferrable(boolean yes) {
        deferrable = yes;
    }

    /** The deferred emissions ledger; null when none was. */
    LargeLedger large() {
        return large;
    }

    /**
     * Visits the records of field {@code name} of {@code parent}, a section written at
     * {@code section} ({@code emissions}, {@code otherEffects.items}) whose records may have the
     * {@code allowed} fields.
     */
    void forEach(Fields parent, String name, String section, List<String> allowed, Visitor visitor) {
        Node node = parent.node(name);
        if (node == null) return;
        if (node instanceof Node.ListNode list) {
            String file = list.file() == null ? parent.file() : list.file();
            int index = 0;
            for (Node item : list.items()) {
                index++;
                if (item instanceof Node.MapNode record) {
                    visitor.record(record, file, index);
                } else {
                    problems.add(parent.file(), item.line(), section + "[" + index + "]", null, "type.record." + item.kind(),
                            String.join(", ", allowed));
                }
            }
        } else if (node instanceof Node.MapNode ref) {
            readFile(Fields.of(ref, parent.file(), section, FILE_REF_FIELDS, problems), section, allowed, visitor);
        } else {
            parent.report(name, ((Node.ScalarNode) node).text(), "ledger.shape");
        }
    }

    private void readFile(Fields ref, String section, List<String> allowed, Visitor visitor) {
        String name = ref.text("file", true);
        String sheet = ref.text("sheet", false);
        if (name == null || !ref.isValid()) return;
        if (siblings == null) {
            ref.report("file", name, "ledger.fileNotAllowed");
            return;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xls")) {
            ref.report("file", name, "ledger.xls", name);
            return;
        }
        boolean xlsx = lower.endsWith(".xlsx");
        boolean json = lower.endsWith(".json");
        if (!xlsx && !json && !lower.endsWith(".csv")) {
            ref.report("file", name, "ledger.format", name);
            return;
        }
        if (siblings.isOutside(name)) {
            ref.report("file", name, "ledger.outside", name);
            return;
        }
        String file = siblings.nameOf(name);
        if (deferrable && !xlsx && !json && siblings instanceof Siblings.Directory d) {
            try {
                java.nio.file.Path path = d.resolve(name);
                if (java.nio.file.Files.isRegularFile(path) && java.nio.file.Files.size(path) > largeAbove) {
                    problems.meet(file);
                    large = LargeLedger.of(path, file, charset, progress);
                    return;
                }
            } catch (IOException | java.nio.file.InvalidPathException e) {
                // read as any ledger, which reports why it cannot be
            }
        }
        byte[] bytes;
        try {
            bytes = siblings.read(name);
        } catch (NoSuchFileException e) {
            ref.report("file", name, "ledger.notFound", name, file);
            return;
        } catch (IOException | RuntimeException e) {
            ref.report("file", name, "file.unreadable", file, String.valueOf(e.getMessage()));
            return;
        }
        if (xlsx) {
            readWorkbook(ref, name, sheet, file, bytes, section, allowed, visitor);
            return;
        }
        problems.meet(file);
        String text;
        try {
            text = SourceText.decode(bytes, charset);
        } catch (SourceText.DecodingException e) {
            reportEncoding(problems, file, charset, e.malformed());
            return;
        }
        if (json) {
            readJsonArray(text, file, section, allowed, visitor);
            return;
        }
        CsvLedger.read(text, file, section, new LinkedHashSet<>(allowed), problems,
                new Counter(file, visitor)::row);
    }

    /**
     * The sheet of an XLSX ledger: the one named in {@code sheet}, else the one named like the
     * section, else the first. Its records and problems name the file with the sheet,
     * {@code ledgers.xlsx[emissions]}.
     */
    private void readWorkbook(Fields ref, String name, String sheet, String file, byte[] bytes, String section,
                              List<String> allowed, Visitor visitor) {
        XSSFWorkbook wb;
        try {
            wb = XlsxLedger.open(bytes);
        } catch (OLE2NotOfficeXmlFileException e) {
            ref.report("file", name, "ledger.xls", name);
            return;
        } catch (IOException | RuntimeException e) {
            // POI's own words ("OOXML file structure broken/invalid - no core document found!") tell a user nothing
            ref.report("file", name, "xlsx.unreadable", name);
            return;
        }
        try (wb) {
            Sheet s = sheet == null ? XlsxLedger.sheetFor(wb, section) : wb.getSheet(sheet);
            if (s == null && sheet != null) {
                ref.report("sheet", sheet, "xlsx.sheetNotFound", name, sheet, XlsxLedger.sheetNames(wb));
                return;
            }
            if (s == null) {
                ref.report("file", name, "xlsx.noSheet", name);
                return;
            }
            String where = file + "[" + s.getSheetName() + "]";
            problems.meetSheet(where, XlsxLedger.columns(s, wb.isDate1904(), section));
            XlsxLedger.read(s, wb.isDate1904(), where, section, new LinkedHashSet<>(allowed), problems,
                    new Counter(where, visitor)::row);
        } catch (IOException e) {
            // closing a workbook read from memory: nothing to release
        } catch (RuntimeException e) {
            // POI parses parts of the file lazily, as a sheet, a style or a flag is first read: a
            // broken part (<workbookPr date1904="fal/e"/>, found by the fuzzer) throws then.
            if (!XlsxLedger.isPoiFailure(e)) throw e;
            ref.report("file", name, "xlsx.unreadable", name);
        }
    }

    /** A JSON ledger ({@code zhonghe inventory --format json}): an array of records. */
    private void readJsonArray(String text, String file, String section, List<String> allowed, Visitor visitor) {
        var root = JsonTree.parse(text.startsWith("\uFEFF") ? text.substring(1) : text, file, problems);
        if (root.isEmpty()) return;
        if (!(root.get() instanceof Node.ListNode list)) {
            problems.add(file, root.get().line(), section, null, "type.list." + root.get().kind());
            return;
        }
        int index = 0;
        for (Node item : list.items()) {
            index++;
            if (item instanceof Node.MapNode record) {
                visitor.record(record, file, index);
            } else {
                problems.add(file, item.line(), section + "[" + index + "]", null, "type.record." + item.kind(),
                        String.join(", ", allowed));
            }
        }
    }

    /** The name problems give a file next to the assessment. */
    String sibling(String name) {
        return siblings == null ? name : siblings.nameOf(name);
    }

    /**
     * The text of a file named next to the assessment (a user's factor set), in the assessment's
     * charset; null after reporting why it cannot be read (the same rules as a ledger file).
     */
    String readText(String file, int line, String field, String name) {
        if (siblings == null) {
            problems.add(file, line, field, name, "ledger.fileNotAllowed");
            return null;
        }
        if (siblings.isOutside(name)) {
            problems.add(file, line, field, name, "ledger.outside", name);
            return null;
        }
        try {
            byte[] bytes = siblings.read(name);
            problems.meet(sibling(name));
            return SourceText.decode(bytes, charset);
        } catch (NoSuchFileException e) {
            problems.add(file, line, field, name, "ledger.notFound", name, sibling(name));
        } catch (SourceText.DecodingException e) {
            reportEncoding(problems, sibling(name), charset, e.malformed());
        } catch (IOException | RuntimeException e) {
            problems.add(file, line, field, name, "file.unreadable", sibling(name), String.valueOf(e.getMessage()));
        }
        return null;
    }

    static void reportEncoding(Problems problems, String file, Charset charset, SourceText.Malformed m) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            problems.add(file, m.line(), "", m.bytes(), "encoding.notUtf8", m.bytes());
        } else {
            problems.add(file, m.line(), "", m.bytes(), "encoding.invalid", m.bytes(), charset.name());
        }
    }

    private static final class Counter {
        private final String file;
        private final Visitor visitor;
        private int index;

        Counter(String file, Visitor visitor) {
            this.file = file;
            this.visitor = visitor;
        }

        void row(Node.MapNode row) {
            visitor.record(row, file, ++index);
        }
    }
}
