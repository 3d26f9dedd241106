package org.zhonghe.io;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.zhonghe.assessment.Problem;
import org.zhonghe.output.TerminalText;

/**
 * Problems as people and programs read them, in Chinese or English: the line of
 * {@link Problem#toText} ({@code FILE:LINE, field 'F': message}) made safe for a terminal, or a
 * JSON error object. The messages are core's, one per problem code.
 */
public final class ProblemText {
    private final Locale locale;

    private ProblemText(Locale locale) {
        this.locale = locale;
    }

    /** Chinese for any {@code zh} locale, else English. */
    public static ProblemText of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return new ProblemText(locale.getLanguage().equals("zh") ? Locale.CHINESE : Locale.ENGLISH);
    }

    /** What is wrong, without the place: {@code unknown unit "tons"; expected one of: g|kg|t|kt|Mt|Gt}. */
    public String message(Problem p) {
        return p.message(locale);
    }

    /** {@code FILE:LINE, field 'F': message}; the line and field are left out when unknown. */
    public String line(Problem p) {
        // the line is for a terminal: the field and value come from the input (TerminalText)
        return TerminalText.clean(p.toText(locale));
    }

    /**
     * The JSON error object, as plain values for a serialiser: {@code file}, {@code line} (null
     * when unknown), {@code field} (null when none), {@code column} (a workbook cell's column
     * letters, {@code D}; only for a cell of a workbook), {@code value} (as written; null when
     * missing), {@code message}.
     */
    public Map<String, Object> json(Problem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", p.file());
        m.put("line", p.line() > 0 ? p.line() : null);
        m.put("field", p.field().isEmpty() ? null : p.field());
        if (!p.column().isEmpty()) m.put("column", p.column());
        m.put("value", p.value());
        m.put("message", message(p));
        return m;
    }
}
