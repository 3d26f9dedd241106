package org.zhonghe.output;

/**
 * Text from an input file made safe to print to a terminal: every control character but line
 * feed and tab — C0 (ESC, BEL, backspace, carriage return …), DEL and C1 — and the Unicode
 * bidirectional overrides and isolates (which reorder what is shown) are written as a visible
 * escape, {@code \x1b} or {@code \u202e}. Without it a name such as {@code "ACME\x1b[2J"}
 * clears the reader's screen, or retitles their terminal window, when the result is shown.
 * Zhonghe's own colours (Ansi) are added after the text is made safe.
 */
public final class TerminalText {
    private TerminalText() {}

    /** {@code text} with control characters made visible; null stays null. */
    public static String clean(String text) {
        if (text == null) return null;
        int i = 0;
        while (i < text.length() && !isControl(text.charAt(i))) i++;
        if (i == text.length()) return text;
        StringBuilder s = new StringBuilder(text.length() + 8).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isControl(c)) s.append(c);
            else if (c < 0x100) s.append(String.format("\\x%02x", (int) c));
            else s.append(String.format("\\u%04x", (int) c));
        }
        return s.toString();
    }

    static boolean isControl(char c) {
        if (c == '\n' || c == '\t') return false;
        return c < 0x20 || c >= 0x7f && c <= 0x9f
                || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
    }
}
