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
import org.zhonghe.assessment.Emission;
import org.zhonghe.assessment.Origin;
import org.zhonghe.assessment.Problem;
import org.zhonghe.assessment.Removal;
import org.zhonghe.profiles.Profiles;

/**
 * Input checks that need the rules' tables: known gases with a value in the chosen metric, CO2
 * as the only biogenic gas, {@code managed} declared where the kind needs it, unique record ids,
 * a known profile. Every problem is collected; none stops the others.
 */
final class AssessmentChecks {
    private AssessmentChecks() {}

    static List<Problem> problems(Assessment a, GwpTable gwp) {
        List<Problem> out = new ArrayList<>();
        if (Profiles.byId(a.claim().profile()).isEmpty()) {
            out.add(Problem.at(Origin.NONE, "claim.profile", a.claim().profile(), "profile.unknown",
                    a.claim().profile(), Profiles.ids()));
        }
        Metric metric = a.claim().metric();
        for (Emission e : a.emissions()) {
            String field = "emissions[" + e.id() + "].";
            Optional<Gas> gas = gwp.resolve(e.gas());
            if (gas.isEmpty()) {
                String hint = gwp.suggest(e.gas()).orElse("");
                out.add(Problem.at(e.origin(), field + "gas", e.gas(), hint.isEmpty() ? "gas.unknown" : "gas.unknownSuggest",
                        e.gas(), hint));
                continue;
            }
            if (gwp.factor(gas.get(), metric).isEmpty()) {
                out.add(Problem.at(e.origin(), field + "gas", e.gas(), "gas.noValue", gas.get().id(), metric.id()));
            }
            if (e.biogenic() && gas.get().family() != GasFamily.CO2) {
                out.add(Problem.at(e.origin(), field + "biogenic", "true", "biogenic.notCO2", e.gas()));
            }
        }
        for (Removal r : a.removals()) {
            if (r.kind().removalClass().requiresManagedLand() && r.managed() == null) {
                out.add(Problem.at(r.origin(), "removals[" + r.id() + "].managed", null, "managed.required", r.kind().id()));
            }
        }
        unique(out, "emissions", a.emissions(), Emission::id, Emission::origin);
        unique(out, "removals", a.removals(), Removal::id, Removal::origin);
        unique(out, "credits", a.credits(), c -> c.id(), c -> c.origin());
        unique(out, "reductions", a.reductions(), d -> d.id(), d -> d.origin());
        unique(out, "otherEffects.items", a.otherEffects().items(), o -> o.id(), o -> o.origin());
        unique(out, "history", a.history(), h -> String.valueOf(h.year()), h -> h.origin());
        return out;
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
