package org.zhonghe.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.zhonghe.activity.Activity;
import org.zhonghe.activity.ActivityCalculator;
import org.zhonghe.activity.FactorSet;
import org.zhonghe.activity.FactorSetCsv;
import org.zhonghe.activity.FactorSets;
import org.zhonghe.activity.Inventory;
import org.zhonghe.activity.Scope2Method;
import org.zhonghe.assessment.Period;
import org.zhonghe.assessment.Problem;
import org.zhonghe.ledger.LedgerSchema;

/**
 * The claim's {@code factorSet} and {@code scope2Method}, and the computing of the activities
 * with them: built-in sets by id, a user's set by its CSV file named next to the assessment
 * ({@code factorSet: [ipcc-2006, verifier.csv]}).
 */
final class ActivitiesBinder {
    private final String file;
    private final Problems problems;
    private final Ledgers ledgers;
    private final Map<String, Integer> lines;
    private List<String> factorSets = List.of(FactorSets.DEFAULT);
    private Scope2Method method = Scope2Method.LOCATION;

    ActivitiesBinder(String file, Problems problems, Ledgers ledgers, Map<String, Integer> lines) {
        this.file = file;
        this.problems = problems;
        this.ledgers = ledgers;
        this.lines = lines;
    }

    /**
     * Reads {@code claim.factorSet} (ids separated by {@code |} or commas, or a list of them, each
     * read by core's schema as batch reads its column) and {@code claim.scope2Method}.
     */
    void claim(Fields f) {
        Node node = f.node("factorSet");
        List<String> sets = new ArrayList<>();
        if (node instanceof Node.ListNode list) {
            for (Node item : list.items()) {
                if (item instanceof Node.ScalarNode s && !s.text().isBlank()) {
                    List<String> ids = f.item("factorSet", LedgerSchema.Claim.FACTOR_SET, s);
                    if (ids != null) sets.addAll(ids);
                } else {
                    f.report("factorSet", null, "type.value." + item.kind());
                }
            }
        } else if (node instanceof Node.ScalarNode) {
            List<String> ids = f.value(LedgerSchema.Claim.FACTOR_SET);
            if (ids != null) sets.addAll(ids);
        } else if (node != null) {
            f.report("factorSet", null, "type.value." + node.kind());
        }
        if (!sets.isEmpty()) factorSets = List.copyOf(sets);
        Scope2Method m = f.value(LedgerSchema.Claim.SCOPE2_METHOD);
        if (m != null) method = m;
    }

    /** The activities computed, or null when there are none or any problem was found (then reported). */
    Inventory compute(List<Activity> activities, Period period) {
        if (activities.isEmpty() || !problems.isEmpty() || period == null) {
            return activities.isEmpty() ? new Inventory(List.of(), factorSets, method, List.of()) : null;
        }
        Map<String, FactorSet> sets = new LinkedHashMap<>(FactorSets.builtIn());
        List<String> named = new ArrayList<>(factorSets);
        activities.stream().map(Activity::factorSet).filter(s -> s != null && !named.contains(s)).forEach(named::add);
        for (String name : named) {
            if (!name.toLowerCase(Locale.ROOT).endsWith(".csv") || sets.containsKey(name)) continue;
            String text = ledgers.readText(file, lines.getOrDefault("claim.factorSet", 0), "claim.factorSet", name);
            if (text == null) continue;
            FactorSetCsv.Parsed parsed = FactorSets.parseUserSet(text, ledgers.sibling(name));
            problems.addAll(parsed.problems());
            if (parsed.problems().isEmpty()) sets.put(name, FactorSets.userSet(name, parsed.factors()));
        }
        if (!problems.isEmpty()) return null;
        var result = new ActivityCalculator(sets).compute(activities, factorSets, method, period);
        for (Problem p : result.problems()) {
            problems.addAll(List.of(p.file().isEmpty()
                    ? new Problem(file, lines.getOrDefault(p.field(), 0), p.field(), p.value(), p.key(), p.args())
                    : p));
        }
        return result.problems().isEmpty() ? result.inventory() : null;
    }
}
