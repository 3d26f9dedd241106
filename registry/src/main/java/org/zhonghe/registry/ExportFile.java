package org.zhonghe.registry;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStreamReader;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads one CSV export with commons-csv (quoted cells may hold commas and line breaks), row by
 * row, each with the line it starts on; a row either becomes a result or a {@link Rejection}.
 */
final class ExportFile {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
            .get();

    /** What one row became: read (after {@code onRead}) or rejected. */
    interface RowReader<T> {
        T read(Row row);
    }

    private ExportFile() {}

    /**
     * Reads {@code folder/name} (reported as {@code label/name}); hands each read row's value
     * to {@code onRead}, each rejection to the sink; reports the file's counts. A missing file
     * reads as no rows. Unreadable bytes or broken quoting reject the rest of the file.
     */
    static <T> void read(Path folder, String label, String name, RegistrySink sink, RowReader<T> reader,
                         java.util.function.Consumer<T> onRead) {
        Path file = folder.resolve(name);
        String shown = label + "/" + name;
        if (!Files.isRegularFile(file)) return;
        long rows = 0, read = 0, rejected = 0;
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader in = new InputStreamReader(Files.newInputStream(file), decoder);
             CSVParser parser = CSVParser.builder().setReader(skipBom(in)).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                long start = parser.getCurrentLineNumber() + 1;
                CSVRecord r;
                try {
                    r = it.next();
                } catch (NoSuchElementException end) {
                    break;
                } catch (UncheckedIOException | IllegalStateException e) {
                    rows++;
                    rejected++;
                    sink.rejected(new Rejection(new Source(shown, start), "unreadable CSV from here on: " + cause(e)));
                    break;
                }
                rows++;
                Source source = new Source(shown, start);
                try {
                    T value = reader.read(new Row(r, source));
                    onRead.accept(value);
                    read++;
                } catch (RowError | IllegalArgumentException e) {
                    // IllegalArgumentException: a value the registry's own types refuse (a vintage that
                    // ends before it starts — found by the fuzzer), a fault of this row, not of the file
                    rejected++;
                    sink.rejected(new Rejection(source, e.getMessage()));
                }
            }
        } catch (CharacterCodingException e) {
            rows++;
            rejected++;
            sink.rejected(new Rejection(new Source(shown, 0), "not UTF-8 text"));
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            rows++;
            rejected++;
            sink.rejected(new Rejection(new Source(shown, 1), "cannot read the file: " + cause(e)));
        }
        sink.fileRead(new FileCount(shown, rows, read, rejected));
    }

    private static String cause(Exception e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static Reader skipBom(Reader in) throws IOException {
        java.io.PushbackReader p = new java.io.PushbackReader(in, 1);
        int c = p.read();
        if (c != -1 && c != '\uFEFF') p.unread(c);
        return p;
    }
}
