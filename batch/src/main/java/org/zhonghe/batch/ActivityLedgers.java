package org.zhonghe.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.zhonghe.activity.ActivityCalculator;
import org.zhonghe.activity.Inventory;
import org.zhonghe.assessment.Problem;
import org.zhonghe.rules.ClaimEvaluator;

/**
 * The activities of every valid entity computed by the core's {@link ActivityCalculator} — the
 * calculator of {@code check} — with the factor sets and Scope 2 method of its row in
 * entities.csv and the year its period starts; the computed records are then checked by the
 * core's record checks (a refrigerant's gas in the metric, ids unique), as {@code check} checks
 * them. An entity whose activities cannot be computed is INVALID, with every problem at its line
 * of activities.csv; one that names a user's factor set which is missing or has errors is
 * INVALID with an error at the line that names it ({@link UserFactorSets}).
 */
final class ActivityLedgers {
    private ActivityLedgers() {}

    /**
     * Computes each entity's activities into {@code small} with the built-in sets and the users'
     * sets {@code userSets}; returns the problems found, in line order (those of a user set named
     * in entities.csv at the entity's line there).
     */
    static List<Problem> compute(Entities entities, SmallLedgers small, ClaimEvaluator rules, UserFactorSets userSets) {
        return compute(entities, small, rules, userSets, RecordIds.Written.NONE);
    }

    /**
     * As above; a computed record whose id ({@code ACTIVITY.GAS}) an emission row of the entity
     * wrote too ({@code written}: emissions.csv's ids) is an input error at the activity, as check
     * refuses two emission records of one id (session 23; before, batch counted both).
     */
    static List<Problem> compute(Entities entities, SmallLedgers small, ClaimEvaluator rules, UserFactorSets userSets,
                                 RecordIds.Written emissionIds) {
        List<Problem> out = new ArrayList<>();
        ActivityCalculator calculator = userSets.calculator();
        for (int e : small.withActivities()) {
            if (!entities.valid(e)) continue; // as check: nothing is computed from an assessment with input errors
            EntityShape shape = entities.shapeOf(e);
            List<Problem> sets = userSets.problemsOf(shape.factorSets(), entities.spec(e).line(), small.activities(e));
            if (!sets.isEmpty()) { // as check: a set that cannot be read stops the computing
                entities.markInvalid(e);
                out.addAll(sets);
                continue;
            }
            ActivityCalculator.Result r = calculator.compute(small.activities(e), shape.factorSets(), shape.scope2Method(),
                    shape.period());
            List<Problem> problems = new ArrayList<>(r.problems());
            Inventory inventory = r.inventory();
            if (problems.isEmpty()) {
                for (var c : inventory.emissions()) {
                    long line = emissionIds.lineOf(e, c.id(), other -> !small.activities(other).isEmpty());
                    if (line >= 0) {
                        problems.add(new Problem(ActivityRows.FILE, c.origin().lineOf("id"), "id", c.id(), "id.computedTaken",
                                List.of(c.id(), EmissionRows.FILE, String.valueOf(line))));
                    }
                }
            }
            if (problems.isEmpty()) {
                problems.addAll(rules.validateRecords(inventory.emissions(), List.of(), List.of(), List.of(), List.of(),
                        List.of(), shape.claim().metric()));
            }
            if (problems.isEmpty()) {
                small.computed(e, inventory);
                continue;
            }
            entities.markInvalid(e);
            for (Problem p : problems) {
                out.add(new Problem(ActivityRows.FILE, p.line(), field(p.field()), p.value(), p.key(), p.args()));
            }
        }
        out.sort(Comparator.comparingLong(Problem::line)); // stable: an activity's own problems stay in order
        return out;
    }

    /** {@code activities[diesel].fuel} and {@code emissions[diesel.CO2].id} as a column: {@code fuel}, {@code id}. */
    static String field(String path) {
        int close = path.lastIndexOf("].");
        return close >= 0 ? path.substring(close + 2) : path.substring(path.lastIndexOf('.') + 1);
    }
}
