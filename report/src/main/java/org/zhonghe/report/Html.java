package org.zhonghe.report;

import java.util.List;

/**
 * A small writer of well-formed XHTML (the PDF renderer parses it as XML): every text escaped,
 * every element closed. Attributes come as name, value pairs.
 */
final class Html {
    private final StringBuilder b = new StringBuilder(64 * 1024);

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    // XML 1.0 forbids most control characters; a ledger text should never carry them
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') out.append(' ');
                    else out.append(c);
                }
            }
        }
        return out.toString();
    }

    Html open(String tag, String... attrs) {
        b.append('<').append(tag);
        attributes(attrs);
        b.append('>');
        return this;
    }

    Html close(String tag) {
        b.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding only text. */
    Html el(String tag, String text, String... attrs) {
        return open(tag, attrs).text(text).close(tag);
    }

    Html text(String s) {
        b.append(escape(s));
        return this;
    }

    /** Markup made by this package (SVG, CSS), inserted as it is. */
    Html raw(String s) {
        b.append(s);
        return this;
    }

    /** A table head row. */
    Html head(List<String> cells) {
        open("thead").open("tr");
        for (String c : cells) el("th", c);
        return close("tr").close("thead");
    }

    /** A body row; a cell marked by {@link #num} is right-aligned, by {@link #keep} never wrapped. */
    Html row(List<String> cells) {
        open("tr");
        for (String c : cells) {
            if (c.startsWith(NUM)) el("td", c.substring(NUM.length()), "class", "num");
            else if (c.startsWith(KEEP)) el("td", c.substring(KEEP.length()), "class", "keep");
            else el("td", c);
        }
        return close("tr");
    }

    /** Marks a cell as a number for {@link #row}. */
    static final String NUM = "\u0000num:";

    static String num(String s) {
        return NUM + s;
    }

    /** Marks a cell for {@link #row} whose short text must not wrap (a status). */
    static final String KEEP = "\u0000keep:";

    static String keep(String s) {
        return KEEP + s;
    }

    private void attributes(String... attrs) {
        if (attrs.length % 2 != 0) throw new IllegalArgumentException("attributes come in pairs: " + List.of(attrs));
        for (int i = 0; i < attrs.length; i += 2) {
            b.append(' ').append(attrs[i]).append("=\"").append(escape(attrs[i + 1])).append('"');
        }
    }

    @Override
    public String toString() {
        return b.toString();
    }
}
