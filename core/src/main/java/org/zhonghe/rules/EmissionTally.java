package org.zhonghe.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.zhonghe.Gas;
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
 * <p>Memory: one entry per group (a handful), whatever the number of records. The ids of the
 * records are not kept: where a finding names records of a group ({@code CO2E_UNDER_CO2_CONCEPT}),
 * the caller, which can read the ledger again, gives them ({@link Ids}). Not thread-safe.
 */
public final class EmissionTally {
    private static final String SYNTHETIC = "\u0000tally:";
    private final GwpTable gwp;
    private final Map<Key, Group> groups = new TreeMap<>(Comparator.comparing(Key::gas).thenComparing(Key::scope)
            .thenComparing(Key::biogenic));
    private long count;

    /**
     * The records the rules cannot tell apart.
     *
     * @param gas      the gas as the GWP table names it ({@code HFC134a} for {@code HFC-134a})
     * @param scope    the scope
     * @param biogenic the biogenic flag
     */
    public record Key(String gas, Scope scope, boolean biogenic) {}

    /** The ids of the tallied records of some groups, in file order: the caller reads them again. */
    @FunctionalInterface
    public interface Ids {
        List<String> of(java.util.Set<Key> groups);
    }

    private static final class Group {
        BigDecimal tonnes;
        long count;
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
        Group g = groups.computeIfAbsent(keyOf(e), k -> new Group());
        BigDecimal t = e.tonnes();
        g.tonnes = g.tonnes == null ? t : g.tonnes.add(t); // no ZERO to start: the scale is the records' own
        g.count++;
        count++;
    }

    /** The group of a record as {@link #add} files it. */
    public Key keyOf(Emission e) {
        Gas gas = gwp.resolve(e.gas()).orElseThrow(() -> new IllegalArgumentException("unknown gas: '" + e.gas() + "'"));
        return new Key(gas.id(), e.scope(), e.biogenic());
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

    /** The group a synthetic id stands for. */
    Key keyOf(String syntheticId) {
        int i = Integer.parseInt(syntheticId.substring(SYNTHETIC.length()));
        int j = 0;
        for (Key k : groups.keySet()) if (j++ == i) return k;
        throw new IndexOutOfBoundsException(i);
    }

    private Group groupAt(int i) {
        int j = 0;
        for (Group g : groups.values()) if (j++ == i) return g;
        throw new IndexOutOfBoundsException(i);
    }
}
