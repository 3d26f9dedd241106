package org.zhonghe.rules;

import java.util.List;
import java.util.Objects;
import org.zhonghe.Concept;

/**
 * The claimed concept's evaluation and the concept matrix: the same data under every concept of
 * Table 3 with the same profile, so one sees at once which words the data support (§3.2). Each
 * row carries the rule it was judged by, as the profile defines it.
 *
 * @param claimed  the evaluation of the claimed concept
 * @param concepts one row per concept, in Table 3 order; the claimed concept's row has the
 *                 claimed evaluation's rule and verdict
 */
public record ClaimResult(Evaluation claimed, List<ConceptVerdict> concepts) {
    public ClaimResult {
        Objects.requireNonNull(claimed, "claimed");
        concepts = List.copyOf(concepts);
    }

    public Verdict verdict() {
        return claimed.verdict();
    }

    /** The row of {@code concept}. */
    public ConceptVerdict of(Concept concept) {
        for (ConceptVerdict c : concepts) if (c.rule().concept() == concept) return c;
        throw new IllegalArgumentException("no row for concept '" + concept.id() + "'");
    }
}
