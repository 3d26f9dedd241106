package org.zhonghe.io;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import org.zhonghe.Messages;
import org.zhonghe.assessment.Problem;
import org.zhonghe.output.TerminalText;

/**
 * Problems as people and programs read them, in Chinese or English: the line
 * {@code FILE:LINE: field 'F': message}, or a JSON error object. Keys are looked up in io's
 * bundle ({@code org/zhonghe/io/problems_*.properties}), then in core's {@link Messages}.
 */
public final class ProblemText {
    private static final String BUNDLE = "org.zhonghe.io.problems";

    private final Locale locale;
    private final ResourceBundle bundle;
    private final Messages core;

    private ProblemText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.core = Messages.of(locale);
    }

    /** Chinese for any {@code zh} locale, else English. */
    public static ProblemText of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return new ProblemText(locale.getLanguage().equals("zh") ? Locale.CHINESE : Locale.ENGLISH);
    }

    /** What is wrong, without the place: {@code unknown unit "tons"; expected one of: g|kg|t|kt|Mt|Gt}. */
    public String message(Problem p) {
        String key = "problem." + p.key();
        Object[] args = p.args().stream().map(String::valueOf).toArray();
        if (bundle.containsKey(key)) {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        }
        return core.get(key, args);
    }

    /** {@code FILE:LINE: field 'F': message}; the line and field are left out when unknown. */
    public String line(Problem p) {
        StringBuilder s = new StringBuilder(p.file().isEmpty() ? "-" : p.file());
        if (p.line() > 0) s.append(':').append(p.line());
        s.append(": ");
        if (!p.field().isEmpty()) s.append(fieldWord()).append(" '").append(p.field()).append("': ");
        // the line is for a terminal: the field and value come from the input (TerminalText)
        return TerminalText.clean(s.append(message(p)).toString());
    }

    /**
     * The JSON error object, as plain values for a serialiser: {@code file}, {@code line} (null
     * when unknown), {@code field} (null when none), {@code value} (as written; null when
     * missing), {@code message}.
     */
    public Map<String, Object> json(Problem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", p.file());
        m.put("line", p.line() > 0 ? p.line() : null);
        m.put("field", p.field().isEmpty() ? null : p.field());
        m.put("value", p.value());
        m.put("message", message(p));
        return m;
    }

    private String fieldWord() {
        return locale.getLanguage().equals("zh") ? "字段" : "field";
    }
}
