package org.zhonghe.output;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.zhonghe.Decimals;

/** Small text helpers shared by the renderers: display width of CJK text, grouped exact decimals. */
public final class Texts {
    private Texts() {}

    /** Columns a string takes on a terminal: East Asian wide and full-width characters take two. */
    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /** {@code s} padded with spaces to {@code columns} display columns (left-aligned). */
    public static String padRight(String s, int columns) {
        return s + " ".repeat(Math.max(0, columns - width(s)));
    }

    /** {@code s} padded with spaces to {@code columns} display columns (right-aligned). */
    public static String padLeft(String s, int columns) {
        return " ".repeat(Math.max(0, columns - width(s))) + s;
    }

    /** An exact decimal with its integer digits grouped by three ({@code 38,900,000,000.5}); nothing is rounded. */
    public static String grouped(BigDecimal x) {
        return Decimals.grouped(x);
    }


    /** Wide punctuation that may not begin a line (it closes what precedes it). */
    private static final String CLOSING = "，。、；：！？）》」』】〉〕…％～";
    /** Wide punctuation that may not end a line (it opens what follows it). */
    private static final String OPENING = "（《「『【〈〔“‘";

    /**
     * {@code text} wrapped to lines of at most {@code columns} display columns. A line breaks at a
     * space or between two Chinese characters, never inside a word, a number or a serial (a run of
     * characters without a space), never before closing or after opening Chinese punctuation; a
     * unit wider than {@code columns} stands alone on its line, whole. Line feeds are kept;
     * terminal colour codes take no room.
     */
    public static List<String> wrap(String text, int columns) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) wrapParagraph(paragraph, columns, lines);
        return lines;
    }

    private static void wrapParagraph(String text, int columns, List<String> lines) {
        StringBuilder line = new StringBuilder();
        int lineWidth = 0;
        boolean broken = false;
        int i = 0;
        while (i < text.length()) {
            int gapStart = i;
            while (i < text.length() && text.charAt(i) == ' ') i++;
            if (i == text.length()) break;
            String gap = text.substring(gapStart, i);
            int unitEnd = unitEnd(text, i);
            String unit = text.substring(i, unitEnd);
            int unitWidth = visibleWidth(unit);
            if (lineWidth > 0 && lineWidth + gap.length() + unitWidth > columns) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                lineWidth = 0;
                broken = true;
            }
            if (lineWidth > 0 || !broken) {
                line.append(gap);
                lineWidth += gap.length();
            }
            line.append(unit);
            lineWidth += unitWidth;
            i = unitEnd;
        }
        lines.add(line.toString().stripTrailing());
    }

    /** The end of the unbreakable unit that starts at {@code i} (not a space). */
    private static int unitEnd(String s, int i) {
        int cp = s.codePointAt(i);
        int j;
        if (isWide(cp)) {
            j = i + Character.charCount(cp);
            // an opening mark keeps the next character; closing marks stay with this one
            if (OPENING.indexOf(cp) >= 0 && j < s.length() && s.charAt(j) != ' ') return unitEnd(s, j);
        } else {
            j = i;
            while (j < s.length()) {
                int c = s.codePointAt(j);
                if (c == ' ' || isWide(c) && CLOSING.indexOf(c) < 0) break;
                if (c == 0x1b) {
                    int m = s.indexOf('m', j);
                    j = m < 0 ? s.length() : m + 1;
                    continue;
                }
                j += Character.charCount(c);
            }
            if (j == i) j = i + Character.charCount(cp);
        }
        while (j < s.length() && CLOSING.indexOf(s.codePointAt(j)) >= 0) j += Character.charCount(s.codePointAt(j));
        return j;
    }

    /** Display columns of {@code s} without its terminal colour codes. */
    static int visibleWidth(String s) {
        return width(s.indexOf(0x1b) < 0 ? s : s.replaceAll("\u001b\\[[0-9;]*m", ""));
    }

    /** The widest unit {@link #wrap} never breaks in {@code text}: the narrowest column that shows it whole. */
    public static int longestUnit(String text) {
        int longest = 0;
        for (int i = 0; i < text.length(); ) {
            if (text.charAt(i) == ' ' || text.charAt(i) == '\n') {
                i++;
                continue;
            }
            int end = unitEnd(text, i);
            longest = Math.max(longest, visibleWidth(text.substring(i, end)));
            i = end;
        }
        return longest;
    }

    /** The terminal's width from {@code COLUMNS}; no bound (a pipe, a file) when it is unset or not a sensible number. */
    public static int terminalColumns() {
        return terminalColumns(System.getenv("COLUMNS"));
    }

    /** The width {@code env} (the value of {@code COLUMNS}) gives: a number from 20; otherwise no bound. */
    public static int terminalColumns(String env) {
        if (env == null || !env.trim().matches("[0-9]{1,5}")) return Integer.MAX_VALUE;
        int c = Integer.parseInt(env.trim());
        return c < 20 ? Integer.MAX_VALUE : c;
    }

    /** A paragraph's width: {@code preferred} (for reading), narrower when the terminal leaves less room after {@code indent} columns. */
    public static int paragraphWidth(int preferred, int indent) {
        int columns = terminalColumns();
        return columns == Integer.MAX_VALUE ? preferred : Math.max(12, Math.min(preferred, columns - indent));
    }
}
