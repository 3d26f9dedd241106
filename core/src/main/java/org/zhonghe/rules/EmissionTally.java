package org.zhonghe.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.zhonghe.Gas;
import org.zhonghe.GasFamily;
import org.zhonghe.GwpTable;
import org.zhonghe.MassUnit;
import org.zhonghe.assessment.Emission;
import org.zhonghe.assessment.Origin;
import org.zhonghe.assessment.Scope;

/**
 * The emissions of a ledger too large to hold (assessment-format.md: validated in a first pass,
 * evaluated in a second), kept as what the rules read of them: rules.md §2 judges an emission by
 * its gas, scope and biogenic flag alone, and its counted amount is its mass in tonnes times the
 * gas's weight. So the records of one (gas, scope, biogenic) group are counted, or not, together,
 * and their counted CO2e is the group's exact sum of tonnes times the weight — the same number, to
 * the last digit and scale, as the sum of the records' own products, in any order.
 * {@link ClaimEvaluator#evaluate(org.zhonghe.assessment.Assessment, EmissionTally, Profile)}
 * evaluates an assessment with one record per group in place of the ledger.
 *
 * <p>Memory: one entry per group (a handful), plus the id and line of every {@code CO2e} record,
 * which the finding {@code CO2E_UNDER_CO2_CONCEPT} names one by one. Not thread-safe.
 */
public final class EmissionTally {
    private static final String SYNTHETIC = "\u0000tally:";
    private final GwpTable gwp;
    private final Map<Key, Group> groups = new TreeMap<>(Comparator.comparing(Key::gas).thenComparing(Key::scope)
            .thenComparing(Key::biogenic));
    private long count;

    private record Key(String gas, Scope scope, boolean biogenic) {}

    private static final class Group {
        BigDecimal tonnes;
        long count;
        int[] lines;
        List<String> ids;
    }

    /** @param gwp the table the ledger's gases are resolved by (the evaluator's) */
    public EmissionTally(GwpTable gwp) {
        this.gwp = Objects.requireNonNull(gwp, "gwp");
    }

    /**
     * Adds a record that passed the checks of single records (its gas is known).
     *
     * @throws IllegalArgumentException if its gas is unknown
     */
    public void add(Emission e) {
        Gas gas = gwp.resolve(e.gas()).orElseThrow(() -> new IllegalArgumentException("unknown gas: '" + e.gas() + "'"));
        Group g = groups.computeIfAbsent(new Key(gas.id(), e.scope(), e.biogenic()), k -> new Group());
        BigDecimal t = e.tonnes();
        g.tonnes = g.tonnes == null ? t : g.tonnes.add(t); // no ZERO to start: the scale is the records' own
        g.count++;
        count++;
        if (gas.family() == GasFamily.CO2E) {
            if (g.ids == null) {
                g.ids = new ArrayList<>();
                g.lines = new int[16];
            }
            if (g.ids.size() == g.lines.length) g.lines = Arrays.copyOf(g.lines, g.lines.length * 2);
            g.lines[g.ids.size()] = e.origin().line();
            g.ids.add(e.id());
        }
    }

    /** How many records were added. */
    public long count() {
        return count;
    }

    /** The gases of the records, as the GWP table names them ({@code HFC134a}), in order. */
    public List<String> gases() {
        return groups.keySet().stream().map(Key::gas).distinct().toList();
    }

    /** One record per group, in group order; each id marks it as standing for its group. */
    List<Emission> synthetic() {
        List<Emission> out = new ArrayList<>(groups.size());
        int i = 0;
        for (Map.Entry<Key, Group> g : groups.entrySet()) {
            Key k = g.getKey();
            out.add(new Emission(SYNTHETIC + i++, k.gas(), g.getValue().tonnes, MassUnit.T, k.scope(), k.biogenic(),
                    null, Origin.NONE));
        }
        return out;
    }

    /** The records of the group of {@code synthetic()}'s i-th record. */
    long count(int i) {
        return groupAt(i).count;
    }

    static boolean isSynthetic(String id) {
        return id.startsWith(SYNTHETIC);
    }

    /** The ids of the records of the groups named by synthetic ids, in line (file) order. */
    List<String> idsOf(List<String> syntheticIds) {
        List<long[]> at = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (String s : syntheticIds) {
            Group g = groupAt(Integer.parseInt(s.substring(SYNTHETIC.length())));
            if (g.ids == null) continue;
            for (int j = 0; j < g.ids.size(); j++) {
                at.add(new long[] {g.lines[j], ids.size()});
                ids.add(g.ids.get(j));
            }
        }
        at.sort(Comparator.comparingLong((long[] x) -> x[0]).thenComparingLong(x -> x[1]));
        List<String> out = new ArrayList<>(at.size());
        for (long[] x : at) out.add(ids.get((int) x[1]));
        return out;
    }

    private Group groupAt(int i) {
        int j = 0;
        for (Group g : groups.values()) if (j++ == i) return g;
        throw new IndexOutOfBoundsException(i);
    }
}
