package org.zhonghe.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A plain aligned table for terminals; CJK-aware widths; optional wrapped note under a row. */
public final class TextTable {
    private static final Pattern ANSI = Pattern.compile("\u001b\\[[0-9;]*m");
    private static final int NOTE_WIDTH = 92;
    private final String[] header;
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public TextTable(String... header) {
        this.header = header;
    }

    public TextTable row(String... cells) {
        rows.add(cells);
        notes.add(null);
        return this;
    }

    /** A line of explanation printed, wrapped and indented, under the last row. */
    public TextTable note(String text) {
        notes.set(notes.size() - 1, text);
        return this;
    }

    public void print(PrintWriter out, String indent) {
        int[] w = new int[header.length];
        for (int i = 0; i < header.length; i++) w[i] = visible(header[i]);
        for (String[] r : rows) for (int i = 0; i < r.length; i++) w[i] = Math.max(w[i], visible(r[i]));
        out.println(indent + line(header, w));
        for (int i = 0; i < rows.size(); i++) {
            out.println(indent + line(rows.get(i), w));
            if (notes.get(i) != null) {
                for (String l : Texts.wrap(notes.get(i), NOTE_WIDTH)) out.println(indent + "    " + l);
            }
        }
    }

    private static String line(String[] cells, int[] w) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            boolean last = i == cells.length - 1;
            b.append(last ? cells[i] : cells[i] + " ".repeat(Math.max(0, w[i] - visible(cells[i]))) + "  ");
        }
        return b.toString().stripTrailing();
    }

    private static int visible(String s) {
        return Texts.width(ANSI.matcher(s).replaceAll(""));
    }
}
