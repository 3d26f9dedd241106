package org.zhonghe.rules;

import java.math.BigDecimal;
import java.util.List;
import org.zhonghe.Decimals;
import org.zhonghe.assessment.Assessment;

/**
 * An assessment judged record by record under one concept and profile (rules.md §2–§5), before
 * the balance: {@link #finish} adds the totals, the findings and the verdict (§6).
 * {@link ClaimEvaluator#evaluateValidated} is {@code prepare} then {@code finish}.
 *
 * <p>An assessment of emissions alone ({@link #emissionsOnly}) is judged the same whatever its
 * amounts: which emissions count and why not depends on gas, scope and boundary (§2), and its
 * findings read the amounts only through the totals. So one prepared claim serves every
 * assessment with the same records but other amounts — the batch engines prepare once per
 * distinct ledger structure and finish each entity with its own counted total
 * ({@link #finish(BigDecimal)}). {@code PreparedClaimTest} holds that equal to evaluating each
 * assessment whole.
 */
public final class PreparedClaim {
    private final Assessment assessment;
    private final ConceptRule rule;
    private final Profile profile;
    private final List<RecordResult> records;
    private final List<String> conflictingSerials;
    /** CONFLICTING_CLAIM of credits, then of energy certificates; usually empty. */
    private final List<Finding> contested;
    private final List<String> misdeclared;
    private final BigDecimal emitted;
    private final Reported reported;
    private final List<Finding> registryFindings;

    PreparedClaim(Assessment assessment, ConceptRule rule, Profile profile, List<RecordResult> records,
                  List<String> conflictingSerials, List<String> misdeclared, List<Finding> contested, BigDecimal emitted,
                  Reported reported, List<Finding> registryFindings) {
        this.registryFindings = List.copyOf(registryFindings);
        this.assessment = assessment;
        this.rule = rule;
        this.profile = profile;
        this.records = records;
        this.conflictingSerials = conflictingSerials;
        this.contested = contested;
        this.misdeclared = misdeclared;
        this.emitted = emitted;
        this.reported = reported;
    }

    /** The balance, its findings and the verdict. */
    public record Balance(Totals totals, List<Finding> findings, Verdict verdict) {}

    /**
     * True when the assessment has emissions and nothing else that the rules weigh (no removals,
     * credits, reductions, history, other climate effects, baseline or plan): then
     * {@link #finish(BigDecimal)} may be given the counted emissions of another assessment with
     * the same records.
     */
    public boolean emissionsOnly() {
        Assessment a = assessment;
        return a.removals().isEmpty() && a.credits().isEmpty() && a.reductions().isEmpty() && a.history().isEmpty()
                && a.otherEffects().items().isEmpty() && a.baseline() == null && a.plan() == null;
    }

    /**
     * True when the assessment has emissions and removals and nothing else that the rules weigh
     * (as {@link #emissionsOnly}, removals allowed): a removal is judged by its kind and declarations,
     * never its amount ({@code RemovalRules}), and the findings read the removals' amounts only
     * through the net, so {@link #outcome} holds for every assessment with the same records whose
     * net has that sign (session 23; {@code PreparedClaimTest}).
     */
    public boolean emissionsAndRemovalsOnly() {
        return assessment.credits().isEmpty() && nothingElseWeighed();
    }

    /**
     * True when the assessment's credits are all of a kind the concept does not admit for its
     * entity, and it has nothing else that the rules weigh but emissions and removals (as
     * {@link #emissionsAndRemovalsOnly}): each such credit is rejected at check 1
     * ({@code OFFSETS_NOT_ADMITTED}) whatever its fields and amount say, counts nothing, and reaches
     * the findings only through {@link CreditFindings}; so {@link #outcome} holds for every
     * assessment of the same other records whose credits lead to the same findings' bits (session
     * 24; {@code PreparedClaimTest}).
     */
    public boolean creditsNotAdmitted() {
        Assessment a = assessment;
        return !a.credits().isEmpty() && !rule.admitsCredits(a.entity().type()) && nothingElseWeighed();
    }

    /**
     * No reductions, history, other climate effects, baseline, plan or activities: nothing the rules
     * weigh beside emissions, removals and credits.
     */
    private boolean nothingElseWeighed() {
        Assessment a = assessment;
        return a.reductions().isEmpty() && a.history().isEmpty() && a.otherEffects().items().isEmpty()
                && a.baseline() == null && a.plan() == null && a.inventory().isEmpty();
    }

