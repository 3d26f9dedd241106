package org.zhonghe.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.zhonghe.Concept;
import org.zhonghe.Metric;
import org.zhonghe.activity.Activity;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Baseline;
import org.zhonghe.assessment.Boundary;
import org.zhonghe.assessment.Claim;
import org.zhonghe.assessment.HistoryYear;
import org.zhonghe.assessment.Entity;
import org.zhonghe.assessment.EntityType;
import org.zhonghe.assessment.OtherEffect;
import org.zhonghe.assessment.OtherEffects;
import org.zhonghe.assessment.Period;
import org.zhonghe.assessment.Plan;
import org.zhonghe.assessment.ReductionTarget;
import org.zhonghe.assessment.Scope;
import org.zhonghe.ledger.LedgerSchema;
import org.zhonghe.ledger.LedgerSection;
import org.zhonghe.rules.ClaimEvaluator;

/**
 * The one binder from a {@link Node} tree, whatever its syntax, to an {@link Assessment}
 * (assessment-format.md, version 1): every field with its default, every problem reported, none
 * stopping the others. Returns null when there was any problem.
 */
final class AssessmentBinder {
    static final List<String> TOP = List.of("version", "entity", "period", "boundary", "claim", "baseline", "plan",
            "emissions", "removals", "credits", "reductions", "history", "otherEffects", "activities");
    private static final List<String> ENTITY = LedgerSchema.names(LedgerSchema.Entity.FIELDS);
    private static final List<String> PERIOD = LedgerSchema.names(LedgerSchema.Period.FIELDS);
    private static final List<String> BOUNDARY = LedgerSchema.names(LedgerSchema.Boundary.FIELDS);
    private static final List<String> CLAIM = LedgerSchema.names(LedgerSchema.Claim.FIELDS);
    static final List<String> BASELINE = LedgerSchema.names(LedgerSchema.Baseline.FIELDS);
    static final List<String> PLAN = LedgerSchema.Plan.NAMES;
    static final List<String> TARGET = LedgerSchema.names(LedgerSchema.Plan.Target.FIELDS);
    static final List<String> OTHER_EFFECTS = LedgerSchema.OtherEffects.NAMES;

    private final String file;
    private final Problems problems;
    private final Ledgers ledgers;
    private final Map<String, Integer> lines = new HashMap<>();
    private final ActivitiesBinder activities;
    /** The period read, for the sections read after it (a base year is before the period's end); null if invalid. */
    private Period periodRead;

    AssessmentBinder(String file, Problems problems, Ledgers ledgers) {
        this.file = file;
        this.problems = problems;
        this.ledgers = ledgers;
        this.activities = new ActivitiesBinder(file, problems, ledgers, lines);
    }

    /** The line of each non-ledger field by its path ({@code claim.profile}), for problems found later. */
    Map<String, Integer> lines() {
        return Map.copyOf(lines);
    }

    Assessment bind(Node root) {
        if (!(root instanceof Node.MapNode map)) {
            problems.add(file, root.line(), "", null, "type.document." + root.kind(),
                    String.join(", ", TOP));
            return null;
        }
        Fields top = Fields.of(map, file, "", TOP, problems);
        top.locateInto(lines);
        Integer version = top.integer("version", true, Integer.MIN_VALUE);
        if (version != null && version != 1) top.report("version", String.valueOf(version), "version.unsupported",
                String.valueOf(version));
        Entity entity = section(top, "entity", true, ENTITY, this::entity);
        Period period = section(top, "period", true, PERIOD, this::period);
        periodRead = period;
        Boundary boundary = section(top, "boundary", false, BOUNDARY, this::boundary);
        Claim claim = section(top, "claim", true, CLAIM, this::claim);
        Baseline baseline = section(top, "baseline", false, BASELINE, this::baseline);
        Plan plan = section(top, "plan", false, PLAN, this::plan);
        boolean noActivities = top.node("activities") == null;
        ledgers.deferrable(noActivities);
        var emissions = records(top, "emissions", "emissions", "id", LedgerRecords.EMISSION, LedgerRecords::emission);
        ledgers.deferrable(false);
        var removals = records(top, "removals", "removals", "id", LedgerRecords.REMOVAL, LedgerRecords::removal);
        var credits = records(top, "credits", "credits", "id", LedgerRecords.CREDIT, LedgerRecords::credit);
        var reductions = records(top, "reductions", "reductions", "id", LedgerRecords.REDUCTION,
                LedgerRecords::reduction);
        var history = records(top, "history", "history", "year", LedgerRecords.HISTORY, LedgerRecords::historyYear);
        if (period != null) {
            for (HistoryYear h : history) {
                // a year of the period is in the ledger itself: as history it would be counted twice
                if (h.year() >= period.from().getYear()) {
                    problems.add(h.origin().file() != null ? h.origin().file() : file, h.origin().line(),
                            "history[" + h.year() + "].year", String.valueOf(h.year()), "history.year.notBefore",
                            String.valueOf(h.year()), String.valueOf(period.from().getYear()));
                }
            }
        }
        OtherEffects otherEffects = section(top, "otherEffects", false, OTHER_EFFECTS, this::otherEffects);
        // no activities: their schema, whose units load the units library (about 0.02 s of a check), is not read
        List<Activity> activityList = noActivities ? List.of()
                : records(top, "activities", "activities", "id", ActivityRecords.ACTIVITY, ActivityRecords::activity);
        var inventory = activities.compute(activityList, period);
        if (inventory != null) {
            emissions = new ArrayList<>(emissions);
            emissions.addAll(inventory.emissions());
        }
        LargeLedger large = ledgers.large();
        if (large != null) {
            Metric metric = claim == null ? null : claim.metric();
            large.validate(problems, metric);
            // as for a ledger held: with cells unreadable anywhere, core's problems join them here
            if (!problems.isEmpty()) problems.addAll(large.recordProblems(metric));
            if (!problems.isEmpty()) problems.addAll(large.repeatedIds());
        }
        if (!problems.isEmpty()) {
            // every error in one run: core's record checks on the records that could be read
            problems.addAll(ClaimEvaluator.standard().validateRecords(emissions, removals, credits, reductions,
                    otherEffects == null ? List.of() : otherEffects.items(), history, claim == null ? null : claim.metric()));
            return null;
        }
        return new Assessment(entity, period, boundary == null ? Boundary.ALL_SCOPES : boundary, claim, baseline,
                plan, emissions, removals, credits, reductions, history,
                otherEffects == null ? OtherEffects.NOT_ASSESSED : otherEffects,
                inventory == null ? org.zhonghe.activity.Inventory.EMPTY : inventory);
    }

