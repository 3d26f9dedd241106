package org.zhonghe.io.targets;

import java.io.Reader;
import java.util.Objects;
import org.zhonghe.targets.CsvTable;
import org.zhonghe.targets.EmissionsSeries;
import org.zhonghe.targets.Parsed;

/** Reads an emissions series file ({@code year, emissions[, gdp, removals]}) as CSV into {@link EmissionsSeries}. */
public final class EmissionsSeriesCsv {
    private EmissionsSeriesCsv() {}

    /**
     * The series, or every problem of the file.
     *
     * @param reader the file's characters; not closed here
     * @param file   the file's name, for problems
     */
    public static Parsed<EmissionsSeries> read(Reader reader, String file) {
        Objects.requireNonNull(reader, "reader");
        Parsed<CsvTable> csv = TargetsCsv.read(reader, file);
        return csv.isValid() ? EmissionsSeries.from(csv.value()) : Parsed.failed(csv.problems());
    }
}
