package org.zhonghe.assessment;

import java.util.OptionalInt;

/** The classes of removal kinds and their fates (rules.md §3; paper §4.4.1–§4.4.3). */
public enum RemovalClass {
    /** Managed forests, soils, peat and wetlands: counted if managed, durable, incremental (§4.4.3). */
    NATURE_BASED(true, true, OptionalInt.empty()),
    /** Mangroves, seagrass, salt marsh: the blue carbon the IPCC recognises (§4.4.3). */
    BLUE_CARBON(true, true, OptionalInt.empty()),
    /** Carbon stored in harvested wood products: durability must be declared. */
    PRODUCT_STORAGE(true, false, OptionalInt.empty()),
    /** Biochar: durable by default for 100 years. */
    BIOCHAR(true, false, OptionalInt.of(100)),
    /** Geological or mineral storage (mineralisation, DACCS, BECCS …): durable by default for 1000 years. */
    GEOLOGICAL(true, false, OptionalInt.of(1000)),
    /** Natural land and ocean uptake: not anthropogenic (§4.1). */
    NATURAL_SINK(false, false, OptionalInt.empty()),
    /** Crops and grass: not stored long (§4.4.3). */
    SHORT_LIVED(false, false, OptionalInt.empty()),
    /** A forest's stock or coverage: a stock, not an increment (§4.4.3). */
    STOCK(false, false, OptionalInt.empty()),
    /** Renewable power, efficiency, fossil CCS …: reductions, not removals (§4.4.1, §4.4.2). */
    REDUCTION(false, false, OptionalInt.empty()),
    /** Fishery carbon sink, microbial carbon pump, macroalgae: no IPCC-recognised methodology (§4.4.3). */
    UNRECOGNIZED(false, false, OptionalInt.empty());

    private final boolean eligible;
    private final boolean requiresManagedLand;
    private final OptionalInt defaultDurabilityYears;

    RemovalClass(boolean eligible, boolean requiresManagedLand, OptionalInt defaultDurabilityYears) {
        this.eligible = eligible;
        this.requiresManagedLand = requiresManagedLand;
        this.defaultDurabilityYears = defaultDurabilityYears;
    }

    /** A kind of this class can count at all (its fate is not a rejection). */
    public boolean isEligible() {
        return eligible;
    }

    /** Nature-based or blue carbon: {@code managed} must be declared, and be true to count. */
    public boolean requiresManagedLand() {
        return requiresManagedLand;
    }

    /** Years of storage assumed when none is declared; empty where it must be declared. */
    public OptionalInt defaultDurabilityYears() {
        return defaultDurabilityYears;
    }
}
