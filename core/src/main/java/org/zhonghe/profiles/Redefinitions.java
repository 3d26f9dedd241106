package org.zhonghe.profiles;

import org.zhonghe.Concept;
import org.zhonghe.Concept.Gases;
import org.zhonghe.Concept.Reach;
import org.zhonghe.rules.ConceptRule;

/** Concept redefinitions that more than one standard makes. */
final class Redefinitions {
    private Redefinitions() {}

    /**
     * "Carbon" read as every greenhouse gas (ISO 14068-1, PAS 2060, China's large-events guideline):
     * carbon neutrality over the Kyoto basket and the value chain, credits admitted; other
     * concepts as the IPCC defines them.
     */
    static ConceptRule carbonAsEveryGhg(Concept concept) {
        ConceptRule ipcc = ConceptRule.ipcc(concept);
        return concept == Concept.CARBON_NEUTRALITY ? ipcc.redefine(Gases.GHG, Reach.VALUE_CHAIN, true) : ipcc;
    }
}
