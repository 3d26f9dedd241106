package org.zhonghe.targets;

import java.util.Objects;

/**
 * One target a statement names: its wording, its year and the words that say so.
 *
 * @param category the wording (a neutrality word, or a reduction form for an interim amount)
 * @param year     the target year; {@code null} when the statement gives none
 * @param words    the words of the statement that name it, as normalised (lower case)
 * @param language the word list that matched ({@code en, zh, ja, de, fr, it, es, pt})
 * @param partial  the words that make it a part only ("in the oil and gas sector", "50 percent carbon
 *                 neutral"); empty when the target is whole
 */
public record TargetMention(TargetCategory category, Integer year, String words, String language, String partial) {
    public TargetMention {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(language, "language");
        partial = partial == null ? "" : partial;
    }

    /** A whole target (not a part). */
    public TargetMention(TargetCategory category, Integer year, String words, String language) {
        this(category, year, words, language, "");
    }

    /** True when the words make it a part only (one sector, a share). */
    public boolean isPartial() {
        return !partial.isEmpty();
    }
}
