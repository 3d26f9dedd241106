package org.zhonghe.rules;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.zhonghe.Metric;
import org.zhonghe.assessment.Credit;
import org.zhonghe.assessment.CreditType;

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

    /**
     * Counted credits by type, in t CO2e (ISO 14068-1 asks for reduction/avoidance and removal
     * credits apart); every type present, zero where none counted.
     */
    public Map<CreditType, BigDecimal> creditsByType(
            List<Credit> credits) {
        Map<CreditType, BigDecimal> out =
                new EnumMap<>(CreditType.class);
        for (CreditType t : CreditType.values()) out.put(t, BigDecimal.ZERO);
        Map<String, RecordResult> byId = new HashMap<>();
        for (RecordResult r : records) if (r.section() == Section.CREDITS) byId.put(r.id(), r);
        for (Credit c : credits) {
            RecordResult r = byId.get(c.id());
            if (r != null && r.isCounted()) out.merge(c.judgedType(), r.counted(), BigDecimal::add);
        }
        return out;
    }

    public boolean has(FindingCode code) {
        return findings.stream().anyMatch(f -> f.code() == code);
    }
}
