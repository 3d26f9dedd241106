package org.zhonghe.targets;

import java.util.Locale;
import java.util.Objects;

/**
 * A text a person reads, in Chinese and English. Either may be empty when a source gives only one
 * language (a Net Zero Tracker export is English only); {@link #in} then falls back to the other.
 *
 * @param zh the Chinese text, never null (empty when unknown)
 * @param en the English text, never null (empty when unknown)
 */
public record LocalizedText(String zh, String en) {

    public LocalizedText {
        zh = zh == null ? "" : zh.strip();
        en = en == null ? "" : en.strip();
    }

    /** The same text in both languages (names, labels taken from a one-language source). */
    public static LocalizedText of(String both) {
        return new LocalizedText(both, both);
    }

    /** The text in this language ({@link Locale#CHINESE} or else English), falling back to the other one. */
    public String in(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        boolean chinese = locale.getLanguage().equals(Locale.CHINESE.getLanguage());
        String first = chinese ? zh : en;
        return first.isEmpty() ? (chinese ? en : zh) : first;
    }

    /** True when neither language has any text. */
    public boolean isEmpty() {
        return zh.isEmpty() && en.isEmpty();
    }
}
