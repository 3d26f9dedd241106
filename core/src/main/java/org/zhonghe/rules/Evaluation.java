package org.zhonghe.rules;

import java.util.List;
import java.util.Objects;
import org.zhonghe.Metric;

/**
 * The result of evaluating an assessment under one concept and profile (rules.md §6).
 *
 * @param entityId the entity's id
 * @param rule     the concept as the profile applied it
 * @param profile  the profile id
 * @param metric   the metric used
 * @param verdict  the verdict
 * @param level    enterprise level of §4.2.1 for organisations (0: below level 1), else null
 * @param totals   the balance from the counted records
 * @param reported quantities reported beside the balance
 * @param records  every record once: emissions, removals, credits, reductions, other effects,
 *                 history, each in file order
 * @param findings findings, in the order the rules raise them
 */
public record Evaluation(String entityId, ConceptRule rule, String profile, Metric metric, Verdict verdict,
                         Integer level, Totals totals, Reported reported, List<RecordResult> records,
                         List<Finding> findings) {
    public Evaluation {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(verdict, "verdict");
        records = List.copyOf(records);
        findings = List.copyOf(findings);
    }

    public boolean has(FindingCode code) {
        return findings.stream().anyMatch(f -> f.code() == code);
    }
}
