package org.zhonghe.assessment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a removal record claims to be, with its class (rules.md §3; paper §4.4): only
 * anthropogenic, long-term, incremental removals inside the boundary count.
 */
public enum RemovalKind {
    AFFORESTATION(RemovalClass.NATURE_BASED), REFORESTATION(RemovalClass.NATURE_BASED),
    FOREST_MANAGEMENT(RemovalClass.NATURE_BASED), AGROFORESTRY(RemovalClass.NATURE_BASED),
    SOIL_CARBON(RemovalClass.NATURE_BASED), PEATLAND_RESTORATION(RemovalClass.NATURE_BASED),
    WETLAND_RESTORATION(RemovalClass.NATURE_BASED),
    MANGROVE(RemovalClass.BLUE_CARBON), SEAGRASS(RemovalClass.BLUE_CARBON), SALT_MARSH(RemovalClass.BLUE_CARBON),
    HARVESTED_WOOD_PRODUCTS(RemovalClass.PRODUCT_STORAGE),
    BIOCHAR(RemovalClass.BIOCHAR),
    MINERALIZATION(RemovalClass.GEOLOGICAL), ENHANCED_WEATHERING(RemovalClass.GEOLOGICAL),
    OCEAN_ALKALINITY(RemovalClass.GEOLOGICAL), DACCS(RemovalClass.GEOLOGICAL), BECCS(RemovalClass.GEOLOGICAL),
    NATURAL_LAND_UPTAKE(RemovalClass.NATURAL_SINK), NATURAL_OCEAN_UPTAKE(RemovalClass.NATURAL_SINK),
    CROP_BIOMASS(RemovalClass.SHORT_LIVED), GRASSLAND_BIOMASS(RemovalClass.SHORT_LIVED),
    FOREST_STOCK(RemovalClass.STOCK), FOREST_COVERAGE(RemovalClass.STOCK),
    WIND_POWER(RemovalClass.REDUCTION), SOLAR_POWER(RemovalClass.REDUCTION), HYDRO_POWER(RemovalClass.REDUCTION),
    NUCLEAR_POWER(RemovalClass.REDUCTION), ENERGY_EFFICIENCY(RemovalClass.REDUCTION),
    BIOENERGY_SUBSTITUTION(RemovalClass.REDUCTION), FOSSIL_CCS(RemovalClass.REDUCTION),
    AVOIDED_EMISSIONS(RemovalClass.REDUCTION),
    FISHERY_CARBON_SINK(RemovalClass.UNRECOGNIZED), MICROBIAL_CARBON_PUMP(RemovalClass.UNRECOGNIZED),
    MACROALGAE(RemovalClass.UNRECOGNIZED);

    private final RemovalClass removalClass;
    /** Made once: asked for by the rules of every removal and credit. */
    private final String id;

    RemovalKind(RemovalClass removalClass) {
        this.removalClass = removalClass;
        id = name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public RemovalClass removalClass() {
        return removalClass;
    }

    /** The id as written ({@code harvested-wood-products}). */
    public String id() {
        return id;
    }

    /** True for {@code daccs} and {@code beccs}, the negative-emission technologies of §4.4.2. */
    public boolean isNegativeEmissionTechnology() {
        return this == DACCS || this == BECCS;
    }

    /**
     * True for biochar and mineral storage (mineralisation, enhanced weathering, ocean
     * alkalinity): IPCC AR6 lists them as carbon dioxide removal, the paper does not name them
     * (§4.4.2 names DACCS and BECCS alone); they count with the info {@code METHOD_BEYOND_PAPER}.
     */
    public boolean isBeyondPaper() {
        return this == BIOCHAR || this == MINERALIZATION || this == ENHANCED_WEATHERING || this == OCEAN_ALKALINITY;
    }

    public static Optional<RemovalKind> fromId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** Id to constant: looked up once per ledger row by the batch engines. */
    private static final java.util.Map<String, RemovalKind> BY_ID =
            Arrays.stream(values()).collect(java.util.stream.Collectors.toUnmodifiableMap(RemovalKind::id, k -> k));

    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(RemovalKind::id).toList());
    }
}
