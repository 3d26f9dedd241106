package org.zhonghe.rules;

import java.util.Objects;

/**
 * One row of the concept matrix: a concept as the claim's profile defines it (its gases, reach,
 * credit admission — ISO 14068-1, PAS 2060 and China's large-event guide redefine carbon
 * neutrality over all GHGs and the value chain, rules.md §1) and the verdict the data earn under
 * exactly that rule. Every output labels the row from {@link #rule()}, never from the IPCC
 * definition, so the label and the verdict cannot disagree.
 *
 * @param rule    the concept as the profile applied it
 * @param verdict the verdict under {@code rule}
 */
public record ConceptVerdict(ConceptRule rule, Verdict verdict) {
    public ConceptVerdict {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(verdict, "verdict");
    }
}
