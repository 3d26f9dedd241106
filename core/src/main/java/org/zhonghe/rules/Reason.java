package org.zhonghe.rules;

/**
 * Why a record is not counted (rules.md §2–§4). Each code has a bilingual explanation citing the
 * paper's section or the standard's clause ({@code reason.<CODE>} in the message bundles).
 * Public contract: never rename a code.
 */
public enum Reason {
    // emissions, rules.md §2
    SCOPE_OUTSIDE_BOUNDARY, BEYOND_DIRECT_CONTROL, BIOGENIC_REPORTED_SEPARATELY, MONTREAL_PROTOCOL_GAS,
    PRECURSOR_NOT_GHG, GAS_NOT_COVERED, CO2E_NOT_SPLIT,
    // removals, rules.md §3
    NATURAL_UPTAKE, NOT_DURABLE, NOT_INCREMENTAL, NOT_A_REMOVAL, UNRECOGNIZED_METHOD, DURABILITY_UNDECLARED,
    OUTSIDE_BOUNDARY,
    // credits, rules.md §4
    OFFSETS_NOT_ADMITTED, NOT_RETIRED, WRONG_BENEFICIARY, OWN_BOUNDARY_CREDIT, FUTURE_VINTAGE,
    CREDIT_TYPE_NOT_ADMITTED, REGISTRY_NOT_ADMITTED, NOT_VERIFIED, RETIRED_TOO_LATE, DOUBLE_COUNTED,
    OFFSET_CAP_EXCEEDED,
    // credits checked against the registries' own records (rules.md §4, registry checks)
    NOT_IN_REGISTRY, REGISTRY_NOT_RETIRED, REGISTRY_BENEFICIARY_MISMATCH, REGISTRY_QUANTITY_EXCEEDED, SERIAL_OVERLAP,
    // other climate effects under a concept that does not count them (cli.md)
    NOT_IN_CONCEPT;

    private final String messageKey = "reason." + name();

    /** The key of its message in the bundles ({@code reason.NOT_RETIRED}), made once (asked for every record not counted). */
    public String messageKey() {
        return messageKey;
    }

}
