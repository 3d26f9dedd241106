package org.zhonghe.targets;

/**
 * What {@code targets audit} finds in one entity of a Net Zero Tracker export, from the tracker's own
 * columns and the classifier's reading of {@code End_target_text}; messages {@code audit.finding.CODE}.
 */
public enum AuditFinding {
    /**
     * The source's words name another concept than the tracker's label (§3, §4: "carbon neutral",
     * "net zero" and "climate neutral" are different things, often used for what they do not mean).
     */
    LABEL_DIFFERS_FROM_WORDING,
    /**
     * A net-zero label or wording with {@code Carbon_credits} = Yes: net zero balances emissions with
     * removals and admits no offsets (Table 3; §4.2.3).
     */
    NET_ZERO_RELIES_ON_OFFSETS,
    /** A neutrality target whose gases the tracker records as not specified (§4.3). */
    GAS_COVERAGE_UNSPECIFIED,
    /**
     * A greenhouse-gas word (climate / GHG neutral, or the words speak of all greenhouse gases) with
     * {@code GHGs_covered} = Carbon dioxide only (§3.1, §4.3).
     */
    CO2_ONLY_UNDER_GHG_WORD,
    /**
     * A company's neutrality target without Scope 3 ({@code Scope_3_coverage} not "Yes"): at most
     * enterprise level 1, the value chain left out (§4.2.1).
     */
    VALUE_CHAIN_UNCOVERED,
    /** Neutrality words for a target whose net emissions are not zero (§3.1; the classifier's finding). */
    MISLABELLED_TARGET,
    /** Status "Achieved (self-declared)": a claim to check with {@code zhonghe check}, not a verified fact. */
    ACHIEVEMENT_SELF_DECLARED
}
