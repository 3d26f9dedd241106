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
     * keeps its sum alone, a map made only for a second group; groups are kept interned, one key
     * per combination of fields for every entity.
     */
    void add(int entity, Removal r) {
        RemovalKey key = intern(RemovalKey.of(r));
        Object o = removals[entity];
        RemovalSum s;
        if (o == null) {
            removals[entity] = s = new RemovalSum();
            s.only = key;
        } else if (o instanceof RemovalSum one && one.only.equals(key)) {
            s = one;
        } else {
            @SuppressWarnings("unchecked")
            Map<RemovalKey, RemovalSum> m = o instanceof RemovalSum one ? toMap(entity, one)
                    : (Map<RemovalKey, RemovalSum>) o;
            s = m.computeIfAbsent(key, k -> new RemovalSum());
        }
        s.tonnes = s.tonnes.add(r.tonnes());
        s.lifecycleTonnes = s.lifecycleTonnes.add(r.unit().toTonnes(r.lifecycleEmissions()));
        s.records++;
    }

    private Map<RemovalKey, RemovalSum> toMap(int entity, RemovalSum one) {
        Map<RemovalKey, RemovalSum> m = new LinkedHashMap<>();
        m.put(one.only, one);
        one.only = null;
        removals[entity] = m;
        return m;
    }

    private final Map<RemovalKey, RemovalKey> keys = new java.util.HashMap<>();

    private RemovalKey intern(RemovalKey k) {
        RemovalKey kept = keys.putIfAbsent(k, k);
        return kept == null ? k : kept;
    }

    void add(int entity, Credit c) {
        @SuppressWarnings("unchecked")
        List<Credit> l = (List<Credit>) credits[entity];
        if (l == null) credits[entity] = l = new ArrayList<>(2);
        l.add(c);
    }

    @SuppressWarnings("unchecked")
    Map<RemovalKey, RemovalSum> removals(int entity) {
        Object o = removals[entity];
        if (o instanceof RemovalSum one) return Map.of(one.only, one);
        return o == null ? Map.of() : (Map<RemovalKey, RemovalSum>) o;
    }

    @SuppressWarnings("unchecked")
    List<Credit> credits(int entity) {
        List<Credit> l = (List<Credit>) credits[entity];
        return l == null ? List.of() : l;
    }
}
