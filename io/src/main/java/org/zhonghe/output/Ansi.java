package org.zhonghe.output;

import org.zhonghe.rules.Severity;
import org.zhonghe.rules.Verdict;

/** Colour for terminals only: off when output is piped, when NO_COLOR is set, or TERM is dumb. */
public record Ansi(boolean enabled) {
    public static final Ansi OFF = new Ansi(false);

    /** Colour when standard output is a terminal that accepts it. */
    public static Ansi forTerminal() {
        String term = System.getenv("TERM");
        boolean on = System.console() != null && System.getenv("NO_COLOR") == null
                && term != null && !term.equals("dumb");
        return new Ansi(on);
    }

    String verdict(Verdict v, String text) {
        return paint(switch (v) {
            case SUPPORTED -> "1;32";
            case NOT_SUPPORTED -> "1;31";
            case INDETERMINATE -> "1;33";
        }, text);
    }

    String severity(Severity s, String text) {
        return paint(switch (s) {
            case ERROR -> "31";
            case WARNING -> "33";
            case INFO -> "36";
        }, text);
    }

    String bold(String text) {
        return paint("1", text);
    }

    String dim(String text) {
        return paint("2", text);
    }

    private String paint(String code, String text) {
        return enabled ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
