package org.zhonghe.rules;

import java.util.Objects;
import org.zhonghe.Concept;
import org.zhonghe.Concept.Gases;
import org.zhonghe.Concept.Reach;
import org.zhonghe.assessment.EntityType;
import org.zhonghe.assessment.Scope;

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
        return IPCC[c.ordinal()];
    }

    /** Each concept's rule as the IPCC defines it, by ordinal: made once (asked for every entity evaluated). */
    private static final ConceptRule[] IPCC = java.util.Arrays.stream(Concept.values())
            .map(c -> new ConceptRule(c, c.gases(), c.reach(), c.creditsAdmitted(), c.otherEffectsCounted(), false))
            .toArray(ConceptRule[]::new);

    /**
     * Whether an emission in {@code scope} lies within this concept's reach for an entity of
     * {@code type} (rules.md §1 "Reach"). The value chain reaches every scope. Direct control is
     * Scopes 1 and 2 (paper §3.2 note 1, "特定主体能直接控制的排放和移除（范围1和范围2）"; §4.2:
     * purchased energy is "直接控制") for an organisation, product, event, activity or person; a
     * country, region or city answers for its territory, Scope 1; the globe has no outside and
     * reaches everything (§3.2 note 2). Whether the scope is inside the boundary is asked apart.
     */
    public boolean reaches(EntityType type, Scope scope) {
        if (reach == Reach.VALUE_CHAIN) return true;
        return switch (type) {
            case GLOBAL -> true;
            case COUNTRY, REGION, CITY -> scope == Scope.ONE;
            case ORGANIZATION, INDIVIDUAL, PRODUCT, EVENT, ACTIVITY -> scope != Scope.THREE;
        };
    }

    /** Whether credits count for an entity of {@code type}: never for the globe, which has no outside (rules.md §1). */
    public boolean admitsCredits(EntityType type) {
        return creditsAdmitted && type != EntityType.GLOBAL;
    }

    /** This rule with other gases, reach and credit admission, marked as redefined. */
    public ConceptRule redefine(Gases g, Reach r, boolean credits) {
        boolean changed = g != gases || r != reach || credits != creditsAdmitted;
        return new ConceptRule(concept, g, r, credits, otherEffectsCounted, redefined || changed);
    }
}
