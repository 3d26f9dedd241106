package org.zhonghe.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.zhonghe.Concept;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Credit;
import org.zhonghe.assessment.RemovalKind;

/**
 * A rule profile: a standard as data plus small, named rules. Every method has the IPCC default
 * (rules.md as written), so a profile states only what its standard changes. It lives beside the
 * rules it speaks in ({@link ConceptRule}, {@link Reason}, {@link Finding}); the catalogue of
 * profiles ({@code org.zhonghe.profiles.Profiles}) depends on the rules, never the reverse.
 *
 * <h2>The contract the batch engines rely on</h2>
 * An assessment of emissions alone ({@link PreparedClaim#emissionsOnly()}) is prepared once per
 * distinct ledger structure and finished for each entity with its own counted total; the verdict
 * and the finding codes are asked once per <em>sign</em> of that total
 * ({@link PreparedClaim#outcome(int)}). So, for such an assessment, a profile must:
 * <ul>
 *   <li>in {@link #rule}, {@link #checkSinkKind} and {@link #checkCredit}, decide by the records'
 *       gas, scope, kind and dates, never by amounts;</li>
 *   <li>in {@link #findings}, read {@link Totals} only through the sign of its totals (is anything
 *       counted, is the net above zero): which findings are raised, their effect and severity must
 *       be the same for every total of the same sign; an amount may appear only in a finding's
 *       arguments (the text shown), where the engine writes the entity's own total.</li>
 * </ul>
 * A profile whose verdict on emissions alone depended on the size of the total (a threshold in
 * tonnes, say) would be judged wrongly by {@code batch} and Spark. {@code PreparedClaimTest} holds
 * every profile to this for totals of every magnitude: a new profile is covered once it is in the
 * catalogue.
 */
public interface Profile {

    /** The id used in files and on the command line ({@code ipcc}). */
    default String id() {
        return info().id();
    }

    /** The standard, its status, dates and rules. */
    ProfileInfo info();

    /** The concept as this profile applies it. */
    default ConceptRule rule(Concept concept) {
        return ConceptRule.ipcc(concept);
    }

    /** Shortest storage, in years, for a removal to count (rules.md §3 check 4). */
    default int minimumDurabilityYears() {
        return 100;
    }

    /**
     * A profile's own rejection of a sink by its kind, after the kind's fate: applied to removals
     * in the boundary and to removal credits alike (rules.md §4 check 6: a removal credit is a sink
     * bought from outside, and the sink tests apply to it); empty to go on.
     */
    default Optional<Reason> checkSinkKind(RemovalKind kind) {
        return Optional.empty();
    }

    /** A profile's credit checks (rules.md §4 check 7); empty when the credit passes. */
    default Optional<Reason> checkCredit(Credit credit, ConceptRule rule, Assessment assessment) {
        return Optional.empty();
    }

    /**
     * {@link #checkCredit} told in the profile's own words where the reason's general text would
     * not fit the credit (a CCER refused for its vintage is not "a registry not admitted"); by
     * default the reason with its general text.
     */
    default Optional<Explanation> explainCredit(Credit credit, ConceptRule rule, Assessment assessment) {
        return checkCredit(credit, rule, assessment).map(r -> Explanation.of(r, r.messageKey()));
    }

    /**
     * Whether a counted emission of {@code gas} (as the ledger names it, {@code CO2} for carbon
     * dioxide) in {@code scope} is part of what {@link #offsetCap} is a share of: by default every
     * counted emission. Batch engines, which keep no records, ask it of each kind of row to keep
     * the sum the cap needs.
     */
    default boolean inCapBase(String gas, org.zhonghe.assessment.Scope scope) {
        return true;
    }

    /**
     * The most credits may count, in t CO2e; empty: no cap.
     *
     * @param assessment       the assessment
     * @param emissionResults  what became of each of its emissions, in the order of
     *                         {@code assessment.emissions()}
     * @param countedEmissions the counted emissions (history included), t CO2e (t CO2 under a
     *                         CO2-only concept)
     */
    default Optional<BigDecimal> offsetCap(Assessment assessment, List<RecordResult> emissionResults,
                                           BigDecimal countedEmissions) {
        return Optional.empty();
    }

    /**
     * Findings of this profile about the assessment, its records and its balance under a concept.
     * For an assessment of emissions alone, they depend on {@code totals} only through its signs
     * (see the contract above).
     */
    default List<Finding> findings(Assessment assessment, ConceptRule rule, Totals totals, List<RecordResult> records) {
        return List.of();
    }

    /**
     * The claim's date as a rule of a day reads it: as stated, else the period's end, or the last day
     * a credit that may count for the claim was retired, when later ({@link Assessment#claimDate(boolean)}).
     */
    static java.time.LocalDate claimDate(Assessment a, ConceptRule rule) {
        return a.claimDate(rule.admitsCredits(a.entity().type()));
    }
}
