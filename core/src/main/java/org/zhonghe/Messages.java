package org.zhonghe;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Every text a person reads, in Chinese or English, from the bundles
 * {@code org/zhonghe/messages_en.properties} and {@code messages_zh.properties} (UTF-8), and the
 * problems of reading an input from {@code org/zhonghe/problems_*.properties} (keys
 * {@code problem.CODE}, one message per code of {@link org.zhonghe.assessment.Problem}).
 * Arguments are plain strings (decimals already as plain text, lines as digits).
 */
public final class Messages {
    private static final String BUNDLE = "org.zhonghe.messages";
    private static final String PROBLEMS = "org.zhonghe.problems";
    private final ResourceBundle bundle;
    private final ResourceBundle problems;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, control);
        this.problems = ResourceBundle.getBundle(PROBLEMS, locale, control);
    }

    /** The messages of a language: Chinese for any {@code zh} locale, else English. */
    public static Messages of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return new Messages(locale.getLanguage().equals("zh") ? Locale.CHINESE : Locale.ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    /** The text of {@code key} with {@code args}; a missing key is a programmer error. */
    public String get(String key, Object... args) {
        String pattern = pattern(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /**
     * The text of {@code key} with every argument inserted as {@code String.valueOf(arg)}, so that a
     * year or a count is never printed with digit grouping ({@code 2060}, not {@code 2,060}); the
     * pattern is always formatted, so {@code ''} is an apostrophe even without arguments.
     */
    public String plain(String key, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(pattern(key), locale).format(texts);
    }

    private String pattern(String key) {
        try {
            return problems.containsKey(key) ? problems.getString(key) : bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message '" + key + "' for " + locale, e);
        }
    }

    public String get(String key, List<?> args) {
        return get(key, args.toArray());
    }

    /** True when the bundle has {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key) || problems.containsKey(key);
    }
}
