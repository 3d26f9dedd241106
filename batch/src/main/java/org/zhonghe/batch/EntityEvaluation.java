package org.zhonghe.batch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.zhonghe.Decimals;
import org.zhonghe.MassUnit;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Credit;
import org.zhonghe.assessment.Emission;
import org.zhonghe.assessment.Origin;
import org.zhonghe.assessment.OtherEffects;
import org.zhonghe.assessment.Removal;
import org.zhonghe.assessment.Scope;
import org.zhonghe.profiles.Profiles;
import org.zhonghe.rules.ClaimEvaluator;
import org.zhonghe.rules.Evaluation;
import org.zhonghe.rules.Reason;
import org.zhonghe.rules.RecordResult;

/**
 * Evaluates one entity by the core rules: a small assessment with one emission per group, one
 * removal per removal group and every credit in file order goes through
 * {@link ClaimEvaluator#evaluateValidated(Assessment, org.zhonghe.Concept, org.zhonghe.profiles.Profile)};
 * each grouped record's reason then stands for all the records of its group.
 */
final class EntityEvaluation {
    private final ClaimEvaluator rules;
    private final GasIds gases;

    EntityEvaluation(ClaimEvaluator rules, GasIds gases) {
        this.rules = rules;
        this.gases = gases;
    }

    /** Sums of one emission group over every thread. */
    private static final class Group {
        final ExactSum tonnes = new ExactSum();
        long records;
    }

    EntityResult evaluate(EntitySpec spec, int entity, List<EmissionGroups> emissionGroups, SmallLedgers small) {
        Map<Integer, Group> groups = new TreeMap<>();
        for (EmissionGroups g : emissionGroups) {
            g.forEach(entity, (group, records, nanos, spill) -> {
                Group s = groups.computeIfAbsent(group, k -> new Group());
                s.records += records;
                s.tonnes.add(nanos);
                if (spill != null) s.tonnes.add(spill);
            });
        }
        Map<String, Long> records = new HashMap<>();
        List<Emission> emissions = new ArrayList<>(groups.size());
        for (Map.Entry<Integer, Group> e : groups.entrySet()) {
            int g = e.getKey();
            String id = "e" + emissions.size();
            emissions.add(new Emission(id, gases.name(EmissionGroups.gasOf(g)), e.getValue().tonnes.tonnes(), MassUnit.T,
                    Scope.of(EmissionGroups.scopeOf(g)).orElseThrow(), EmissionGroups.biogenicOf(g), null, Origin.NONE));
            records.put(id, e.getValue().records);
        }
        List<Removal> removals = new ArrayList<>();
        for (Map.Entry<SmallLedgers.RemovalKey, SmallLedgers.RemovalSum> r : small.removals(entity).entrySet()) {
            String id = "r" + removals.size();
            removals.add(r.getValue().toRemoval(id, r.getKey()));
            records.put(id, r.getValue().records);
        }
        List<Credit> credits = new ArrayList<>();
        for (Credit c : small.credits(entity)) {
            String id = "c" + credits.size();
            credits.add(new Credit(id, c.registry(), c.serial(), c.type(), c.durabilityYears(), c.vintage(), c.amount(),
                    c.unit(), c.retired(), c.beneficiary(), c.retiredOn(), c.ownBoundary(), c.international(),
                    c.verified(), c.etsCovered(), c.hostCountry(), c.origin()));
            records.put(id, 1L);
        }
        Assessment a = new Assessment(spec.entity(), spec.period(), spec.boundary(), spec.claim(), null, null,
                emissions, removals, credits, List.of(), List.of(), OtherEffects.NOT_ASSESSED);
        // gases and removals were checked once each (GasIds, RemovalRows); ids are generated unique
        Evaluation ev = rules.evaluateValidated(a, spec.claim().concept(), Profiles.byId(spec.claim().profile()).orElseThrow());
        long[] byReason = new long[Reason.values().length];
        for (RecordResult r : ev.records()) {
            if (r.reason() != null) byReason[r.reason().ordinal()] += records.getOrDefault(r.id(), 1L);
        }
        StringBuilder notCounted = new StringBuilder();
        for (Reason reason : Reason.values()) {
            if (byReason[reason.ordinal()] == 0) continue;
            if (notCounted.length() > 0) notCounted.append(';');
            notCounted.append(reason.name()).append('=').append(byReason[reason.ordinal()]);
        }
        String findings = ev.findings().stream().map(f -> f.code().name()).collect(Collectors.joining(";"));
        return new EntityResult(spec.entity().id(), spec.claim().concept().id(), ev.verdict().name(),
                plain(ev.totals().emissions()), plain(ev.totals().removals()), plain(ev.totals().credits()),
                plain(ev.totals().net()), notCounted.toString(), findings);
    }

    private static String plain(BigDecimal x) {
        return Decimals.plain(x);
    }
}
