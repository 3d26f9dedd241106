package org.zhonghe.rules;

import java.util.Map;
import java.util.Objects;
import org.zhonghe.Concept;

/**
 * The claimed concept's evaluation and the concept matrix: the same data under every concept of
 * Table 3 with the same profile, so one sees at once which words the data support (§3.2).
 *
 * @param claimed  the evaluation of the claimed concept
 * @param concepts the verdict under each concept, in Table 3 order
 */
public record ClaimResult(Evaluation claimed, Map<Concept, Verdict> concepts) {
    public ClaimResult {
        Objects.requireNonNull(claimed, "claimed");
        concepts = Map.copyOf(concepts);
    }

    public Verdict verdict() {
        return claimed.verdict();
    }
}
