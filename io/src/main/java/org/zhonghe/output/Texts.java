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


    /** Words of {@code text} wrapped to lines of at most {@code columns} display columns (CJK may break anywhere). */
    public static List<String> wrap(String text, int columns) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            int cw = isWide(cp) ? 2 : 1;
            if (w + cw > columns) {
                int space = isWide(cp) ? -1 : line.lastIndexOf(" ");
                if (space > 0 && cp != ' ') {
                    lines.add(line.substring(0, space));
                    String rest = line.substring(space + 1);
                    line = new StringBuilder(rest);
                    w = width(rest);
                } else {
                    lines.add(line.toString().stripTrailing());
                    line = new StringBuilder();
                    w = 0;
                    if (cp == ' ') { i += Character.charCount(cp); continue; }
                }
            }
            line.append(ch);
            w += cw;
            i += Character.charCount(cp);
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }
}
