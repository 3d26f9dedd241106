package org.zhonghe.registry;

import java.util.Objects;
import org.zhonghe.Concept;

/**
 * Whether credits can rest a claim under one concept of rules.md §1 (paper Table 3, §3.2):
 * carbon and GHG neutrality admit credits from outside the boundary as offsets; the net-zero
 * concepts and climate neutrality admit none.
 *
 * @param concept  the concept
 * @param admitted credits may offset emissions under it
 * @param claimed  it is the concept the retirement's words name
 */
public record ConceptVerdict(Concept concept, boolean admitted, boolean claimed) {
    public ConceptVerdict {
        Objects.requireNonNull(concept, "concept");
    }

    /** The message key of the verdict: {@code registry.verdict.admitted} or {@code …notAdmitted}. */
    public String key() {
        return admitted ? "registry.verdict.admitted" : "registry.verdict.notAdmitted";
    }
}
