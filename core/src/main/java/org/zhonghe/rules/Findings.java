package org.zhonghe.rules;

import java.util.ArrayList;
import java.util.List;
import org.zhonghe.Decimals;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Credit;
import org.zhonghe.assessment.CreditKey;
import org.zhonghe.assessment.EntityType;
import org.zhonghe.assessment.Reduction;
import org.zhonghe.assessment.Removal;
import org.zhonghe.assessment.Scope;
import org.zhonghe.profiles.Profile;

/** rules.md §6: the findings about an assessment under one concept and profile, in a fixed order. */
final class Findings {
    private Findings() {}

    static List<Finding> of(Assessment a, ConceptRule rule, Profile profile, List<RecordResult> records,
                            List<String> conflictingSerials, Totals totals) {
        List<Finding> out = new ArrayList<>();
        String concept = rule.concept().id();
        if (rule.redefined()) out.add(Finding.of(FindingCode.CONCEPT_REDEFINED, List.of(), concept, profile.id()));
        if (rule.concept().isDefinedGlobally() && a.entity().type() != EntityType.GLOBAL) {
            out.add(Finding.of(FindingCode.GLOBAL_CONCEPT_APPLIED_LOCALLY, List.of(), concept, a.entity().type().id()));
        }
        List<String> unsplit = new ArrayList<>(0);
        boolean anyEmission = false;
        for (RecordResult r : records) { // loops, not streams: batch engines run this a million times
            if (r.reason() == Reason.CO2E_NOT_SPLIT) unsplit.add(r.id());
            anyEmission |= r.isCounted() && (r.section() == Section.EMISSIONS || r.section() == Section.HISTORY);
        }
        if (!unsplit.isEmpty()) out.add(Finding.of(FindingCode.CO2E_UNDER_CO2_CONCEPT, unsplit, concept));
        if (rule.otherEffectsCounted() && !a.otherEffects().assessed()) {
            out.add(Finding.of(FindingCode.OTHER_EFFECTS_NOT_ASSESSED, List.of(), concept));
        }
        if (!conflictingSerials.isEmpty()) out.add(Finding.of(FindingCode.CONFLICTING_DUPLICATE_SERIAL, conflictingSerials));
        List<String> confusable = new ArrayList<>(0);
        for (Credit c : a.credits()) if (CreditKey.isConfusable(c.serial())) confusable.add(c.id());
        if (!confusable.isEmpty()) out.add(Finding.of(FindingCode.SERIAL_CONFUSABLE_CHARACTERS, confusable));
        List<String> beccs = new ArrayList<>(0);
        for (Removal r : a.removals()) if (ClaimEvaluator.isBeccsWithoutLifecycle(r)) beccs.add(r.id());
        if (!beccs.isEmpty()) out.add(Finding.of(FindingCode.BECCS_LIFECYCLE_UNDECLARED, beccs));
        if (a.entity().type() == EntityType.ORGANIZATION && !a.boundary().includes(Scope.THREE)) {
            String why = a.boundary().scope3Exclusion() == null ? "" : a.boundary().scope3Exclusion();
            out.add(Finding.of(FindingCode.SCOPE3_EXCLUDED, List.of(), why));
        }
        if (!a.reductions().isEmpty()) {
            List<String> ids = a.reductions().stream().map(Reduction::id).toList();
            String total = Decimals.plain(a.reductions().stream().map(Reduction::tonnes)
                    .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
            out.add(Finding.of(FindingCode.AVOIDED_EMISSIONS_NOT_DEDUCTIBLE, ids, total));
        }
        out.addAll(profile.findings(a, rule, totals, records));
        if (!anyEmission) out.add(Finding.of(FindingCode.EMPTY_LEDGER, List.of()));
        if (totals.net().signum() < 0) {
            out.add(Finding.of(FindingCode.NET_NEGATIVE, List.of(), Decimals.plain(totals.net())));
        }
        return out;
    }
}
