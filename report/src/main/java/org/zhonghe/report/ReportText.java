package org.zhonghe.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.zhonghe.Messages;

/**
 * Every text of a report in one language: the report's own bundle
 * ({@code org/zhonghe/report/report_{en,zh}.properties}) for {@code report.*} keys, core's
 * {@link Messages} for everything else (verdicts, reasons, findings, concepts, profiles).
 */
final class ReportText {
    private static final String BUNDLE = "org.zhonghe.report.report";
    private final Messages core;
    private final ResourceBundle own;

    ReportText(Locale locale) {
        this.core = Messages.of(locale);
        this.own = ResourceBundle.getBundle(BUNDLE, core.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Messages core() {
        return core;
    }

    Locale locale() {
        return core.locale();
    }

    boolean isChinese() {
        return core.locale().getLanguage().equals("zh");
    }

    /** The text of {@code key}: {@code report.*} from the report's bundle, else core's. */
    String get(String key, Object... args) {
        if (!key.startsWith("report.")) return core.get(key, args);
        String pattern = own.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, core.locale()).format(args);
    }
}
