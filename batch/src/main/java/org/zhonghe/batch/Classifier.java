package org.zhonghe.batch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.zhonghe.Concept;
import org.zhonghe.Metric;
import org.zhonghe.assessment.Boundary;
import org.zhonghe.assessment.EntityType;
import org.zhonghe.assessment.Scope;
import org.zhonghe.rules.Profile;
import org.zhonghe.rules.ClaimEvaluator;
import org.zhonghe.rules.Reason;

/**
 * What the core rules decide about an emission row, asked once per distinct question and then
 * remembered: whether a gas name is valid under a metric ({@link GasIds}), and whether an
 * emission of that gas, scope and biogenic flag counts under a rule — a concept as a profile
 * applies it within a boundary for a type of entity, weighed in a metric — and if not, why
 * ({@link ClaimEvaluator#emissionReason}). The answers are pure functions of the question, so
 * threads may ask in any order. Weights ({@link ClaimEvaluator#weight}) are kept as fixed-point
 * {@code long}s of 10⁻⁶ where they fit.
 */
final class Classifier {
    /** Class of a row whose gas is not valid under the metric (the row is an error). */
    static final byte INVALID = 1;
    /** Class of a row that counts (and is part of the profile's offset cap base, {@link Profile#inCapBase}). */
    static final byte COUNTED = 2;
    /**
     * Class of a row that counts but lies outside the base of its profile's offset cap (under
     * {@code cn-ets}, Scope 3 and gases other than CO2): summed beside as well, so that the cap is
     * taken on what check takes it on.
     */
    static final byte COUNTED_OUTSIDE_CAP_BASE = 3;
    /** Classes from here on are not counted: {@code REASON + slot}. */
    static final byte REASON = 4;
    /** Decimal places of a fixed-point weight. */
    static final int WEIGHT_SCALE = 6;
    /** A weight with no fixed-point form (more places, too large, not positive). */
    static final long NOT_FIXED = -1;

    /**
     * A concept as a profile applies it, within a boundary, in a metric, for a type of entity (the
     * concept's reach depends on it, rules.md §1): all the rules read of an entity.
     */
    record Rule(Concept concept, Profile profile, Boundary boundary, Metric metric, EntityType type) {}

    private final ClaimEvaluator rules;
    private final GasIds gases;
    private final Map<Rule, Integer> ruleIds = new HashMap<>();
    private final List<Rule> ruleList = new ArrayList<>();
    private final List<Reason> reasons = new ArrayList<>();
    // by rule << 32 | group (or slot), unboxed: a HashMap<Long, …> hashes such a key to rule ^ group,
    // and its bins turned to trees (25 k nodes for the 10 M mix; a tenth of a second of the scan, under the lock)
    private final LongMap<Byte> classes = new LongMap<>();
    private final LongMap<TreeSet<Integer>> groupsOfReason = new LongMap<>();
    /** By rule and reason slot: the representative group + 1 (0: not asked yet); copied on write. */
    private volatile int[][] representatives = new int[0][];
    private final Map<Long, Long> weights = new HashMap<>();

    Classifier(ClaimEvaluator rules, GasIds gases) {
        this.rules = rules;
        this.gases = gases;
    }

    GasIds gases() {
        return gases;
    }

    /** The id of a rule, numbered as first asked. */
    synchronized int rule(Rule r) {
        return ruleIds.computeIfAbsent(r, k -> {
            ruleList.add(k);
            return ruleList.size() - 1;
        });
    }

    synchronized Rule rule(int id) {
        return ruleList.get(id);
    }

    /** Every rule so far, by id: for a reader that asks for them entity after entity without the lock. */
    synchronized Rule[] rules() {
        return ruleList.toArray(new Rule[0]);
    }

    /** The reason of a not-counted class. */
    synchronized Reason reason(int slot) {
        return reasons.get(slot);
    }

    /** Reasons seen so far. */
    synchronized int reasons() {
        return reasons.size();
    }

    /** An emission group: gas id, scope 1–3, biogenic. */
    static int group(int gas, int scope, boolean biogenic) {
        return gas << 3 | (scope - 1) << 1 | (biogenic ? 1 : 0);
    }

    static int gasOf(int group) {
        return group >>> 3;
    }

    static Scope scopeOf(int group) {
        return Scope.of((group >>> 1 & 3) + 1).orElseThrow();
    }

    static boolean biogenicOf(int group) {
        return (group & 1) == 1;
    }