    private <T> T section(Fields top, String name, boolean required, List<String> allowed, Function<Fields, T> bind) {
        Node.MapNode map = top.map(name, required);
        if (map == null) return null;
        Fields f = Fields.of(map, file, name, allowed, problems);
        f.locateInto(lines);
        return bind.apply(f);
    }

    private <T> List<T> records(Fields parent, String name, String section, String idField, List<String> allowed,
                                Function<Fields, T> bind) {
        List<T> out = new ArrayList<>();
        ledgers.forEach(parent, name, section, allowed, (record, recordFile, index) -> {
            String path = Fields.recordPath(record, section, idField, index);
            T value = bind.apply(Fields.of(record, recordFile, path, allowed, problems));
            if (value != null) out.add(value);
        });
        return out;
    }

    private Entity entity(Fields f) {
        String id = f.value(LedgerSchema.Entity.ID);
        String name = f.value(LedgerSchema.Entity.NAME);
        EntityType type = f.value(LedgerSchema.Entity.TYPE);
        List<String> aliases = new ArrayList<>();
        Node.ListNode list = f.list("aliases", false);
        if (list != null) {
            for (Node item : list.items()) {
                if (item instanceof Node.ScalarNode s && !s.isNull() && !s.text().isBlank()) {
                    String alias = f.item("aliases", LedgerSchema.Entity.ALIAS, s);
                    if (alias != null) aliases.add(alias);
                } else {
                    problems.add(file, item.line(), f.path("aliases"), null, "entity.alias", "…");
                }
            }
        }
        return f.isValid() ? new Entity(id, name, type, aliases) : null;
    }

    private Period period(Fields f) {
        LocalDate from = f.value(LedgerSchema.Period.FROM);
        LocalDate to = f.value(LedgerSchema.Period.TO);
        if (from != null && to != null && to.isBefore(from)) {
            f.report("to", to.toString(), "period.order", from.toString(), to.toString());
        }
        return f.isValid() ? new Period(from, to) : null;
    }

    private Boundary boundary(Fields f) {
        Set<Scope> scopes = EnumSet.allOf(Scope.class);
        Node.ListNode list = f.list("scopes", false);
        if (list != null) {
            scopes = EnumSet.noneOf(Scope.class);
            for (Node item : list.items()) {
                if (item instanceof Node.ScalarNode s && !s.isNull() && !s.text().isBlank()) {
                    // each item read as a part of entities.csv's scopes, as an emission's scope
                    Scope scope = f.item("scopes", LedgerSchema.Boundary.SCOPE, s);
                    if (scope != null) scopes.add(scope);
                } else {
                    problems.add(file, item.line(), f.path("scopes"), null, "scope.unknown", "…");
                    f.invalidate();
                }
            }
        }
        String description = f.value(LedgerSchema.Boundary.DESCRIPTION);
        String scope3Exclusion = f.value(LedgerSchema.Boundary.SCOPE3_EXCLUSION);
        return f.isValid() ? new Boundary(scopes, description, scope3Exclusion) : null;
    }

