package org.zhonghe.io.targets;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.zhonghe.targets.Parsed;
import org.zhonghe.targets.ProblemKind;
import org.zhonghe.targets.TrackerLayout;
import org.zhonghe.targets.TrackerRow;
import org.zhonghe.targets.TrackerRows;

/**
 * Reads a Net Zero Tracker export saved as CSV (RFC 4180, Commons CSV), record by record: with or
 * without the export's row of group names above the field names. A byte-order mark is dropped.
 */
public final class TrackerExportCsv {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private TrackerExportCsv() {}

    /**
     * Streams the rows to {@code sink} (each row without problems, in file order) and returns the layout,
     * or every problem of the file.
     *
     * @param reader the file's characters; not closed here
     * @param file   the file's name, for problems
     */
    public static Parsed<TrackerLayout> read(Reader reader, String file, Consumer<TrackerRow> sink) {
        TrackerRows rows = new TrackerRows(file, sink);
        try {
            CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
            long line = 1;
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                for (String value : record) {
                    cells.add(value);
                }
                if (line == 1 && !cells.isEmpty() && cells.get(0).startsWith("\uFEFF")) {
                    cells.set(0, cells.get(0).substring(1));
                }
                rows.accept(line, cells);
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            rows.problem(ProblemKind.MALFORMED_CSV.at(file, 0, "", reason, ""));
        }
        return rows.finish();
    }
}
