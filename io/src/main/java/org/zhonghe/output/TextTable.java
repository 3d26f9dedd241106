package org.zhonghe.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A plain aligned table for terminals; CJK-aware widths; optional wrapped note under a row. It fits
 * the terminal's width ({@code COLUMNS}) by wrapping its widest cells between words (a word, a
 * number or a serial is never broken, so a table of long serials may stay wider).
 */
public final class TextTable {
    private static final Pattern ANSI = Pattern.compile("\u001b\\[[0-9;]*m");
    private static final int NOTE_WIDTH = 92;
    private static final int MIN_WIDTH = 8;
    private final String[] header;
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private boolean[] right = new boolean[0];
    private int[] measured;
    private int[] floors;
    private int noteWidth;

    public TextTable(String... header) {
        this.header = header;
    }

    /** Right-aligns the columns marked true (numbers), in column order; the others stay left-aligned. */
    public TextTable alignRight(boolean... columns) {
        right = columns.clone();
        return this;
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

    /** Prints the table within the terminal's width: {@code COLUMNS} when set, else unbounded (a pipe or a file). */
    public void print(PrintWriter out, String indent) {
        print(out, indent, Texts.terminalColumns());
    }

    /**
     * Prints the table within {@code columns} display columns: when the natural widths do not fit,
     * the widest columns are narrowed (never below {@link #MIN_WIDTH}) and their cells wrap onto
     * more lines; notes wrap to the same width.
     */
    public void print(PrintWriter out, String indent, int columns) {
        int n = header.length;
        for (String[] r : rows) n = Math.max(n, r.length);
        int[] w = new int[n];
        for (int i = 0; i < header.length; i++) w[i] = visible(header[i]);
        int[] floor = new int[n];
        for (int i = 0; i < header.length; i++) floor[i] = Texts.longestUnit(header[i]);
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                w[i] = Math.max(w[i], visible(r[i]));
                floor[i] = Math.max(floor[i], Texts.longestUnit(r[i]));
            }
        }
        narrow(w, floor, columns - Texts.width(indent) - 2 * (w.length - 1));
        print(out, indent, header, w, right);
        int noteWidth = Math.max(MIN_WIDTH, Math.min(NOTE_WIDTH, columns - Texts.width(indent) - 4));
        for (int i = 0; i < rows.size(); i++) {
            print(out, indent, rows.get(i), w, right);
            if (notes.get(i) != null) {
                for (String l : Texts.wrap(notes.get(i), noteWidth)) out.println(indent + "    " + l);
            }
        }
    }

    /**
     * For rows too many to hold: widens the columns to fit {@code cells} without keeping them
     * (then {@link #printHead} and {@link #printRow}, which print what {@link #print} prints).
     */
    public TextTable measure(String... cells) {
        if (measured == null) {
            measured = new int[header.length];
            floors = new int[header.length];
            for (int i = 0; i < header.length; i++) {
                measured[i] = visible(header[i]);
                floors[i] = Texts.longestUnit(header[i]);
            }
        }
        if (cells.length > measured.length) {
            measured = java.util.Arrays.copyOf(measured, cells.length);
            floors = java.util.Arrays.copyOf(floors, cells.length);
        }
        for (int i = 0; i < cells.length; i++) {
            measured[i] = Math.max(measured[i], visible(cells[i]));
            floors[i] = Math.max(floors[i], Texts.longestUnit(cells[i]));
        }
        return this;
    }

    /** The header of a measured table, fitted to the terminal's width as {@link #print} fits it. */
    public void printHead(PrintWriter out, String indent) {
        int columns = Texts.terminalColumns();
        if (measured == null) measure();
        narrow(measured, floors, columns - Texts.width(indent) - 2 * (measured.length - 1));
        noteWidth = Math.max(MIN_WIDTH, Math.min(NOTE_WIDTH, columns - Texts.width(indent) - 4));
        print(out, indent, header, measured, right);
    }

    /** One row of a measured table, after {@link #printHead}, with its note (may be null). */
    public void printRow(PrintWriter out, String indent, String note, String... cells) {
        print(out, indent, cells, measured, right);
        if (note != null) for (String l : Texts.wrap(note, noteWidth)) out.println(indent + "    " + l);
    }

    /** The width the environment gives ({@code COLUMNS}), or no bound when it is unset or not a sensible number. */
    static int terminalColumns(String env) {
        return Texts.terminalColumns(env);
    }

    /**
     * Narrows the widest columns, one column at a time, until they sum to {@code room} or none can
     * give more: a column keeps at least {@link #MIN_WIDTH} and its longest word ({@code floor}),
     * since a word, a number or a serial is never broken.
     */
    private static void narrow(int[] w, int[] floor, int room) {
        int total = 0;
        for (int x : w) total += x;
        while (total > room) {
            int widest = -1;
            for (int i = 0; i < w.length; i++) {
                boolean can = w[i] > Math.max(MIN_WIDTH, floor[i]);
                if (can && (widest < 0 || w[i] > w[widest])) widest = i;
            }
            if (widest < 0) return;
            w[widest]--;
            total--;
        }
    }

    private static void print(PrintWriter out, String indent, String[] cells, int[] w, boolean[] right) {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < cells.length; i++) {
            List<String> lines = visible(cells[i]) <= w[i] ? List.of(cells[i])
                    : Texts.wrap(ANSI.matcher(cells[i]).replaceAll(""), w[i]);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        for (int l = 0; l < height; l++) {
            String[] line = new String[cells.length];
            for (int i = 0; i < cells.length; i++) line[i] = l < wrapped.get(i).size() ? wrapped.get(i).get(l) : "";
            String text = indent + line(line, w, right);
            if (out instanceof WrappingWriter fitted) fitted.printlnVerbatim(text);
            else out.println(text);
        }
    }

    private static String line(String[] cells, int[] w, boolean[] right) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            boolean last = i == cells.length - 1;
            String pad = " ".repeat(Math.max(0, w[i] - visible(cells[i])));
            if (i < right.length && right[i]) b.append(pad).append(cells[i]).append(last ? "" : "  ");
            else b.append(last ? cells[i] : cells[i] + pad + "  ");
        }
        return b.toString().stripTrailing();
    }

    private static int visible(String s) {
        return Texts.width(ANSI.matcher(s).replaceAll(""));
    }
}
