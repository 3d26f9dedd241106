package org.zhonghe.batch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhonghe.MassUnit;
import org.zhonghe.activity.Activity;
import org.zhonghe.activity.Inventory;
import org.zhonghe.assessment.Basis;
import org.zhonghe.assessment.Credit;
import org.zhonghe.assessment.Origin;
import org.zhonghe.assessment.Removal;
import org.zhonghe.assessment.RemovalKind;

/**
 * The removals, credits and activities of every entity. Removals are summed per group of identical fields
 * (all that the rules read but the amounts); credits are kept one by one in file order, since
 * the rules judge duplicated serials and caps in that order.
 */
final class SmallLedgers {
    /** The fields of a removal that the rules read, amounts aside. */
    record RemovalKey(RemovalKind kind, Boolean managed, Basis basis, Integer durabilityYears, boolean lifecycleDeclared,
                      boolean inBoundary) {
        static RemovalKey of(Removal r) {
            return new RemovalKey(r.kind(), r.managed(), r.basis(), r.durabilityYears(), r.lifecycleDeclared(), r.inBoundary());
        }
    }

    /**
     * A removal as the ledgers keep it while the file is read: its group and its tonnes (the rules
     * read nothing else of it; its id and line are not kept).
     *
     * @param key             its fields but the amounts (one object per combination, shared)
     * @param tonnes          its amount in tonnes
     * @param lifecycleTonnes its lifecycle emissions in tonnes (0 when none declared)
     */
    record RemovalRead(RemovalKey key, BigDecimal tonnes, BigDecimal lifecycleTonnes) {
        static RemovalRead of(Removal r, RemovalKey key) {
            return new RemovalRead(key, r.tonnes(), shared(r.unit().toTonnes(r.lifecycleEmissions())));
        }

        /** {@link BigDecimal#ZERO} for a zero of scale 0 (the same number, written the same), kept once. */
        private static BigDecimal shared(BigDecimal d) {
            return d.signum() == 0 && d.scale() == 0 ? BigDecimal.ZERO : d;
        }
    }

    /**
     * A credit as read without its id and origin ({@code bare}), and its line in credits.csv,
     * negated when its id is to be made from the line: a credit is made whole when it is asked for
     * ({@link #credits}), so that a million credits do not each keep an id and an origin while the
     * file is read.
     */
    private record LinedCredit(Credit bare, long line) {
        Credit credit() {
            long at = Math.abs(line);
            return bare.withIdAndOrigin(line < 0 ? "line " + at : bare.id(), Origin.of(CreditRows.FILE, (int) at));
        }
    }

    /** The sums of one removal group, in tonnes. */
    static final class RemovalSum {
        /** The group's key while it is its entity's only group (kept without a map), else null. */
        private RemovalKey only;
        BigDecimal tonnes = BigDecimal.ZERO;
        BigDecimal lifecycleTonnes = BigDecimal.ZERO;
        long records;

        Removal toRemoval(String id, RemovalKey k) {
            return new Removal(id, k.kind(), tonnes, MassUnit.T, k.managed(), k.basis(), k.durabilityYears(),
                    lifecycleTonnes, k.lifecycleDeclared(), k.inBoundary(), Origin.NONE);
        }
    }

    /** No removals and no credits, for one entity (ordinal 0); never added to. */
    static final SmallLedgers NONE = new SmallLedgers(1);

    private final Object[] removals;
    private final Object[] credits;
    /** Per entity: its activities as read (a list), then what they were computed to (an {@link Inventory}). */
    private final Object[] activities;
    /** Whether any entity has activities: a ledger without them never reads {@link #activities} per entity. */
    private boolean anyActivities;

    SmallLedgers(int entities) {
        removals = new Object[entities];
        credits = new Object[entities];
        activities = new Object[entities];
    }

    void add(int entity, Activity a) {
        @SuppressWarnings("unchecked")
        List<Activity> l = (List<Activity>) activities[entity];
        if (l == null) activities[entity] = l = new ArrayList<>(2);
        l.add(a);
        anyActivities = true;
    }

    /**
     * Whether the entity has emissions alone: no removal, no credit, no activity (then its claim may be
     * prepared). Three loads of arrays, nothing called: asked for every entity of a ledger.
     */
    boolean emissionsAlone(int entity) {
        return removals[entity] == null && credits[entity] == null && (!anyActivities || activities[entity] == null);
    }

