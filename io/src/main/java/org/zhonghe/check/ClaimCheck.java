package org.zhonghe.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.zhonghe.Concept;
import org.zhonghe.Metric;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Claim;
import org.zhonghe.assessment.Problem;
import org.zhonghe.assessment.Origin;
import org.zhonghe.io.LargeLedger;
import org.zhonghe.io.ReadResult;
import org.zhonghe.rules.TalliedResult;
import org.zhonghe.rules.Profile;
import org.zhonghe.profiles.Profiles;
import org.zhonghe.rules.ClaimResult;
import org.zhonghe.rules.ClaimEvaluator;

/**
 * Read result + overrides → validated, evaluated outcome. Stateless. The assessment is validated
 * here, once ({@link ClaimEvaluator#validate} plus a known profile); the evaluator does not check
 * it again.
 */
public final class ClaimCheck {
    private final ClaimEvaluator rules;

    public ClaimCheck(ClaimEvaluator rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public Outcome run(ReadResult read, Overrides overrides) {
        List<Problem> usage = new ArrayList<>();
        if (!(read instanceof ReadResult.Read ok)) {
            overridden(null, overrides, usage);
            usage.addAll(read.problems());
            return new Outcome.Invalid(usage);
        }
        Assessment a = overridden(ok.value(), overrides, usage);
        if (!usage.isEmpty()) return new Outcome.Invalid(usage);
        List<Problem> found = new ArrayList<>();
        var profile = Profiles.byId(a.claim().profile());
        if (profile.isEmpty()) {
            found.add(Problem.at(Origin.NONE, "claim.profile", a.claim().profile(), "profile.unknown",
                    a.claim().profile(), Profiles.ids()));
        }
        LargeLedger large = ok.large();
        if (large == null) {
            found.addAll(rules.validate(a));
        } else {
            // core's order for records held: single records' problems, removals', then repeated ids
            found.addAll(large.recordProblems(a.claim().metric()));
            List<Problem> rest = rules.validate(a);
            rest.stream().filter(p -> p.key().equals("managed.required")).forEach(found::add);
            found.addAll(large.repeatedIds());
            rest.stream().filter(p -> !p.key().equals("managed.required")).forEach(found::add);
        }
        List<Problem> problems = ok.locate(found);
        if (!problems.isEmpty()) return new Outcome.Invalid(problems);
        if (large == null) return new Outcome.Checked(a, rules.evaluate(a, profile.get()));
        TalliedResult tallied = rules.evaluate(a, large.tally(), profile.get(), large::idsIn);
        return new Outcome.Checked(a, tallied.result(), new Outcome.Streamed(large, rules, profile.get(),
                tallied.talliedRecords(), tallied.talliedNotCounted()));
    }

    /**
     * The claim of a checked assessment under every profile, as {@link #underEveryProfile(Assessment)};
     * with a large ledger each claimed evaluation lists the records but the streamed ones, and
     * {@code streamed} receives each profile's {@link Outcome.Streamed}.
     */
    public Map<String, ClaimResult> underEveryProfile(Outcome.Checked ok, Map<String, Outcome.Streamed> streamed) {
        if (ok.streamed() == null) return underEveryProfile(ok.assessment());
        Assessment a = ok.assessment();
        LargeLedger large = ok.streamed().ledger();
        Map<String, ClaimResult> out = new LinkedHashMap<>();
        for (Profile p : Profiles.all()) {
            TalliedResult t = rules.evaluate(a.withClaim(a.claim().withProfile(p.id())), large.tally(), p, large::idsIn);
            out.put(p.id(), t.result());
            streamed.put(p.id(), new Outcome.Streamed(large, rules, p, t.talliedRecords(), t.talliedNotCounted()));
        }
        return out;
    }

    /**
     * The claim of a checked assessment ({@link Outcome.Checked#assessment()}: it is not validated
     * again) under every profile, in the order of {@link Profiles#all()} (the profile matrix).
     */
    public Map<String, ClaimResult> underEveryProfile(Assessment a) {
        Map<String, ClaimResult> out = new LinkedHashMap<>();
        for (Profile p : Profiles.all()) out.put(p.id(), rules.evaluate(a.withClaim(a.claim().withProfile(p.id())), p));
        return out;
    }

    /** The assessment with the overrides applied ({@code a} may be null: then only the overrides are checked). */
    private static Assessment overridden(Assessment a, Overrides o, List<Problem> usage) {
        Claim c = a == null ? null : a.claim();
        if (o.concept() != null) {
            var found = Concept.fromId(o.concept());
            if (found.isEmpty()) usage.add(problem(o, "concept", o.concept(), "cli.concept.unknown", Concept.ids()));
            else if (c != null) c = c.withConcept(found.get());
        }
        if (o.profile() != null) {
            if (Profiles.byId(o.profile()).isEmpty()) usage.add(problem(o, "profile", o.profile(), "profile.unknown", Profiles.ids()));
            else if (c != null) c = c.withProfile(o.profile());
        }
        if (o.metric() != null) {
            var found = Metric.fromId(o.metric());
            if (found.isEmpty()) usage.add(problem(o, "metric", o.metric(), "cli.metricOption.unknown", Metric.ids()));
            else if (c != null) c = c.withMetric(found.get());
        }
        return a == null ? null : a.withClaim(c);
    }

    private static Problem problem(Overrides o, String name, String value, String key, String expected) {
        String field = o.source().equals("(command line)") ? "--" + name : name;
        return new Problem(o.source(), 0, field, value, key, List.of(value, expected));
    }
}
