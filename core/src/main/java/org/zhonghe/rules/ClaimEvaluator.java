package org.zhonghe.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zhonghe.Concept;
import org.zhonghe.Concept.Gases;
import org.zhonghe.Decimals;
import org.zhonghe.Gas;
import org.zhonghe.GasFamily;
import org.zhonghe.GwpTable;
import org.zhonghe.Metric;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Emission;
import org.zhonghe.assessment.EntityType;
import org.zhonghe.assessment.HistoryYear;
import org.zhonghe.assessment.OtherEffect;
import org.zhonghe.assessment.Reduction;
import org.zhonghe.assessment.Removal;
import org.zhonghe.assessment.Scope;

/**
 * Evaluates an assessment by rules.md: the claimed concept under the claim's profile, and the
 * concept matrix. Stateless and thread-safe.
 *
 * <p>An assessment is checked once, by {@link #validate} (or {@link #validateRecords} for an
 * engine that checks records its own way), before it is evaluated; the {@code evaluate} methods
 * do not check it again. An unchecked record may make them fail with an exception; it is never
 * counted wrongly. The profile is given, not looked up: the rules know the {@link Profile}
 * interface, not the catalogue of profiles ({@code org.zhonghe.profiles.Profiles}).
 */
public final class ClaimEvaluator {
    private final GwpTable gwp;
    private final SerialLedger elsewhere;
    private final RegistryFacts registry;

    public ClaimEvaluator(GwpTable gwp, SerialLedger elsewhere) {
        this(gwp, elsewhere, RegistryFacts.NONE);
    }

