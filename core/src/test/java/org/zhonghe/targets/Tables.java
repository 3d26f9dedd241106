package org.zhonghe.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Test builder: a {@link CsvTable} from simple comma-separated lines (no quoting; io reads real files). */
final class Tables {
    private Tables() {}

    /** The table of {@code text}: the first line is the header, each later line one record (line 2, 3, …). */
    static CsvTable of(String file, String text) {
        String[] lines = text.split("\n");
        List<String> headers = List.of(lines[0].split(",", -1));
        List<CsvTable.Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",", -1);
            Map<String, String> values = new TreeMap<>();
            for (int c = 0; c < headers.size() && c < cells.length; c++) {
                values.putIfAbsent(headers.get(c).trim().toLowerCase(Locale.ROOT), cells[c].trim());
            }
            rows.add(new CsvTable.Row(i + 1L, values, cells.length));
        }
        return new CsvTable(file, headers, rows);
    }
}
