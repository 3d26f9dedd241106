package org.zhonghe.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.zhonghe.Gas;
import org.zhonghe.GasFamily;
import org.zhonghe.GwpTable;
import org.zhonghe.Metric;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Credit;
import org.zhonghe.assessment.HistoryYear;
import org.zhonghe.assessment.OtherEffect;
import org.zhonghe.assessment.Reduction;
import org.zhonghe.assessment.Emission;
import org.zhonghe.assessment.Origin;
import org.zhonghe.assessment.Problem;
import org.zhonghe.assessment.Removal;

/**
 * Input checks that need the rules' tables: known gases with a value in the chosen metric (a
 * precursor has none and needs none: it is never balanced, rules.md §2), CO2
 * as the only biogenic gas, {@code managed} declared where the kind needs it, unique record ids.
 * Every problem is collected; none stops the others. (A known profile is checked by whoever holds
 * the profile catalogue.)
 */
final class AssessmentChecks {
    private AssessmentChecks() {}

    static List<Problem> problems(Assessment a, GwpTable gwp) {
        return records(a.emissions(), a.removals(), a.credits(), a.reductions(), a.otherEffects().items(),
                a.history(), a.claim().metric(), gwp);
    }

    /** The checks of single records and of id uniqueness; {@code metric} may be null (gas values then unchecked). */
    static List<Problem> records(List<Emission> emissions, List<Removal> removals, List<Credit> credits,
                                 List<Reduction> reductions, List<OtherEffect> otherEffects, List<HistoryYear> history,
                                 Metric metric, GwpTable gwp) {
        List<Problem> out = new ArrayList<>();
        for (Emission e : emissions) {
            String field = "emissions[" + e.id() + "].";
            Optional<Gas> gas = gwp.resolve(e.gas());
            if (gas.isEmpty()) {
                String hint = gwp.suggest(e.gas()).orElse("");
                out.add(Problem.at(e.origin(), field + "gas", e.gas(), hint.isEmpty() ? "gas.unknown" : "gas.unknownSuggest",
                        e.gas(), hint));
                continue;
            }
            if (metric != null && gas.get().family() != GasFamily.PRECURSOR && gwp.factor(gas.get(), metric).isEmpty()) {
                out.add(Problem.at(e.origin(), field + "gas", e.gas(), "gas.noValue", gas.get().id(), metric.id()));
            }
            if (e.biogenic() && gas.get().family() != GasFamily.CO2) {
                out.add(Problem.at(e.origin(), field + "biogenic", "true", "biogenic.notCO2", e.gas()));
            }
        }
        for (Removal r : removals) removal(r, out);
        unique(out, "emissions", emissions, Emission::id, Emission::origin);
        unique(out, "removals", removals, Removal::id, Removal::origin);
        unique(out, "credits", credits, Credit::id, Credit::origin);
        unique(out, "reductions", reductions, Reduction::id, Reduction::origin);
        unique(out, "otherEffects.items", otherEffects, OtherEffect::id, OtherEffect::origin);
        unique(out, "history", history, h -> String.valueOf(h.year()), HistoryYear::origin);
        return out;
    }

    /**
     * The checks of one removal alone (no uniqueness of its id): added to {@code out}, the same
     * problems {@link #records} makes for it.
     */
    static void removal(Removal r, List<Problem> out) {
        if (r.kind().removalClass().requiresManagedLand() && r.managed() == null) {
            out.add(Problem.at(r.origin(), "removals[" + r.id() + "].managed", null, "managed.required", r.kind().id()));
        }
    }

    private static <T> void unique(List<Problem> out, String section, List<T> records, Function<T, String> id,
                                   Function<T, Origin> origin) {
        Map<String, Origin> seen = new HashMap<>();
        for (T r : records) {
            Origin first = seen.putIfAbsent(id.apply(r), origin.apply(r));
            if (first != null) {
                out.add(Problem.at(origin.apply(r), section + "[" + id.apply(r) + "].id", id.apply(r), "id.duplicate",
                        id.apply(r), section, String.valueOf(first.line())));
            }
        }
    }
}
