package org.zhonghe.batch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhonghe.Metric;
import org.zhonghe.assessment.Emission;
import org.zhonghe.assessment.Origin;
import org.zhonghe.assessment.Problem;
import org.zhonghe.assessment.Scope;
import org.zhonghe.rules.ClaimEvaluator;
import org.zhonghe.MassUnit;

/**
 * Every gas name written in the emissions, numbered, shared by all threads. Whether a name is
 * valid under a metric (known, has a value, may be biogenic) is asked of the core's record
 * checks once per name, metric and biogenic flag, then remembered.
 */
final class GasIds {
    /** What the core's checks said about a gas name under a metric and biogenic flag; key null when valid. */
    record Verdict(String field, String value, String key, List<Object> args) {
        static final Verdict VALID = new Verdict("", null, null, List.of());

        boolean valid() {
            return key == null;
        }
    }

    private final ClaimEvaluator rules;
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private volatile Verdict[][] verdicts = new Verdict[0][];

    GasIds(ClaimEvaluator rules) {
        this.rules = rules;
    }

    synchronized int id(String written) {
        Integer id = ids.get(written);
        if (id != null) return id;
        int n = names.size();
        names.add(written);
        ids.put(written, n);
        Verdict[][] grown = java.util.Arrays.copyOf(verdicts, n + 1);
        grown[n] = new Verdict[Metric.values().length * 2];
        verdicts = grown;
        return n;
    }

    synchronized String name(int id) {
        return names.get(id);
    }

    /** Every gas name so far, by id (see {@link Classifier#rules()}). */
    synchronized String[] names() {
        return names.toArray(new String[0]);
    }

    /** Whether an emission of gas {@code id} passes the core's record checks under {@code metric} (null: any value). */
    Verdict check(int id, Metric metric, boolean biogenic) {
        if (metric == null) return probe(id, null, biogenic); // an entity without a claim read: rare, not kept
        int slot = metric.ordinal() * 2 + (biogenic ? 1 : 0);
        Verdict v = verdicts[id][slot];
        return v != null ? v : compute(id, metric, biogenic, slot);
    }

    private synchronized Verdict compute(int id, Metric metric, boolean biogenic, int slot) {
        Verdict v = verdicts[id][slot];
        if (v != null) return v;
        v = probe(id, metric, biogenic);
        verdicts[id][slot] = v;
        return v;
    }

    /** The core's record checks of an emission of gas {@code id}; {@code metric} null: its value unchecked (as check does without a claim). */
    private Verdict probe(int id, Metric metric, boolean biogenic) {
        Verdict v;
        Emission probe = new Emission("probe", names.get(id), BigDecimal.ZERO, MassUnit.T, Scope.ONE, biogenic, null,
                Origin.NONE);
        List<Problem> problems = rules.validateRecords(List.of(probe), List.of(), List.of(), List.of(), List.of(),
                List.of(), metric);
        if (problems.isEmpty()) {
            v = Verdict.VALID;
        } else {
            Problem p = problems.get(0);
            String field = p.field().substring(p.field().lastIndexOf('.') + 1);
            v = new Verdict(field, p.value(), p.key(), p.args());
        }
        return v;
    }
}
