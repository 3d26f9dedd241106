package org.zhonghe.assessment;

import java.util.List;
import java.util.Objects;
import org.zhonghe.activity.Inventory;

/**
 * An assessment: who claims what over which period and boundary, and its ledgers
 * (assessment-format.md, version 1).
 *
 * @param entity       the subject
 * @param period       the period of the balance
 * @param boundary     the boundary and its scopes
 * @param claim        what is claimed
 * @param baseline     base-year emissions; may be null
 * @param plan         the management plan; may be null
 * @param emissions    in file order
 * @param removals     in file order
 * @param credits      in file order (the first of a duplicated serial keeps it)
 * @param reductions   in file order
 * @param history      yearly emissions before the period; empty when not given
 * @param otherEffects other climate effects
 * @param inventory    the activities, the factor sets and Scope 2 method chosen ({@code claim.factorSet},
 *                     {@code claim.scope2Method}) and what they were computed to; the records that
 *                     join the ledger are already in {@code emissions}
 */
public record Assessment(Entity entity, Period period, Boundary boundary, Claim claim, Baseline baseline,
                         Plan plan, List<Emission> emissions, List<Removal> removals, List<Credit> credits,
                         List<Reduction> reductions, List<HistoryYear> history, OtherEffects otherEffects,
                         Inventory inventory) {
    /** An assessment without activity data. */
    public Assessment(Entity entity, Period period, Boundary boundary, Claim claim, Baseline baseline, Plan plan,
                      List<Emission> emissions, List<Removal> removals, List<Credit> credits,
                      List<Reduction> reductions, List<HistoryYear> history, OtherEffects otherEffects) {
        this(entity, period, boundary, claim, baseline, plan, emissions, removals, credits, reductions, history,
                otherEffects, Inventory.EMPTY);
    }

    public Assessment {
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(boundary, "boundary");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(otherEffects, "otherEffects");
        emissions = List.copyOf(emissions);
        removals = List.copyOf(removals);
        credits = List.copyOf(credits);
        reductions = List.copyOf(reductions);
        history = List.copyOf(history);
    }

    public Assessment withClaim(Claim c) {
        return new Assessment(entity, period, boundary, c, baseline, plan, emissions, removals, credits,
                reductions, history, otherEffects, inventory);
    }

    /** The date of the claim: as stated, else the period's end. */
    public java.time.LocalDate claimDate() {
        return claim.date() != null ? claim.date() : period.to();
    }

    /**
     * The date of the claim as the rules of a day read it: as stated; else the period's end, or,
     * when {@code creditsAdmitted} (the concept lets credits count for this entity) and a credit was
     * retired after the period, the last day one was: a claim that rests on credits is made no
     * earlier than they are retired (session 25; before, an undated PAS 2060 claim resting on a
     * credit retired in 2026 read as made on its period's end in 2025, before the withdrawal).
     */
    public java.time.LocalDate claimDate(boolean creditsAdmitted) {
        if (claim.date() != null || !creditsAdmitted) return claimDate();
        java.time.LocalDate last = period.to();
        for (int i = 0, n = credits.size(); i < n; i++) { // indexed: batch engines ask this of every entity with credits
            java.time.LocalDate retired = credits.get(i).retiredOn();
            if (retired != null && retired.isAfter(last)) last = retired;
        }
        return last;
    }

    /** How many records the result lists (every ledger record once). */
    public int recordCount() {
        return emissions.size() + removals.size() + credits.size() + reductions.size()
                + otherEffects.items().size() + history.size();
    }
}