    /** The entity's activities as read, in file order. */
    @SuppressWarnings("unchecked")
    List<Activity> activities(int entity) {
        Object o = activities[entity];
        return o instanceof List<?> l ? (List<Activity>) l : o instanceof Inventory i ? i.activities() : List.of();
    }

    /** Its activities computed; their records join its ledger. */
    void computed(int entity, Inventory inventory) {
        activities[entity] = inventory;
    }

    /** What the entity's activities were computed to, or null (none, or not computed). */
    Inventory inventory(int entity) {
        return activities[entity] instanceof Inventory i ? i : null;
    }

    /** The entities that have activities, in order. */
    int[] withActivities() {
        int n = 0;
        for (Object o : activities) if (o != null) n++;
        int[] out = new int[n];
        n = 0;
        for (int e = 0; e < activities.length; e++) if (activities[e] != null) out[n++] = e;
        return out;
    }

    /**
     * Sums the removal into its entity's group of its fields. An entity of one group (most of them)
     * keeps its sum alone, a map made only for a second group.
     */
    void add(int entity, RemovalRead r) {
        RemovalKey key = r.key();
        Object o = removals[entity];
        RemovalSum s;
        if (o == null) {
            removals[entity] = s = new RemovalSum();
            s.only = key;
        } else if (o instanceof RemovalSum one && (one.only == key || one.only.equals(key))) {
            s = one;
        } else {
            @SuppressWarnings("unchecked")
            Map<RemovalKey, RemovalSum> m = o instanceof RemovalSum one ? toMap(entity, one)
                    : (Map<RemovalKey, RemovalSum>) o;
            s = m.computeIfAbsent(key, k -> new RemovalSum());
        }
        s.tonnes = plus(s.tonnes, r.tonnes());
        s.lifecycleTonnes = plus(s.lifecycleTonnes, r.lifecycleTonnes());
        s.records++;
    }

    /**
     * {@code sum + d} as {@link BigDecimal#add} makes it (the larger scale): {@code sum} itself when
     * {@code d} is a zero of no more decimals, {@code d} itself when {@code sum} is (the first
     * removal of a group), the same digits and scale either way; so that a group keeps no new
     * number for its first removal, nor for a removal without lifecycle emissions.
     */
    static BigDecimal plus(BigDecimal sum, BigDecimal d) {
        if (d.signum() == 0 && d.scale() <= sum.scale()) return sum;
        if (sum.signum() == 0 && sum.scale() <= d.scale()) return d;
        return sum.add(d);
    }

    private Map<RemovalKey, RemovalSum> toMap(int entity, RemovalSum one) {
        Map<RemovalKey, RemovalSum> m = new LinkedHashMap<>();
        m.put(one.only, one);
        one.only = null;
        removals[entity] = m;
        return m;
    }

    /**
     * Adds a credit read at {@code line} of credits.csv, {@code bare} of its id (unless written)
     * and origin; {@code idFromLine}: its id is made from the line.
     */
    void add(int entity, Credit bare, long line, boolean idFromLine) {
        LinedCredit c = new LinedCredit(bare, idFromLine ? -line : line);
        Object o = credits[entity];
        if (o == null) {
            credits[entity] = c;
            return;
        }
        @SuppressWarnings("unchecked")
        List<LinedCredit> l = o instanceof LinedCredit one ? null : (List<LinedCredit>) o;
        if (l == null) {
            credits[entity] = l = new ArrayList<>(2);
            l.add((LinedCredit) o);
        }
        l.add(c);
    }

    @SuppressWarnings("unchecked")
    Map<RemovalKey, RemovalSum> removals(int entity) {
        Object o = removals[entity];
        if (o instanceof RemovalSum one) return Map.of(one.only, one);
        return o == null ? Map.of() : (Map<RemovalKey, RemovalSum>) o;
    }

    /** The entity's credits in file order, each with its id and its line in credits.csv (made anew at each call). */
    @SuppressWarnings("unchecked")
    List<Credit> credits(int entity) {
        Object o = credits[entity];
        if (o == null) return List.of();
        if (o instanceof LinedCredit one) return List.of(one.credit());
        List<LinedCredit> l = (List<LinedCredit>) o;
        List<Credit> out = new ArrayList<>(l.size());
        for (LinedCredit c : l) out.add(c.credit());
        return out;
    }
}