    private Claim claim(Fields f) {
        Concept concept = f.value(LedgerSchema.Claim.CONCEPT);
        String profile = f.value(LedgerSchema.Claim.PROFILE);
        Metric metric = f.value(LedgerSchema.Claim.METRIC);
        LocalDate date = f.value(LedgerSchema.Claim.DATE);
        Boolean firstPeriod = f.value(LedgerSchema.Claim.FIRST_PERIOD);
        if (date != null && periodRead != null && date.isBefore(periodRead.to())) {
            // a balance over a period is known when the period has ended: a claim made before then is of
            // emissions not yet emitted, and its date would escape the rules of the day it is in truth made
            f.report(LedgerSchema.Claim.DATE.name(), date.toString(), "claim.date.beforePeriodEnd", date.toString(),
                    periodRead.to().toString());
        }
        activities.claim(f);
        if (!f.isValid()) return null;
        return new Claim(concept, profile, metric, date, firstPeriod);
    }

    private Baseline baseline(Fields f) {
        Integer year = f.value(LedgerSchema.Baseline.YEAR);
        BigDecimal emissions = f.value(LedgerSchema.Baseline.EMISSIONS);
        String sector = f.value(LedgerSchema.Baseline.SECTOR);
        BigDecimal scope1and2 = f.value(LedgerSchema.Baseline.SCOPE1AND2);
        BigDecimal scope3 = f.value(LedgerSchema.Baseline.SCOPE3);
        BigDecimal scope1 = f.value(LedgerSchema.Baseline.SCOPE1);
        if (f.isValid() && periodRead != null && year > periodRead.lastYear()) {
            // a reduction is measured from a base year to the period: one after it is no base
            f.report(LedgerSchema.Baseline.YEAR.name(), String.valueOf(year), "baseline.year.afterPeriod",
                    String.valueOf(year), String.valueOf(periodRead.lastYear()));
        }
        if (f.isValid() && (scope1and2 == null) != (scope3 == null)) {
            // a split names both parts: one alone leaves the other to a subtraction the user did not write
            String missing = scope1and2 == null ? LedgerSchema.Baseline.SCOPE1AND2.name() : LedgerSchema.Baseline.SCOPE3.name();
            f.report(missing, null, "baseline.split.part", missing);
        } else if (f.isValid() && scope1and2 != null && scope1and2.add(scope3).compareTo(emissions) != 0) {
            f.report(LedgerSchema.Baseline.EMISSIONS.name(), emissions.toPlainString(), "baseline.split.sum",
                    scope1and2.toPlainString(), scope3.toPlainString(), scope1and2.add(scope3).toPlainString(),
                    emissions.toPlainString());
        }
        if (f.isValid() && scope1 != null && scope1and2 == null) {
            // Scope 1 is a part of Scopes 1 and 2: given alone, it is a part of nothing written
            f.report(LedgerSchema.Baseline.SCOPE1.name(), scope1.toPlainString(), "baseline.scope1.part");
        } else if (f.isValid() && scope1 != null && scope1.compareTo(scope1and2) > 0) {
            f.report(LedgerSchema.Baseline.SCOPE1.name(), scope1.toPlainString(), "baseline.scope1.exceeds",
                    scope1.toPlainString(), scope1and2.toPlainString());
        }
        return f.isValid() ? new Baseline(year, emissions, sector, scope1and2, scope3, scope1) : null;
    }

    private Plan plan(Fields f) {
        List<ReductionTarget> targets = new ArrayList<>();
        Node.ListNode list = f.list(LedgerSchema.Plan.REDUCTION_TARGETS, false);
        if (list != null) {
            int index = 0;
            for (Node item : list.items()) {
                String path = f.path(LedgerSchema.Plan.REDUCTION_TARGETS) + "[" + ++index + "]";
                if (!(item instanceof Node.MapNode map)) {
                    problems.add(file, item.line(), path, null, "type.record." + item.kind(), String.join(", ", TARGET));
                    continue;
                }
                Fields t = Fields.of(map, file, path, TARGET, problems);
                Integer year = t.value(LedgerSchema.Plan.Target.YEAR);
                BigDecimal percent = t.value(LedgerSchema.Plan.Target.REDUCTION_PERCENT);
                Integer baseYear = t.value(LedgerSchema.Plan.Target.BASE_YEAR);
                if (t.isValid()) targets.add(new ReductionTarget(year, percent, baseYear));
            }
        }
        String transition = f.value(LedgerSchema.Plan.REMOVAL_TRANSITION);
        return f.isValid() ? new Plan(targets, transition) : null;
    }

    private OtherEffects otherEffects(Fields f) {
        Boolean assessed = f.value(LedgerSchema.OtherEffects.ASSESSED); // null after its problem
        List<OtherEffect> items = records(f, LedgerSchema.OtherEffects.ITEMS, LedgerSection.OTHER_EFFECTS.path(), "id",
                LedgerRecords.OTHER_EFFECT, LedgerRecords::otherEffect);
        return new OtherEffects(Boolean.TRUE.equals(assessed), items);
    }
}