    /** The class of an emission group under a rule (the core decides; asked once per pair). */
    synchronized byte classify(int rule, int group) {
        long key = (long) rule << 32 | group;
        Byte known = classes.get(key);
        if (known != null) return known;
        Rule r = ruleList.get(rule);
        String gas = gases.name(gasOf(group));
        byte c;
        if (!gases.check(gasOf(group), r.metric(), biogenicOf(group)).valid()) {
            c = INVALID;
        } else {
            Reason why = rules.emissionReason(gas, scopeOf(group), biogenicOf(group), r.concept(), r.profile(), r.boundary(),
                    r.type());
            if (why == null) {
                c = r.profile().inCapBase(gas, scopeOf(group)) ? COUNTED : COUNTED_OUTSIDE_CAP_BASE;
            } else {
                int slot = reasons.indexOf(why);
                if (slot < 0) {
                    reasons.add(why);
                    slot = reasons.size() - 1;
                }
                c = (byte) (REASON + slot);
                TreeSet<Integer> groups = groupsOfReason.get((long) rule << 32 | slot);
                if (groups == null) groups = groupsOfReason.put((long) rule << 32 | slot, new TreeSet<>());
                groups.add(group);
            }
        }
        classes.put(key, c);
        return c;
    }

    /**
     * The group that stands for every not-counted emission of {@code slot} under {@code rule} in
     * an entity's evaluation: of the groups the ledger has with that reason, the first by gas
     * name, scope and biogenic flag — the same whatever order rows were read in. Call after the
     * emissions are read.
     */
    int representative(int rule, int slot) {
        int[][] known = representatives; // asked for every not-counted reason of every entity: no boxing, no lock
        if (rule < known.length && known[rule] != null && slot < known[rule].length && known[rule][slot] != 0) {
            return known[rule][slot] - 1;
        }
        synchronized (this) {
            Comparator<Integer> order = Comparator.<Integer, String>comparing(g -> gases.name(gasOf(g)))
                    .thenComparingInt(g -> g & 7);
            int first = groupsOfReason.get((long) rule << 32 | slot).stream().min(order).orElseThrow();
            int[][] next = Arrays.copyOf(representatives, Math.max(representatives.length, rule + 1));
            int[] row = next[rule] == null ? new int[slot + 1] : Arrays.copyOf(next[rule], Math.max(next[rule].length, slot + 1));
            row[slot] = first + 1;
            next[rule] = row;
            representatives = next; // published whole: a reader sees the old arrays or the new ones
            return first;
        }
    }

    /** The weight of gas {@code gas} in {@code metric} as a fixed-point long of 10⁻⁶, or {@link #NOT_FIXED}. */
    synchronized long fixedWeight(Metric metric, int gas) {
        long key = (long) gas << 8 | metric.ordinal();
        Long known = weights.get(key);
        if (known != null) return known;
        BigDecimal w = weight(metric, gas);
        long fixed = NOT_FIXED;
        if (w.signum() > 0 && w.stripTrailingZeros().scale() <= WEIGHT_SCALE) {
            BigDecimal unscaled = w.movePointRight(WEIGHT_SCALE);
            if (unscaled.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) fixed = unscaled.longValueExact();
        }
        weights.put(key, fixed);
        return fixed;
    }

    /** The weight of a valid gas in a metric, t CO2e per t. */
    BigDecimal weight(Metric metric, int gas) {
        return rules.weight(gases.name(gas), metric).orElseThrow();
    }

    /** One thread's copy of the answers, read without locks. */
    final class Local {
        private byte[][] classOf = new byte[4][];
        private long[][] weightOf = new long[Metric.values().length][];

        byte classify(int rule, int group) {
            byte[] row = rule < classOf.length ? classOf[rule] : null;
            if (row != null && group < row.length && row[group] != 0) return row[group];
            byte c = Classifier.this.classify(rule, group);
            if (rule >= classOf.length) classOf = Arrays.copyOf(classOf, Math.max(rule + 1, classOf.length * 2));
            row = classOf[rule];
            if (row == null || group >= row.length) {
                row = row == null ? new byte[Math.max(64, group + 1)] : Arrays.copyOf(row, Math.max(group + 1, row.length * 2));
                classOf[rule] = row;
            }
            row[group] = c;
            return c;
        }

        long fixedWeight(Metric metric, int gas) {
            long[] row = weightOf[metric.ordinal()];
            if (row != null && gas < row.length && row[gas] != 0) return row[gas];
            long w = Classifier.this.fixedWeight(metric, gas);
            if (row == null || gas >= row.length) {
                row = row == null ? new long[Math.max(16, gas + 1)] : Arrays.copyOf(row, Math.max(gas + 1, row.length * 2));
                weightOf[metric.ordinal()] = row;
            }
            row[gas] = w;
            return w;
        }
    }
}
