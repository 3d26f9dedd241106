package org.zhonghe.batch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.zhonghe.Decimals;
import org.zhonghe.MassUnit;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Credit;
import org.zhonghe.assessment.Emission;
import org.zhonghe.assessment.Origin;
import org.zhonghe.assessment.OtherEffects;
import org.zhonghe.assessment.Removal;
import org.zhonghe.assessment.Scope;
import org.zhonghe.rules.ClaimEvaluator;
import org.zhonghe.rules.Evaluation;
import org.zhonghe.rules.Finding;
import org.zhonghe.rules.Reason;
import org.zhonghe.rules.RecordResult;
import org.zhonghe.rules.Section;

/**
 * Evaluates one entity by the core rules ({@link ClaimEvaluator#evaluateValidated}) on an
 * assessment that stands for its ledger: the counted emissions as one CO2 record of their exact
 * CO2e sum, in a scope that has counted rows (CO2 weighs 1 in every metric and counts wherever
 * another gas of the same scope counts); for each reason why rows were not counted, one record of
 * a group with that reason ({@link Classifier#representative}); one removal per removal group;
 * every credit in file order. The core computes the same totals, findings and verdict as on the
 * rows themselves: its sums are linear, and its findings read of a not-counted emission only its
 * reason. The rows not counted are counted by reason as they were read. {@code BatchCommandTest}
 * holds batch against {@code check} entity by entity.
 */
final class EntityEvaluation {
    private final ClaimEvaluator rules;
    private final Classifier classifier;

    EntityEvaluation(ClaimEvaluator rules, Classifier classifier) {
        this.rules = rules;
        this.classifier = classifier;
    }

    EntityResult evaluate(EntitySpec spec, int rule, EmissionTotals.Sum sum, SmallLedgers small, int entity) {
        long[] byReason = new long[Reason.values().length];
        List<Emission> emissions = new ArrayList<>(2);
        if (sum.countedScopes() != 0) {
            Scope scope = Scope.of(Integer.numberOfTrailingZeros(sum.countedScopes()) + 1).orElseThrow();
            emissions.add(new Emission("e", "CO2", sum.counted(), MassUnit.T, scope, false, null, Origin.NONE));
        }
        long[] notCounted = sum.notCounted();
        for (int slot = 0; slot < notCounted.length; slot++) {
            if (notCounted[slot] == 0) continue;
            byReason[classifier.reason(slot).ordinal()] += notCounted[slot];
            int g = classifier.representative(rule, slot);
            emissions.add(new Emission("e" + slot, classifier.gases().name(Classifier.gasOf(g)), BigDecimal.ZERO, MassUnit.T,
                    Classifier.scopeOf(g), Classifier.biogenicOf(g), null, Origin.NONE));
        }
        List<Removal> removals = List.of();
        List<Credit> credits = List.of();
        long[] removalRecords = null;
        Map<SmallLedgers.RemovalKey, SmallLedgers.RemovalSum> removalGroups = small.removals(entity);
        if (!removalGroups.isEmpty()) {
            removals = new ArrayList<>(removalGroups.size());
            removalRecords = new long[removalGroups.size()];
            for (Map.Entry<SmallLedgers.RemovalKey, SmallLedgers.RemovalSum> r : removalGroups.entrySet()) {
                removalRecords[removals.size()] = r.getValue().records;
                removals.add(r.getValue().toRemoval("r" + removals.size(), r.getKey()));
            }
        }
        List<Credit> written = small.credits(entity);
        if (!written.isEmpty()) {
            credits = new ArrayList<>(written.size());
            for (Credit c : written) {
                credits.add(new Credit("c" + credits.size(), c.registry(), c.serial(), c.type(), c.durabilityYears(),
                        c.vintage(), c.amount(), c.unit(), c.retired(), c.beneficiary(), c.retiredOn(), c.ownBoundary(),
                        c.international(), c.verified(), c.etsCovered(), c.hostCountry(), c.origin()));
            }
        }
        Assessment a = new Assessment(spec.entity(), spec.period(), spec.boundary(), spec.claim(), null, null,
                emissions, removals, credits, List.of(), List.of(), OtherEffects.NOT_ASSESSED);
        // gases and removals were checked once each (Classifier, RemovalRows); ids are unique
        Evaluation ev = rules.evaluateValidated(a, spec.claim().concept(), classifier.rule(rule).profile());
        for (RecordResult r : ev.records()) {
            if (r.reason() == null || r.section() == Section.EMISSIONS) continue;
            long n = r.section() == Section.REMOVALS ? removalRecords[Integer.parseInt(r.id().substring(1))] : 1;
            byReason[r.reason().ordinal()] += n;
        }
        StringBuilder reasons = new StringBuilder();
        for (Reason reason : Reason.values()) {
            if (byReason[reason.ordinal()] == 0) continue;
            if (reasons.length() > 0) reasons.append(';');
            reasons.append(reason.name()).append('=').append(byReason[reason.ordinal()]);
        }
        StringBuilder findings = new StringBuilder();
        for (Finding f : ev.findings()) {
            if (findings.length() > 0) findings.append(';');
            findings.append(f.code().name());
        }
        return new EntityResult(spec.entity().id(), spec.claim().concept().id(), ev.verdict().name(),
                Decimals.plain(ev.totals().emissions()), Decimals.plain(ev.totals().removals()),
                Decimals.plain(ev.totals().credits()), Decimals.plain(ev.totals().net()), reasons.toString(),
                findings.toString());
    }
}
