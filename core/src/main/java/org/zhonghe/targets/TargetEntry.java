package org.zhonghe.targets;

import java.util.Objects;
import java.util.Optional;

/**
 * One party's long-term target in a snapshot of the registry.
 *
 * @param code       ISO 3166-1 alpha-3 code ({@code EUU} for the European Union), or the source's own
 *                   identifier for entries of an imported file; never blank
 * @param name       the party's name in Chinese and English
 * @param category   the wording of the long-term target; {@code null} when the source leaves it
 *                   unclassified (an empty or unknown label)
 * @param targetYear the year of the long-term target, {@code null} when the source does not give it
 * @param status     how firmly the target is set, {@code null} when not given
 * @param gases      the gases covered, {@code null} when the source says nothing about gases
 * @param wording    the target's own words (e.g. 碳中和 / carbon neutrality), may be empty
 * @param interim    the 2030 (interim) target, may be empty
 * @param credits    what the party says about carbon credits (offsets), may be empty
 * @param notes      caveats from the paper or the source, may be empty
 * @param scopes     which emission scopes the target covers (Net Zero Tracker {@code Scope_1/2/3_coverage}),
 *                   may be empty
 * @param removals   what the source plans for removals (Net Zero Tracker {@code Separate_removal_target},
 *                   {@code Planning_removals}), may be empty
 */
public record TargetEntry(String code, LocalizedText name, TargetCategory category, Integer targetYear,
                          TargetStatus status, GasCoverage gases, LocalizedText wording,
                          LocalizedText interim, LocalizedText credits, LocalizedText notes,
                          LocalizedText scopes, LocalizedText removals) {

    /** An entry without scopes and removals (the paper's snapshot, the registry's own format). */
    public TargetEntry(String code, LocalizedText name, TargetCategory category, Integer targetYear,
                       TargetStatus status, GasCoverage gases, LocalizedText wording,
                       LocalizedText interim, LocalizedText credits, LocalizedText notes) {
        this(code, name, category, targetYear, status, gases, wording, interim, credits, notes, null, null);
    }

    public TargetEntry {
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("code is blank: '" + code + "'");
        }
        code = code.strip();
        Objects.requireNonNull(name, "name");
        wording = wording == null ? LocalizedText.of("") : wording;
        interim = interim == null ? LocalizedText.of("") : interim;
        credits = credits == null ? LocalizedText.of("") : credits;
        notes = notes == null ? LocalizedText.of("") : notes;
        scopes = scopes == null ? LocalizedText.of("") : scopes;
        removals = removals == null ? LocalizedText.of("") : removals;
    }

    /** The category, empty when the source leaves the entry unclassified. */
    public Optional<TargetCategory> findCategory() {
        return Optional.ofNullable(category);
    }
}