    /** With the registries' records: where a credit's registry has data, its facts decide (rules.md §4). */
    public ClaimEvaluator(GwpTable gwp, SerialLedger elsewhere, RegistryFacts registry) {
        this.gwp = Objects.requireNonNull(gwp, "gwp");
        this.elsewhere = Objects.requireNonNull(elsewhere, "elsewhere");
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /**
     * These rules with {@code elsewhere} as the ledger of credits other claims rely on (a store's,
     * or a batch ledger's other entities': {@code CONFLICTING_CLAIM}).
     */
    public ClaimEvaluator withElsewhere(SerialLedger elsewhere) {
        return new ClaimEvaluator(gwp, elsewhere, registry);
    }

    /** With the bundled GWP table and no store. */
    public static ClaimEvaluator standard() {
        return new ClaimEvaluator(GwpTable.bundled(), SerialLedger.NONE);
    }

    /**
     * Problems that depend on the rules' tables (gases, metric, kinds, unique ids); empty when
     * valid. Whether the claim's profile exists is the caller's question: it holds the catalogue.
     */
    public List<org.zhonghe.assessment.Problem> validate(Assessment a) {
        return AssessmentChecks.problems(a, gwp);
    }

    /**
     * The checks of single records and of unique ids alone, for a reader that could not build a
     * whole assessment but wants every error in one run; {@code metric} may be null (gas values
     * are then not checked).
     */
    public List<org.zhonghe.assessment.Problem> validateRecords(List<Emission> emissions, List<Removal> removals,
            List<org.zhonghe.assessment.Credit> credits, List<Reduction> reductions, List<OtherEffect> otherEffects,
            List<HistoryYear> history, Metric metric) {
        return AssessmentChecks.records(emissions, removals, credits, reductions, otherEffects, history, metric, gwp);
    }

    /**
     * The checks of one removal alone, as {@link #validateRecords} makes them for it, without the
     * uniqueness of its id (for a reader that makes ids unique itself, such as batch, row by row):
     * empty when valid, without allocating.
     */
    public List<org.zhonghe.assessment.Problem> validateRemoval(Removal removal) {
        if (!removal.kind().removalClass().requiresManagedLand() || removal.managed() != null) return List.of();
        List<org.zhonghe.assessment.Problem> out = new java.util.ArrayList<>(1);
        AssessmentChecks.removal(removal, out);
        return out;
    }

    /**
     * rules.md §2 for an engine that keeps emissions in its own form (batch, Spark): why an
     * emission of {@code gas} (as written, known to the GWP table) in {@code scope} is not counted
     * under {@code concept} as {@code profile} applies it within {@code boundary} for an entity of
     * {@code type} (the reach depends on it, rules.md §1); null when it counts. The same decision
     * {@link #evaluate} makes for every emission record.
     */
    public Reason emissionReason(String gas, Scope scope, boolean biogenic, Concept concept, Profile profile,
                                 org.zhonghe.assessment.Boundary boundary, EntityType type) {
        Gas g = gwp.resolve(gas).orElseThrow(() -> new IllegalArgumentException("unknown gas: '" + gas + "'"));
        return EmissionRules.reason(scope, biogenic, g, profile.rule(concept), boundary, type);
    }

    /**
     * The weight {@link #evaluate} gives one tonne of {@code gas} (as written) under {@code metric},
     * in t CO2e per t (1 for CO2 and CO2e); empty when the gas is unknown or has no value there.
     */
    public java.util.Optional<BigDecimal> weight(String gas, Metric metric) {
        return gwp.resolve(gas).flatMap(g -> gwp.factor(g, metric));
    }

    /**
     * The claimed concept's evaluation and the concept matrix under {@code profile}, the claim's
     * profile: each row carries the concept as that profile defines it and the verdict under it.
     * The assessment must have passed {@link #validate}.
     *
     * @throws IllegalArgumentException if {@code profile} is not the claim's
     */
    public ClaimResult evaluate(Assessment a, Profile profile) {
        if (!profile.id().equals(a.claim().profile())) {
            throw new IllegalArgumentException("profile '" + profile.id() + "' is not the claim's ('" + a.claim().profile() + "')");
        }
        Evaluation claimed = evaluateValidated(a, a.claim().concept(), profile);
        List<ConceptVerdict> matrix = new ArrayList<>();
        for (Concept c : Concept.values()) {
            Evaluation e = c == a.claim().concept() ? claimed : evaluateValidated(a, c, profile);
            matrix.add(new ConceptVerdict(e.rule(), e.verdict()));
        }
        return new ClaimResult(claimed, matrix);
    }

    /**
     * The claimed concept's evaluation and the concept matrix of {@code a}, whose emissions are
     * those tallied in {@code tallied} (a ledger too large to hold), as {@link #evaluate(Assessment, Profile)}
     * gives them for the assessment with every record: the same totals, findings and verdicts;
     * the claimed evaluation lists the records other than the tallied ones. The records must have
     * passed the checks of {@link #validate}. {@code ids} gives the ids of tallied records that a
     * finding names ({@code CO2E_UNDER_CO2_CONCEPT}); it is asked only when there is one.
     *
     * @throws IllegalArgumentException if {@code a} holds emissions of its own, or {@code profile} is not the claim's
     */
    public TalliedResult evaluate(Assessment a, EmissionTally tallied, Profile profile, EmissionTally.Ids ids) {
        if (!a.emissions().isEmpty()) throw new IllegalArgumentException("the emissions are tallied, not held");
        List<Emission> groups = tallied.synthetic();
        ClaimResult whole = evaluate(new Assessment(a.entity(), a.period(), a.boundary(), a.claim(), a.baseline(), a.plan(),
                groups, a.removals(), a.credits(), a.reductions(), a.history(), a.otherEffects(), a.inventory()), profile);
        Evaluation e = whole.claimed();
        long notCounted = 0;
        for (int i = 0, n = groups.size(); i < n; i++) if (!e.records().get(i).isCounted()) notCounted += tallied.count(i);
        List<Finding> findings = new ArrayList<>(e.findings().size());
        for (Finding f : e.findings()) {
            if (f.code() != FindingCode.CO2E_UNDER_CO2_CONCEPT) {
                findings.add(f);
                continue;
            }
            java.util.Set<EmissionTally.Key> namedGroups = new java.util.HashSet<>();
            f.records().stream().filter(EmissionTally::isSynthetic).forEach(id -> namedGroups.add(tallied.keyOf(id)));
            List<String> named = new ArrayList<>(namedGroups.isEmpty() ? List.of() : ids.of(namedGroups));
            f.records().stream().filter(id -> !EmissionTally.isSynthetic(id)).forEach(named::add);
            findings.add(new Finding(f.code(), named, f.args(), f.messageKey()));
        }
        Evaluation claimed = new Evaluation(e.entityId(), e.rule(), e.profile(), e.metric(), e.verdict(), e.level(),
                e.totals(), e.reported(), e.records().subList(groups.size(), e.records().size()), findings);
        return new TalliedResult(new ClaimResult(claimed, whole.concepts()), tallied.count(), notCounted);
    }

    /**
     * One emission record as {@link #evaluate} judges it under {@code concept} and {@code profile}
     * in {@code a} (its boundary, entity type and metric): for a caller that streams a ledger's
     * records to show each ({@link TalliedResult}). The record must have passed the checks of
     * {@link #validate}.
     */
    public RecordResult judge(Emission e, Assessment a, Concept concept, Profile profile) {
        Gas gas = gwp.resolve(e.gas()).orElseThrow();
        BigDecimal co2e = gas.family() == GasFamily.PRECURSOR ? BigDecimal.ZERO
                : e.tonnes().multiply(gwp.factor(gas, a.claim().metric()).orElseThrow());
        return EmissionRules.judge(e, gas, co2e, profile.rule(concept), a.boundary(), a.entity().type());
    }

    /** The assessment under one concept and profile; it must have passed {@link #validate}. */
    public Evaluation evaluate(Assessment a, Concept concept, Profile profile) {
        return evaluateValidated(a, concept, profile);
    }

    /**
     * The assessment under one concept and profile, for an engine that has already checked its
     * records ({@link #validateRecords}: every gas known with a value in the metric, kinds that
     * need it declaring {@code managed}) — the batch engines, which check each distinct gas and
     * removal once rather than once per entity. An unchecked record may fail here with an
     * exception; it is never counted wrongly.
     */
    public Evaluation evaluateValidated(Assessment a, Concept concept, Profile profile) {
        PreparedClaim p = prepare(a, concept, profile);
        PreparedClaim.Balance b = p.finish();
        return new Evaluation(a.entity().id(), p.rule(), profile.id(), a.claim().metric(), b.verdict(), level(a),
                b.totals(), p.reported(), p.records(), b.findings());
    }

    /**
     * Every record of an assessment judged under one concept and profile, before the balance
     * ({@link PreparedClaim}); the records must be checked as for {@link #evaluateValidated}.
     */
    public PreparedClaim prepare(Assessment a, Concept concept, Profile profile) {
        ConceptRule rule = profile.rule(concept);
        Metric metric = a.claim().metric();
        // one record each, sized at once: a list grown step by step makes an array per step
        List<RecordResult> records = new ArrayList<>(a.emissions().size() + a.removals().size() + a.credits().size()
                + a.reductions().size() + a.otherEffects().items().size() + a.history().size());
        BigDecimal biogenic = BigDecimal.ZERO;
        BigDecimal montreal = BigDecimal.ZERO;
        // indexed loops here and in the rules below: a for-each makes an iterator, which the client compiler
        // batch runs a mixed ledger with does not remove (a million entities, each evaluated whole)
        List<Emission> emissions = a.emissions();
        for (int i = 0, n = emissions.size(); i < n; i++) {
            Emission e = emissions.get(i);
            Gas gas = gwp.resolve(e.gas()).orElseThrow();
            BigDecimal co2e = BigDecimal.ZERO; // a precursor: never counted, no weight
            if (gas.family() != GasFamily.PRECURSOR) {
                BigDecimal weight = gwp.factor(gas, metric).orElseThrow();
                // CO2's weight of one leaves the tonnes as they are, scale and all: not multiplied (a new decimal)
                co2e = weight == BigDecimal.ONE ? e.tonnes() : e.tonnes().multiply(weight);
            }
            RecordResult r = EmissionRules.judge(e, gas, co2e, rule, a.boundary(), a.entity().type());
            if (r.reason() == Reason.BIOGENIC_REPORTED_SEPARATELY) biogenic = biogenic.add(co2e);
            if (r.reason() == Reason.MONTREAL_PROTOCOL_GAS) montreal = montreal.add(co2e);
            records.add(r);
        }
        List<RecordResult> history = history(a, rule);
        BigDecimal emitted = sum(records).add(sum(history));
        List<Removal> removals = a.removals();
        for (int i = 0, n = removals.size(); i < n; i++) records.add(RemovalRules.judge(removals.get(i), profile));
        RegistryChecks checks = new RegistryChecks(registry, a);
        // the emissions' results, as a view: nothing is added to the records while the credits are judged
        CreditRules.Outcome credits = CreditRules.judge(a, rule, profile, elsewhere, records.subList(0, emissions.size()),
                emitted, checks);
        List<RecordResult> judged = credits.results();
        for (int i = 0, n = judged.size(); i < n; i++) records.add(judged.get(i)); // addAll copies the list into an array first
        BigDecimal reduced = BigDecimal.ZERO;
        List<Reduction> reductions = a.reductions();
        for (int i = 0, n = reductions.size(); i < n; i++) {
            Reduction d = reductions.get(i);
            reduced = reduced.add(d.tonnes());
            records.add(new RecordResult(Section.REDUCTIONS, d.id(), RecordStatus.REPORTED, null, null, d.origin()));
        }
        List<OtherEffect> otherEffects = a.otherEffects().items();
        for (int i = 0, n = otherEffects.size(); i < n; i++) {
            OtherEffect o = otherEffects.get(i);
            records.add(rule.otherEffectsCounted()
                    ? RecordResult.counted(Section.OTHER_EFFECTS, o.id(), o.tonnes(), o.origin())
                    : RecordResult.notCounted(Section.OTHER_EFFECTS, RecordStatus.EXCLUDED, o.id(), Reason.NOT_IN_CONCEPT, o.origin()));
        }
        if (!history.isEmpty()) records.addAll(history); // addAll copies even an empty list into an array
        return new PreparedClaim(a, rule, profile, records, credits.conflictingSerials(), credits.misdeclared(),
                CreditClaims.contested(a, credits.results(), elsewhere), emitted,
                new Reported(biogenic, reduced, montreal), checks.findings());
    }

    private static List<RecordResult> history(Assessment a, ConceptRule rule) {
        List<HistoryYear> years = a.history();
        if (years.isEmpty()) return List.of(); // nearly every assessment
        List<RecordResult> out = new ArrayList<>(years.size());
        for (int i = 0, n = years.size(); i < n; i++) {
            HistoryYear h = years.get(i);
            String id = String.valueOf(h.year());
            out.add(rule.gases() == Gases.CO2
                    ? RecordResult.notCounted(Section.HISTORY, RecordStatus.EXCLUDED, id, Reason.CO2E_NOT_SPLIT, h.origin())
                    : RecordResult.counted(Section.HISTORY, id, h.emissions(), h.origin()));
        }
        return out;
    }

    /** Enterprise level of §4.2.1 for organisations: 1 Scopes 1+2, 2 with Scope 3, 3 with history; 0 below level 1. */
    static Integer level(Assessment a) {
        if (a.entity().type() != EntityType.ORGANIZATION) return null;
        if (!a.boundary().includes(Scope.ONE) || !a.boundary().includes(Scope.TWO)) return 0;
        if (!a.history().isEmpty()) return 3;
        return a.boundary().includes(Scope.THREE) ? 2 : 1;
    }

    /**
     * The counted amounts' sum, normalized. The first term is taken as it is rather than added to
     * zero (an addition that makes a new decimal whenever the scales differ): the normalized sum is
     * the same value in the same form ({@code TotalsTest}).
     */
    static BigDecimal sum(List<RecordResult> records) {
        BigDecimal s = null;
        for (int i = 0, n = records.size(); i < n; i++) {
            RecordResult r = records.get(i);
            if (r.isCounted()) s = s == null ? r.counted() : s.add(r.counted());
        }
        return s == null ? BigDecimal.ZERO : Decimals.normalize(s);
    }

    /** The counted amounts' sum in one section, normalized; as {@link #sum(List)}. */
    static BigDecimal sum(List<RecordResult> records, Section section) {
        BigDecimal s = null;
        for (int i = 0, n = records.size(); i < n; i++) {
            RecordResult r = records.get(i);
            if (r.section() == section && r.isCounted()) s = s == null ? r.counted() : s.add(r.counted());
        }
        return s == null ? BigDecimal.ZERO : Decimals.normalize(s);
    }
}
