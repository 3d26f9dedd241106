package org.zhonghe.targets;

/** What the statement classifier finds wrong with a target statement; messages {@code finding.CODE}. */
public enum StatementFinding {
    /**
     * A neutrality word is used for a target whose stated net emissions are not zero: Costa Rica's
     * 2015 "carbon neutral by 2021" meaning net emissions at the 2005 level; Ethiopia's 2015 "carbon
     * neutral by 2025" with net emissions up to 145 Mt CO2e in 2030 (§3.1).
     */
    MISLABELLED_TARGET,
    /** A neutrality target that does not say which gases it covers (§4.3). */
    GAS_COVERAGE_UNSPECIFIED
}
