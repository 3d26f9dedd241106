package org.zhonghe.cli.targets;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A table of the targets commands: rows of any values, the first row usually the header, some
 * columns right-aligned. Printed by {@link org.zhonghe.output.TextTable}, so it fits the terminal
 * ({@code COLUMNS}) and counts Chinese characters as two columns, as every other table does.
 */
final class TextTable {
    private final List<String[]> rows = new ArrayList<>();
    private final boolean[] rightAligned;

    TextTable(boolean... rightAligned) {
        this.rightAligned = rightAligned;
    }

    TextTable row(Object... cells) {
        String[] row = new String[cells.length];
        for (int i = 0; i < cells.length; i++) row[i] = cells[i] == null ? "" : cells[i].toString();
        rows.add(row);
        return this;
    }

    void print(PrintWriter out) {
        if (rows.isEmpty()) return;
        org.zhonghe.output.TextTable t = new org.zhonghe.output.TextTable(rows.get(0)).alignRight(rightAligned);
        for (String[] r : rows.subList(1, rows.size())) t.row(r);
        t.print(out, "");
    }
}
