package org.zhonghe.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a profile is, for listings and reports: the standard, its status and dates, and its rules.
 * Names, summaries and rule texts in Chinese and English are in the message bundles under
 * {@code profile.<id>.*}.
 *
 * @param id            the profile id
 * @param standard      the standard's title and version, as published
 * @param status        in force, applies from a date, or withdrawn
 * @param effectiveFrom the day it applies from; may be null when not verified here
 * @param lastClaimDate the last claim date it accepts (withdrawn standards); may be null
 * @param rules         its rules, each with the clause it encodes
 */
public record ProfileInfo(String id, String standard, Status status, LocalDate effectiveFrom,
                          LocalDate lastClaimDate, List<RuleInfo> rules) {
    public ProfileInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(status, "status");
        rules = List.copyOf(rules);
    }

    /** The status of a standard. */
    public enum Status { IN_FORCE, APPLIES_FROM, WITHDRAWN }

    /**
     * Whether the verdicts of this profile are indicative only: some of its rules rest on a
     * standard whose text is not public ({@link Verification#NOT_PUBLIC}), so Zhonghe applies its
     * reading of public summaries and every output labels the verdict "indicative".
     */
    public boolean indicative() {
        return rules.stream().anyMatch(r -> r.verification() == Verification.NOT_PUBLIC);
    }

    /** How a rule was checked against the text of its standard (docs/profiles.md). */
    public enum Verification {
        /** Checked against the published text: the clause is cited with its words (quoted, or a paraphrase marked as such). */
        PRIMARY,
        /** Zhonghe's own reading where the text does not say it in so many words; the rule's note says why. */
        READING,
        /** The text is not public (ISO, BSI): Zhonghe's reading of public summaries; the profile's verdicts are indicative. */
        NOT_PUBLIC,
        /** Kept for compatibility (no rule uses it): the wording corroborated by secondary reproductions. */
        @Deprecated SECONDARY,
        /** Kept for compatibility (no rule uses it): Zhonghe's reading, not checked against the text. */
        @Deprecated SPEC,
        /** Kept for compatibility (no rule uses it): not checked, applied as a warning only. */
        @Deprecated UNVERIFIED
    }

    /**
     * One rule of a profile.
     *
     * @param name         its name ({@code plan-required}); its text is {@code profile.<id>.rule.<name>}
     * @param codes        the reason or finding codes it produces
     * @param clause       the clause of the standard it encodes: number and heading
     * @param verification how it was checked
     * @param words        the clause's words as the standard gives them, or a paraphrase; null when none is given
     * @param paraphrase   true when {@code words} are Zhonghe's paraphrase, not the text's own words
     */
    public record RuleInfo(String name, List<String> codes, String clause, Verification verification, String words,
                           boolean paraphrase) {
        public RuleInfo {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(clause, "clause");
            Objects.requireNonNull(verification, "verification");
            codes = List.copyOf(codes);
        }

        /** A rule cited by clause alone, without its words. */
        public RuleInfo(String name, List<String> codes, String clause, Verification verification) {
            this(name, codes, clause, verification, null, false);
        }

        /** A rule whose clause is quoted word for word. */
        public static RuleInfo quoted(String name, List<String> codes, String clause, String words) {
            return new RuleInfo(name, codes, clause, Verification.PRIMARY, words, false);
        }

        /** A rule whose clause is checked and paraphrased (the paraphrase marked as such in every output). */
        public static RuleInfo paraphrased(String name, List<String> codes, String clause, Verification v, String words) {
            return new RuleInfo(name, codes, clause, v, words, true);
        }
    }
}
