package org.zhonghe.rules;

/**
 * Findings about an assessment as a whole, with their severity and effect on the verdict
 * (rules.md §6 table). Public contract: never rename a code. Bilingual messages:
 * {@code finding.<CODE>} in the message bundles.
 */
public enum FindingCode {
    CO2E_UNDER_CO2_CONCEPT(Severity.ERROR, Effect.INDETERMINATE),
    OTHER_EFFECTS_NOT_ASSESSED(Severity.ERROR, Effect.INDETERMINATE),
    CONFLICTING_DUPLICATE_SERIAL(Severity.ERROR, Effect.INDETERMINATE),
    BASELINE_MISSING(Severity.ERROR, Effect.INDETERMINATE),
    /** No emission record is counted under the concept: a balance of nothing (rules.md §6). */
    NOTHING_IN_REACH(Severity.ERROR, Effect.INDETERMINATE),
    /** Counted BECCS without its chain's emissions (§4.4.2): whether it removes anything net is unknown. */
    BECCS_LIFECYCLE_UNDECLARED(Severity.ERROR, Effect.INDETERMINATE),
    /** Counted DACCS without its chain's emissions (§4.4.2). */
    DACCS_LIFECYCLE_UNDECLARED(Severity.ERROR, Effect.INDETERMINATE),
    /** An organisation whose boundary lacks Scope 1 or 2 (§4.2.1, rules.md §6 "The enterprise minimum"). */
    BELOW_ENTERPRISE_LEVEL_1(Severity.ERROR, Effect.NOT_SUPPORTED),
    CLAIM_PROHIBITED(Severity.ERROR, Effect.NOT_SUPPORTED),
    PLAN_MISSING(Severity.ERROR, Effect.NOT_SUPPORTED),
    SUBJECT_NOT_COVERED(Severity.ERROR, Effect.NOT_SUPPORTED),
    REDUCTION_THRESHOLD_NOT_MET(Severity.ERROR, Effect.NOT_SUPPORTED),
    SCOPE_COVERAGE_INSUFFICIENT(Severity.ERROR, Effect.NOT_SUPPORTED),
    BASE_YEAR_TOO_EARLY(Severity.ERROR, Effect.NOT_SUPPORTED),
    STANDARD_WITHDRAWN(Severity.ERROR, Effect.NOT_SUPPORTED),
    /** A credit declared a removal whose project is a reduction; judged as a reduction (rules.md §4 check 6). */
    CREDIT_TYPE_MISDECLARED(Severity.WARNING, Effect.NONE),
    OFFSET_BASED_CLAIM_RISK(Severity.WARNING, Effect.NONE),
    SCOPE3_SIGNIFICANCE_UNASSESSED(Severity.WARNING, Effect.NONE),
    EMPTY_LEDGER(Severity.WARNING, Effect.NONE),
    /** A profile rule marked "verify" in the spec and not yet checked: reported, not enforced. */
    DURABILITY_UNVERIFIED_RULE(Severity.WARNING, Effect.NONE),
    NET_NEGATIVE(Severity.INFO, Effect.NONE),
    /** Biochar or mineral storage counted: IPCC AR6 lists it as CDR; the paper names DACCS and BECCS alone (§4.4.2). */
    METHOD_BEYOND_PAPER(Severity.INFO, Effect.NONE),
    AVOIDED_EMISSIONS_NOT_DEDUCTIBLE(Severity.INFO, Effect.NONE),
    SCOPE3_EXCLUDED(Severity.INFO, Effect.NONE),
    CONCEPT_REDEFINED(Severity.INFO, Effect.NONE),
    GLOBAL_CONCEPT_APPLIED_LOCALLY(Severity.INFO, Effect.NONE),
    NOT_YET_APPLICABLE(Severity.INFO, Effect.NONE),
    /** A credit serial with an invisible or look-alike character; compared by its canonical key. */
    SERIAL_CONFUSABLE_CHARACTERS(Severity.WARNING, Effect.NONE),
    /** A credit also relied on by another assessment's stored evaluation: a conflict for both until decided. */
    CONFLICTING_CLAIM(Severity.ERROR, Effect.INDETERMINATE),
    /** Which edition of a standard applies to the claim date (SBTi CNZS V1.x or V2.0). */
    PROFILE_VERSION_APPLIED(Severity.INFO, Effect.NONE),
    /** A credit's declared vintage lies outside its registry block's vintage. */
    VINTAGE_MISMATCH(Severity.WARNING, Effect.NONE),
    /** Registry data were given, but none of this credit's registry: judged as declared. */
    REGISTRY_UNCHECKED(Severity.INFO, Effect.NONE),
    /**
     * The registry data hold records of a credit's units that say different things (retired and
     * cancelled, or retired for two names): the one that refuses the credit decided (session 22).
     */
    REGISTRY_DATA_CONTRADICTORY(Severity.WARNING, Effect.NONE),
    /**
     * An energy attribute certificate of a market-based Scope 2 that does not fit the consumption
     * (its vintage or its market; GHG Protocol Scope 2 Quality Criteria 4 and 5): it covered
     * nothing, and the Scope 2 is computed without it (session 23).
     */
    INSTRUMENT_NOT_APPLIED(Severity.WARNING, Effect.NONE),
    /**
     * An energy attribute certificate that lowered a market-based Scope 2 without a vintage or a
     * market: whether it fits the consumption (GHG Protocol Scope 2 Quality Criteria 4 and 5) could
     * not be checked, and it was applied as written (session 24).
     */
    INSTRUMENT_UNCHECKED(Severity.WARNING, Effect.NONE),
    /**
     * A {@code pas-2060} claim that rests on counted credits, shows no reduction and does not say
     * whether its period is the first ({@code claim.firstPeriod}): judged as a first period, the only
     * one PAS 2060:2014 allows to be reached by offsets alone (session 25).
     */
    FIRST_PERIOD_ASSUMED(Severity.WARNING, Effect.NONE);

    private final Severity severity;
    private final Effect effect;

    FindingCode(Severity severity, Effect effect) {
        this.severity = severity;
        this.effect = effect;
    }

    private final String messageKey = "finding." + name();

    /** The key of its message in the bundles ({@code finding.NET_NEGATIVE}), made once (asked for every finding raised). */
    public String messageKey() {
        return messageKey;
    }

    public Severity severity() {
        return severity;
    }

    public Effect effect() {
        return effect;
    }
}
