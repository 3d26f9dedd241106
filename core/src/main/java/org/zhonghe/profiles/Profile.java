package org.zhonghe.profiles;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.zhonghe.Concept;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Credit;
import org.zhonghe.assessment.Removal;
import org.zhonghe.rules.ConceptRule;
import org.zhonghe.rules.Finding;
import org.zhonghe.rules.Reason;
import org.zhonghe.rules.RecordResult;
import org.zhonghe.rules.Totals;

/**
 * A rule profile: a standard as data plus small, named rules. Every method has the IPCC default
 * (rules.md as written), so a profile states only what its standard changes.
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

    /** A profile's own rejection of a removal, checked after the kind's fate; empty to go on. */
    default Optional<Reason> checkRemoval(Removal removal, Assessment assessment) {
        return Optional.empty();
    }

    /** A profile's credit checks (rules.md §4 check 6); empty when the credit passes. */
    default Optional<Reason> checkCredit(Credit credit, ConceptRule rule, Assessment assessment) {
        return Optional.empty();
    }

    /** The most credits may count, in t CO2e, given the counted emissions; empty: no cap. */
    default Optional<BigDecimal> offsetCap(BigDecimal countedEmissions) {
        return Optional.empty();
    }

    /** Findings of this profile about the assessment, its records and its balance under a concept. */
    default List<Finding> findings(Assessment assessment, ConceptRule rule, Totals totals, List<RecordResult> records) {
        return List.of();
    }
}
