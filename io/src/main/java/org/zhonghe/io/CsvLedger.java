package org.zhonghe.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A ledger section kept in a CSV file: a header row of field names, then one record per row
 * (quoted cells may hold commas and line breaks; an empty cell is an absent field). Rows are
 * handed on one at a time, each as a mapping whose line is the line where the row starts.
 */
final class CsvLedger {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private CsvLedger() {}

    /**
     * Reads {@code text} (already decoded, BOM dropped). Unknown or repeated header fields are
     * reported once, at the header; their cells are left out of the rows.
     */
    static void read(String text, String file, String section, Set<String> allowed, Problems problems,
                     Consumer<Node.MapNode> rows) {
        int[] lineStarts = lineStarts(text);
        read(new StringReader(text), position -> lineOf(lineStarts, startOf(text, position)), file, section, allowed,
                problems, rows);
    }

    /**
     * Reads a ledger from {@code in} as it comes, holding one row at a time (a ledger too large to
     * hold, {@link LargeLedger}); the same rows and problems as {@link #read(String, String, String, Set, Problems, Consumer)}
     * gives for the same text.
     */
    static void read(java.io.Reader in, String file, String section, Set<String> allowed, Problems problems,
                     Consumer<Node.MapNode> rows) {
        LineTrackingReader lines = new LineTrackingReader(in);
        read(lines, lines::lineOf, file, section, allowed, problems, rows);
    }

    /** The 1-based line where a record whose character position is {@code position} starts. */
    interface Lines {
        int lineOf(long position);
    }

    private static void read(java.io.Reader in, Lines lines, String file, String section, Set<String> allowed,
                             Problems problems, Consumer<Node.MapNode> rows) {
        try (CSVParser parser = CSVParser.parse(in, FORMAT)) {
            Iterator<CSVRecord> it = parser.iterator();
            String[] header = null;
            while (!problems.isFull(file)) {
                // next() without hasNext(): the parser has not read ahead, so its line count tells
                // where a malformed row starts.
                long before = parser.getCurrentLineNumber();
                CSVRecord record;
                try {
                    record = it.next();
                } catch (NoSuchElementException end) {
                    break;
                } catch (UncheckedIOException | IllegalStateException e) {
                    problems.add(file, (int) before + 1, section, null, "csv.malformed", message(e));
                    return;
                }
                int line = lines.lineOf(record.getCharacterPosition());
                if (header == null) {
                    header = header(record.values(), line, file, section, allowed, problems);
                    continue;
                }
                if (record.size() != header.length) {
                    problems.add(file, line, section, null, "csv.cells", String.valueOf(record.size()),
                            String.valueOf(header.length));
                    continue;
                }
                List<Node.Field> fields = new ArrayList<>();
                for (int i = 0; i < header.length; i++) {
                    String cell = record.get(i);
                    if (header[i] == null || cell.isBlank()) continue;
                    fields.add(new Node.Field(header[i], line, 0, new Node.ScalarNode(cell, true, line, 0)));
                }
                rows.accept(new Node.MapNode(fields, line, 1));
            }
            if (header == null) problems.add(file, 1, section, null, "csv.noHeader", String.join(", ", allowed));
        } catch (IOException e) {
            problems.add(file, 0, section, null, "csv.malformed", String.valueOf(e.getMessage()));
        }
    }

    /**
     * The header's field names; null where a column is unnamed, unknown or repeated (each reported
     * at {@code line}). Shared by CSV and XLSX ledgers.
     */
    static String[] header(String[] cells, int line, String file, String section, Set<String> allowed, Problems problems) {
        String[] names = new String[cells.length];
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < cells.length; i++) {
            String name = cells[i].strip();
            if (name.isEmpty()) continue;
            if (!allowed.contains(name)) {
                problems.add(file, line, section + "." + name, name, "field.unknown", name, String.join(", ", allowed));
            } else if (seen.putIfAbsent(name, i) != null) {
                problems.add(file, line, section + "." + name, name, "csv.headerRepeated", name);
            } else {
                names[i] = name;
            }
        }
        return names;
    }

    private static String message(RuntimeException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        // The parser's own "(startline 3)" repeats the line the problem already has.
        return String.valueOf(cause.getMessage()).replaceFirst("^\\((start)?line \\d+\\) ", "");
    }

    /** A record's position counts the empty lines skipped before it; its first line is after them. */
    private static long startOf(String text, long position) {
        long p = position;
        while (p < text.length() && (text.charAt((int) p) == '\n' || text.charAt((int) p) == '\r')) p++;
        return p;
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (lineBreak) {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }

    private static int lineOf(int[] lineStarts, long position) {
        int i = Arrays.binarySearch(lineStarts, (int) position);
        return (i >= 0 ? i : -i - 2) + 1;
    }
}
