package org.zhonghe.rules;

import java.util.Objects;
import org.zhonghe.Concept;
import org.zhonghe.Concept.Gases;
import org.zhonghe.Concept.Reach;

/**
 * A concept as a profile applies it: the IPCC definition, or a standard's redefinition of it
 * (ISO 14068-1's "carbon neutrality" covers all GHGs, rules.md §1).
 *
 * @param concept             the concept claimed
 * @param gases               gases balanced
 * @param reach               direct control or the value chain
 * @param creditsAdmitted     credits may offset emissions
 * @param otherEffectsCounted other climate effects join the balance
 * @param redefined           differs from the IPCC definition
 */
public record ConceptRule(Concept concept, Gases gases, Reach reach, boolean creditsAdmitted,
                          boolean otherEffectsCounted, boolean redefined) {
    public ConceptRule {
        Objects.requireNonNull(concept, "concept");
        Objects.requireNonNull(gases, "gases");
        Objects.requireNonNull(reach, "reach");
    }

    /** The concept as the IPCC defines it (paper Table 3). */
    public static ConceptRule ipcc(Concept c) {
        return new ConceptRule(c, c.gases(), c.reach(), c.creditsAdmitted(), c.otherEffectsCounted(), false);
    }

    /** This rule with other gases, reach and credit admission, marked as redefined. */
    public ConceptRule redefine(Gases g, Reach r, boolean credits) {
        boolean changed = g != gases || r != reach || credits != creditsAdmitted;
        return new ConceptRule(concept, g, r, credits, otherEffectsCounted, redefined || changed);
    }
}
