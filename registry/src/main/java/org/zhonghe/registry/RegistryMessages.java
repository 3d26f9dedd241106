package org.zhonghe.registry;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of this module in Chinese and English, from the UTF-8 bundles
 * {@code org/zhonghe/registry/messages_zh.properties} and {@code messages_en.properties}.
 */
public final class RegistryMessages {
    private static final String BUNDLE = "org.zhonghe.registry.messages";
    private final ResourceBundle bundle;
    private final Locale locale;

    private RegistryMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Chinese for any {@code zh} locale, else English. */
    public static RegistryMessages of(Locale locale) {
        return new RegistryMessages(locale.getLanguage().equals("zh") ? Locale.CHINESE : Locale.ENGLISH);
    }

    /** The text of {@code key}, arguments inserted as plain strings. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message '" + key + "' for " + locale, e);
        }
        if (args.length == 0) return pattern;
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) texts[i] = String.valueOf(args[i]);
        return new MessageFormat(pattern, locale).format(texts);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
