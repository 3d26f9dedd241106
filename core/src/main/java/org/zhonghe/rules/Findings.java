package org.zhonghe.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.zhonghe.Decimals;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Credit;
import org.zhonghe.assessment.EntityType;
import org.zhonghe.assessment.Reduction;
import org.zhonghe.assessment.Removal;
import org.zhonghe.assessment.RemovalKind;
import org.zhonghe.assessment.Scope;

/** rules.md §6: the findings about an assessment under one concept and profile, in a fixed order. */
final class Findings {
    private Findings() {}

    /**
     * @param conflictingSerials ids of credits whose duplicated serials disagree in amount
     * @param misdeclared        ids of removal credits whose project is a reduction
     * @param net                {@code totals.net()}
     */
    static List<Finding> of(Assessment a, ConceptRule rule, Profile profile, List<RecordResult> records,
                            List<String> conflictingSerials, List<String> misdeclared, Totals totals, BigDecimal net) {
        List<Finding> out = new ArrayList<>();
        String concept = rule.concept().id();
        if (rule.redefined()) out.add(Finding.of(FindingCode.CONCEPT_REDEFINED, List.of(), concept, profile.id()));
        if (rule.concept().isDefinedGlobally() && a.entity().type() != EntityType.GLOBAL) {
            out.add(Finding.of(FindingCode.GLOBAL_CONCEPT_APPLIED_LOCALLY, List.of(), concept, a.entity().type().id()));
        }
        List<String> unsplit = null; // the lists of ids below are made for their first id: most stay empty
        boolean anyEmission = false;
        for (int i = 0, n = records.size(); i < n; i++) { // indexed loops, not streams nor iterators: batch engines run this a million times
            RecordResult r = records.get(i);
            if (r.reason() == Reason.CO2E_NOT_SPLIT) unsplit = with(unsplit, r.id());
            // an emission record of the period: history years join the balance but are not what it is of
            // (rules.md §6, "No vacuous verdicts"); a balance of past years alone is of nothing in reach
            if (r.isCounted() && r.section() == Section.EMISSIONS) anyEmission = true;
        }
        if (unsplit != null) out.add(Finding.of(FindingCode.CO2E_UNDER_CO2_CONCEPT, unsplit, concept));
        if (rule.otherEffectsCounted() && !a.otherEffects().assessed()) {
            out.add(Finding.of(FindingCode.OTHER_EFFECTS_NOT_ASSESSED, List.of(), concept));
        }
        if (!conflictingSerials.isEmpty()) out.add(Finding.of(FindingCode.CONFLICTING_DUPLICATE_SERIAL, conflictingSerials));
        List<String> confusable = null;
        List<Credit> credits = a.credits();
        for (int i = 0, n = credits.size(); i < n; i++) {
            if (CreditFindings.confusable(credits.get(i))) confusable = with(confusable, credits.get(i).id());
        }
        if (confusable != null) out.add(Finding.of(FindingCode.SERIAL_CONFUSABLE_CHARACTERS, confusable));
        if (!misdeclared.isEmpty()) out.add(Finding.of(FindingCode.CREDIT_TYPE_MISDECLARED, misdeclared));
        if (!a.inventory().isEmpty()) CertificateFindings.notApplied(a, out);
        removals(a, records, out);
        if (a.entity().type() == EntityType.ORGANIZATION) enterprise(a, out);
        if (!a.reductions().isEmpty()) {
            List<String> ids = a.reductions().stream().map(Reduction::id).toList();
            String total = Decimals.grouped(a.reductions().stream().map(Reduction::tonnes)
                    .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
            out.add(Finding.of(FindingCode.AVOIDED_EMISSIONS_NOT_DEDUCTIBLE, ids, total));
        }
        List<Finding> profiles = profile.findings(a, rule, totals, records);
        if (!profiles.isEmpty()) out.addAll(profiles); // addAll copies even an empty list into an array
        if (!anyEmission) out.add(Finding.of(FindingCode.NOTHING_IN_REACH, List.of(), concept));
        if (a.emissions().isEmpty()) out.add(Finding.of(FindingCode.EMPTY_LEDGER, List.of())); // history years are not emission records
        if (net.signum() < 0) {
            out.add(Finding.of(FindingCode.NET_NEGATIVE, List.of(), Decimals.grouped(net),
                    rule.gases() == org.zhonghe.Concept.Gases.CO2 ? "t CO2" : "t CO2e"));
        }
        return out;
    }

    /** Whether a removal or credit is of a kind that {@link #removals} names when it is counted (its guard). */
    private static boolean anyNamed(Assessment a) {
        List<Removal> removals = a.removals();
        for (int i = 0, n = removals.size(); i < n; i++) {
            RemovalKind k = removals.get(i).kind();
            if (k == RemovalKind.BECCS || k == RemovalKind.DACCS || k.isBeyondPaper()) return true;
        }
        List<Credit> credits = a.credits();
        for (int i = 0, n = credits.size(); i < n; i++) {
            RemovalKind k = credits.get(i).kind();
            if (k != null && k.isBeyondPaper()) return true;
        }
        return false;
    }

    /**
     * §4.4.2: counted BECCS and DACCS must declare their chain's emissions; biochar and mineral
     * storage, counted as removals or as removal credits' projects, are methods beyond the paper.
     */
    private static void removals(Assessment a, List<RecordResult> records, List<Finding> out) {
        // the counted ids gathered only for an assessment with a removal or credit of a kind named
        // below (most of a batch's entities have none): the findings of the others are none
        if (!anyNamed(a)) return;
        Set<String> countedRemovals = new HashSet<>();
        Set<String> countedCredits = new HashSet<>();
        for (int i = 0, n = records.size(); i < n; i++) {
            RecordResult r = records.get(i);
            if (r.isCounted() && r.section() == Section.REMOVALS) countedRemovals.add(r.id());
            if (r.isCounted() && r.section() == Section.CREDITS) countedCredits.add(r.id());
        }
        List<String> beccs = null;
        List<String> daccs = null;
        List<String> beyond = null;
        Set<String> beyondKinds = null; // made for the first method beyond the paper (rare)
        List<Removal> removals = a.removals();
        for (int i = 0, n = removals.size(); i < n; i++) {
            Removal r = removals.get(i);
            if (!countedRemovals.contains(r.id())) continue;
            int bits = RemovalFindings.of(r.kind(), r.lifecycleDeclared()); // all a finding reads of a removal
            if ((bits & RemovalFindings.BECCS_UNDECLARED) != 0) beccs = with(beccs, r.id());
            if ((bits & RemovalFindings.DACCS_UNDECLARED) != 0) daccs = with(daccs, r.id());
            if ((bits & RemovalFindings.BEYOND_PAPER) != 0) {
                beyond = with(beyond, r.id());
                if (beyondKinds == null) beyondKinds = new java.util.LinkedHashSet<>();
                beyondKinds.add(r.kind().id());
            }
        }
        List<Credit> credits = a.credits();
        for (int i = 0, n = credits.size(); i < n; i++) {
            Credit c = credits.get(i);
            if (countedCredits.contains(c.id()) && c.kind() != null && c.kind().isBeyondPaper()) {
                beyond = with(beyond, c.id());
                if (beyondKinds == null) beyondKinds = new java.util.LinkedHashSet<>();
                beyondKinds.add(c.kind().id());
            }
        }
        if (beccs != null) out.add(Finding.of(FindingCode.BECCS_LIFECYCLE_UNDECLARED, beccs));
        if (daccs != null) out.add(Finding.of(FindingCode.DACCS_LIFECYCLE_UNDECLARED, daccs));
        if (beyond != null) out.add(Finding.of(FindingCode.METHOD_BEYOND_PAPER, beyond, String.join(", ", beyondKinds)));
    }

    /** {@code ids} with {@code id} added, made when null. */
    private static List<String> with(List<String> ids, String id) {
        List<String> out = ids == null ? new ArrayList<>(2) : ids;
        out.add(id);
        return out;
    }

    /** §4.2.1: level 1 at least balances Scopes 1 and 2; a boundary without Scope 3 is said to leave it out. */
    private static void enterprise(Assessment a, List<Finding> out) {
        boolean one = a.boundary().includes(Scope.ONE);
        boolean two = a.boundary().includes(Scope.TWO);
        if (!one || !two) {
            String missing = !one && !two ? "1, 2" : !one ? "1" : "2";
            out.add(Finding.of(FindingCode.BELOW_ENTERPRISE_LEVEL_1, List.of(), missing));
        }
        if (!a.boundary().includes(Scope.THREE)) {
            String why = a.boundary().scope3Exclusion() == null ? "" : a.boundary().scope3Exclusion();
            out.add(one && two ? Finding.of(FindingCode.SCOPE3_EXCLUDED, List.of(), why)
                    : Finding.told(FindingCode.SCOPE3_EXCLUDED, "finding.SCOPE3_EXCLUDED.belowLevel1", List.of(), why));
        }
    }
}