    /** The balance of the assessment as prepared. */
    public Balance finish() {
        return balance(emitted);
    }

    /**
     * The balance of an assessment that has the prepared records with other amounts, whose
     * counted emissions are {@code countedEmissions} t CO2e (t CO2 under a CO2-only concept).
     *
     * @throws IllegalStateException unless {@link #emissionsOnly()}
     */
    public Balance finish(BigDecimal countedEmissions) {
        if (!emissionsOnly()) throw new IllegalStateException("only an assessment of emissions alone finishes with other amounts");
        return balance(Decimals.normalize(countedEmissions));
    }

    /**
     * The verdict and the findings' codes of an assessment's balance: what a batch row shows of it.
     *
     * @param verdict the verdict
     * @param codes   the findings' codes in the order the rules raise them
     */
    public record Outcome(Verdict verdict, List<FindingCode> codes) {
        public Outcome {
            codes = List.copyOf(codes);
        }
    }

    /**
     * What {@link #finish(BigDecimal)} gives, its amounts aside, for every counted total whose sign
     * is {@code signum} (of an assessment of emissions and removals alone, every net whose sign it
     * is: {@link #emissionsAndRemovalsOnly}): the rules read the counted total of an assessment of emissions alone only
     * through its sign (rules.md §6: {@code NOTHING_IN_REACH} and {@code EMPTY_LEDGER} read the
     * records — whether any emission record is counted, whether there is any — never the amount;
     * {@code NET_NEGATIVE} and the verdict the sign of the net), and its amount goes only into
     * findings' arguments; the
     * totals are then (total, 0, 0, 0). So a batch engine asks this once per sign and writes each
     * entity's total itself. {@code PreparedClaimTest} holds it for totals of every magnitude.
     *
     * @param signum -1, 0 or 1
     * @throws IllegalStateException unless {@link #emissionsOnly()}, {@link #emissionsAndRemovalsOnly()}
     *                               or {@link #creditsNotAdmitted()}
     */
    public Outcome outcome(int signum) {
        if (signum < -1 || signum > 1) throw new IllegalArgumentException("signum must be -1, 0 or 1: " + signum);
        if (!emissionsOnly() && !emissionsAndRemovalsOnly() && !creditsNotAdmitted()) {
            throw new IllegalStateException("only an assessment of emissions (and removals, and credits not admitted) alone"
                    + " has an outcome by sign");
        }
        // (signum, 0, 0, 0): the sign of the net is signum's, and the rules read no other amount
        Balance b = balance(new Totals(BigDecimal.valueOf(signum), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
        List<FindingCode> codes = new java.util.ArrayList<>(b.findings().size());
        for (Finding f : b.findings()) codes.add(f.code());
        return new Outcome(b.verdict(), codes);
    }

    private Balance balance(BigDecimal emissions) {
        return balance(new Totals(emissions, ClaimEvaluator.sum(records, Section.REMOVALS),
                ClaimEvaluator.sum(records, Section.CREDITS), ClaimEvaluator.sum(records, Section.OTHER_EFFECTS)));
    }

    private Balance balance(Totals totals) {
        BigDecimal net = totals.net(); // once: each time makes a decimal or two
        List<Finding> findings = Findings.of(assessment, rule, profile, records, conflictingSerials, misdeclared, totals, net);
        if (!contested.isEmpty()) findings.addAll(contested); // CONFLICTING_CLAIM: a store's or batch's ledger, after the file's own findings
        if (!registryFindings.isEmpty()) findings.addAll(registryFindings); // the registries' records (rules.md §4, registry checks)
        return new Balance(totals, findings, Verdicts.of(findings, net));
    }

    Assessment assessment() {
        return assessment;
    }

    ConceptRule rule() {
        return rule;
    }

    Profile profile() {
        return profile;
    }

    List<RecordResult> records() {
        return records;
    }

    /**
     * Every record's result, in the order {@link Evaluation#records} has them, read-only: what a
     * batch engine reads of an entity evaluated whole ({@code prepare}, {@link #finish()}, these)
     * without the copies an {@link Evaluation} makes of them.
     */
    public List<RecordResult> results() {
        return java.util.Collections.unmodifiableList(records);
    }

    Reported reported() {
        return reported;
    }
}
