package org.zhonghe.batch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.zhonghe.MassUnit;
import org.zhonghe.activity.Activity;
import org.zhonghe.activity.Inventory;
import org.zhonghe.assessment.Basis;
import org.zhonghe.assessment.Credit;
import org.zhonghe.assessment.Origin;
import org.zhonghe.assessment.Removal;
import org.zhonghe.assessment.RemovalKind;

/**
 * The removals, credits and activities of every entity. Removals and credits are kept as read, in
 * columns ({@link RemovalsRead}, {@link CreditsRead}): removals are summed per group of identical
 * fields (all that the rules read but the amounts) and credits made whole, one by one in file
 * order (the rules judge duplicated serials and caps in that order), when the entity is evaluated.
 */
final class SmallLedgers {
    /** The fields of a removal that the rules read, amounts aside. */
    record RemovalKey(RemovalKind kind, Boolean managed, Basis basis, Integer durabilityYears, boolean lifecycleDeclared,
                      boolean inBoundary) {
        static RemovalKey of(Removal r) {
            return new RemovalKey(r.kind(), r.managed(), r.basis(), r.durabilityYears(), r.lifecycleDeclared(), r.inBoundary());
        }

        // written out: a record's own equals and hashCode go through method handles, which the client
        // compiler that batch runs a mixed ledger with does not inline (a fifth of the read of removals.csv)
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof RemovalKey k && kind == k.kind && Objects.equals(managed, k.managed)
                    && basis == k.basis && Objects.equals(durabilityYears, k.durabilityYears)
                    && lifecycleDeclared == k.lifecycleDeclared && inBoundary == k.inBoundary;
        }

        @Override
        public int hashCode() {
            int h = kind.ordinal();
            h = 31 * h + (managed == null ? 2 : managed ? 1 : 0);
            h = 31 * h + (basis == null ? -1 : basis.ordinal());
            h = 31 * h + (durabilityYears == null ? -1 : durabilityYears);
            return 31 * (31 * h + (lifecycleDeclared ? 1 : 0)) + (inBoundary ? 1 : 0);
        }
    }

    /** The sums of one removal group, in tonnes. */
    static final class RemovalSum {
        BigDecimal tonnes = BigDecimal.ZERO;
        BigDecimal lifecycleTonnes = BigDecimal.ZERO;
        long records;

        Removal toRemoval(String id, RemovalKey k) {
            return new Removal(id, k.kind(), tonnes, MassUnit.T, k.managed(), k.basis(), k.durabilityYears(),
                    lifecycleTonnes, k.lifecycleDeclared(), k.inBoundary(), Origin.NONE);
        }
    }

    private RemovalsRead removals;
    private CreditsRead credits;
    /** Per entity: its activities as read (a list), then what they were computed to (an {@link Inventory}). */
    private final Object[] activities;
    /** Whether any entity has activities: a ledger without them never reads {@link #activities} per entity. */
    private boolean anyActivities;

    SmallLedgers(int entities) {
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
        return (removals == null || !removals.any(entity)) && (credits == null || !credits.any(entity))
                && (!anyActivities || activities[entity] == null);
    }

    /** Whether the entity has removals and neither credits nor activities (then its claim may be prepared: {@link RemovalShapes}). */
    boolean removalsAlone(int entity) {
        return removals != null && removals.any(entity) && (credits == null || !credits.any(entity))
                && (!anyActivities || activities[entity] == null);
    }

    /** Whether the entity has credits and no activities (then, when its concept admits no credit, its claim may be prepared: {@link RemovalShapes}). */
    boolean creditsWithoutActivities(int entity) {
        return credits != null && credits.any(entity) && (!anyActivities || activities[entity] == null);
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

    /** The removals read, linked ({@link RemovalsRead#link}). */
    void removals(RemovalsRead read) {
        removals = read;
    }

    /** The credits read, linked ({@link CreditsRead#link}). */
    void credits(CreditsRead read) {
        credits = read;
    }

    /** The entity's removals summed per group, in the order of each group's first removal ({@link RemovalsRead#groups}). */
    Map<RemovalKey, RemovalSum> removals(int entity) {
        return removals == null ? Map.of() : removals.groups(entity);
    }

    /** The entity's credits in file order, made anew ({@link CreditsRead#credits}). */
    List<Credit> credits(int entity, String entityId, boolean numbered) {
        return credits == null ? List.of() : credits.credits(entity, entityId, numbered);
    }
}
