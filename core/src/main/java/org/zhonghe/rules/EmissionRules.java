package org.zhonghe.rules;

import java.math.BigDecimal;
import org.zhonghe.Concept.Gases;
import org.zhonghe.Gas;
import org.zhonghe.GasFamily;
import org.zhonghe.assessment.Boundary;
import org.zhonghe.assessment.Emission;
import org.zhonghe.assessment.EntityType;
import org.zhonghe.assessment.Scope;

/**
 * rules.md §2: whether an emission counts, and the first reason that applies when it does not.
 * {@link #reason} is the entry point for engines that keep records in their own form (batch, Spark).
 */
public final class EmissionRules {
    private EmissionRules() {}

    /**
     * @param co2e the emission in t CO2e under the assessment's metric (t CO2 for CO2)
     */
    static RecordResult judge(Emission e, Gas gas, BigDecimal co2e, ConceptRule rule, Boundary boundary, EntityType type) {
        Reason reason = reason(e.scope(), e.biogenic(), gas, rule, boundary, type);
        return reason == null
                ? RecordResult.counted(Section.EMISSIONS, e.id(), co2e, e.origin())
                : RecordResult.notCounted(Section.EMISSIONS, RecordStatus.EXCLUDED, e.id(), reason, e.origin());
    }

    /**
     * Why an emission of {@code gas} in {@code scope} is not counted under {@code rule} within
     * {@code boundary} for an entity of {@code type}, or null when it counts. The reach depends on
     * the entity's type ({@link ConceptRule#reaches}).
     */
    public static Reason reason(Scope scope, boolean biogenic, Gas gas, ConceptRule rule, Boundary boundary,
                                EntityType type) {
        if (!boundary.includes(scope)) return Reason.SCOPE_OUTSIDE_BOUNDARY;
        if (!rule.reaches(type, scope)) return Reason.BEYOND_DIRECT_CONTROL;
        if (biogenic) return Reason.BIOGENIC_REPORTED_SEPARATELY;
        if (gas.family() == GasFamily.MONTREAL) return Reason.MONTREAL_PROTOCOL_GAS;
        if (gas.family() == GasFamily.PRECURSOR) return Reason.PRECURSOR_NOT_GHG;
        if (gas.family() == GasFamily.OTHER) return Reason.GAS_NOT_COVERED;
        if (rule.gases() == Gases.CO2 && gas.family() == GasFamily.CO2E) return Reason.CO2E_NOT_SPLIT;
        if (rule.gases() == Gases.CO2 && gas.family() != GasFamily.CO2) return Reason.GAS_NOT_COVERED;
        return null;
    }
}
