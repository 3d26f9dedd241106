package org.zhonghe.profiles;

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

    /** How far a rule was checked against the standard's primary text (profiles.md "verify"). */
    public enum Verification {
        /** Read in the primary text. */ PRIMARY,
        /** The wording corroborated by secondary reproductions of the primary text. */ SECONDARY,
        /** From the spec's reading of the standard; the primary text is not public (ISO, BSI) or was not reached. */ SPEC,
        /** Marked "verify" in the spec and not checked: applied as a warning only. */ UNVERIFIED
    }

    /**
     * One rule of a profile.
     *
     * @param name         its name ({@code plan-required}); its text is {@code profile.<id>.rule.<name>}
     * @param codes        the reason or finding codes it produces
     * @param clause       the clause of the standard it encodes
     * @param verification how far it was checked
     */
    public record RuleInfo(String name, List<String> codes, String clause, Verification verification) {
        public RuleInfo {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(clause, "clause");
            Objects.requireNonNull(verification, "verification");
            codes = List.copyOf(codes);
        }
    }
}
