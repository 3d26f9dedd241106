package org.zhonghe.targets;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of this package in Chinese and English, from the UTF-8 bundles
 * {@code org/zhonghe/targets/messages_zh.properties} and {@code messages_en.properties}.
 */
public final class TargetMessages {
    private static final String BUNDLE = "org.zhonghe.targets.messages";

    private TargetMessages() {}

    /** The text for {@code key} in Chinese when the locale's language is Chinese, else in English. */
    public static String text(Locale locale, String key) {
        try {
            return bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no message '" + key + "' for " + locale, e);
        }
    }

    /**
     * The text for {@code key} with {@link MessageFormat} arguments {0}, {1}, … filled in; every argument
     * is inserted as {@code String.valueOf(arg)}, so years are never printed with digit grouping.
     */
    public static String format(Locale locale, String key, Object... args) {
        MessageFormat format = new MessageFormat(text(locale, key), language(locale));
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return format.format(texts);
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, language(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static Locale language(Locale locale) {
        return locale.getLanguage().equals("zh") ? Locale.CHINESE : Locale.ENGLISH;
    }
}
