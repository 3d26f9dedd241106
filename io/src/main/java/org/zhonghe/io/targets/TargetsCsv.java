package org.zhonghe.io.targets;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.zhonghe.targets.CsvTable;
import org.zhonghe.targets.CsvTable.Row;
import org.zhonghe.targets.Parsed;
import org.zhonghe.targets.ProblemKind;

/**
 * Reads a targets file's characters into core's {@link CsvTable} with Apache Commons CSV (RFC 4180:
 * quoted fields may hold commas and line breaks), keeping for every record the line on which it
 * starts. A leading byte-order mark is dropped; empty lines are skipped; values are trimmed.
 */
public final class TargetsCsv {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true).setTrim(true).setAllowMissingColumnNames(true)
            .get();

    private TargetsCsv() {}

    /** Reads the whole input; a file that is not valid CSV gives one {@link ProblemKind#MALFORMED_CSV}. */
    public static Parsed<CsvTable> read(Reader reader, String file) {
        String text;
        try {
            StringBuilder sb = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = reader.read(buffer)) >= 0; ) {
                sb.append(buffer, 0, n);
            }
            text = sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        long[] lineStarts = lineStarts(text);
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            List<String> headers = parser.getHeaderNames();
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> values = new TreeMap<>();
                for (int i = 0; i < headers.size() && i < record.size(); i++) {
                    values.putIfAbsent(headers.get(i).toLowerCase(Locale.ROOT), record.get(i));
                }
                rows.add(new Row(lineOf(lineStarts, record.getCharacterPosition()), values, record.size()));
            }
            return Parsed.of(new CsvTable(file, List.copyOf(headers), List.copyOf(rows)));
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return Parsed.failed(List.of(ProblemKind.MALFORMED_CSV.at(file, 0, "", reason, "")));
        }
    }

    private static long[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToLong(Integer::longValue).toArray();
    }

    private static long lineOf(long[] lineStarts, long position) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= position) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1L;
    }
}
