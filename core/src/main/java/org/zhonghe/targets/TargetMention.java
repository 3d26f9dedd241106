package org.zhonghe.targets;

import java.util.Objects;

/**
 * One target a statement names: its wording, its year and the words that say so.
 *
 * @param category the wording (a neutrality word, or a reduction form for an interim amount)
 * @param year     the target year; {@code null} when the statement gives none
 * @param words    the words of the statement that name it, as normalised (lower case)
 * @param language the word list that matched ({@code en, zh, ja, de, fr, it, es, pt})
 */
public record TargetMention(TargetCategory category, Integer year, String words, String language) {
    public TargetMention {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(language, "language");
    }
}
