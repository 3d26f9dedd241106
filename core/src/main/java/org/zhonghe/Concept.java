package org.zhonghe;

import java.util.Arrays;
import java.util.Optional;

/**
 * The six concepts of the paper's Table 3 (§3.2), as the IPCC defines them. All share one core:
 * a balance, over a period, of anthropogenic emissions and anthropogenic removals. They differ
 * in gases, in reach (direct control only, or the value chain beyond the boundary), in whether
 * credits from outside the boundary may offset emissions, and in whether other climate effects
 * count. Names and definitions in Chinese and English are in the message bundles
 * ({@code concept.<id>.*}).
 */
public enum Concept {
    CARBON_NEUTRALITY("carbon-neutrality", Gases.CO2, Reach.VALUE_CHAIN, true, false, false,
            "IPCC AR6 WGI 2021 Annex VII (SR15 2018: global only, no credits)"),
    NET_ZERO_CO2("net-zero-co2", Gases.CO2, Reach.DIRECT, false, false, false,
            "IPCC SR15 2018, SROCC 2019, AR6 WGI 2021"),
    GHG_NEUTRALITY("ghg-neutrality", Gases.GHG, Reach.VALUE_CHAIN, true, false, false,
            "IPCC AR6 WGI 2021 Annex VII"),
    NET_ZERO_GHG("net-zero-ghg", Gases.GHG, Reach.DIRECT, false, false, false,
            "IPCC AR6 WGI 2021 Annex VII"),
    NET_ZERO_EMISSIONS("net-zero-emissions", Gases.GHG, Reach.DIRECT, false, false, true,
            "IPCC SR15 2018, SRCCL 2019 (global)"),
    CLIMATE_NEUTRALITY("climate-neutrality", Gases.GHG, Reach.DIRECT, false, true, true,
            "IPCC SR15 2018 (global)");

    /** Which gases a concept balances. */
    public enum Gases {
        /** Carbon dioxide only. */ CO2,
        /** The Kyoto basket (CO2, CH4, N2O, HFCs, PFCs, SF6, NF3), weighted by the metric. */ GHG
    }

    /**
     * How far a concept reaches (Table 3, "emissions and removals outside the boundary"; §3.2
     * notes 1–2; AR6 WGI glossary): {@code DIRECT} is what the entity directly controls or answers
     * for as a territory (Scopes 1 and 2; a country, region or city: Scope 1; the globe:
     * everything), {@code VALUE_CHAIN} also what lies beyond (every scope within the boundary).
     * See {@code ConceptRule#reaches}.
     */
    public enum Reach { DIRECT, VALUE_CHAIN }

    private final String id;
    private final Gases gases;
    private final Reach reach;
    private final boolean creditsAdmitted;
    private final boolean otherEffectsCounted;
    private final boolean definedGlobally;
    private final String source;

    Concept(String id, Gases gases, Reach reach, boolean creditsAdmitted, boolean otherEffectsCounted,
            boolean definedGlobally, String source) {
        this.id = id;
        this.gases = gases;
        this.reach = reach;
        this.creditsAdmitted = creditsAdmitted;
        this.otherEffectsCounted = otherEffectsCounted;
        this.definedGlobally = definedGlobally;
        this.source = source;
    }

    /** The id as written in an assessment ({@code carbon-neutrality}). */
    public String id() {
        return id;
    }

    public Gases gases() {
        return gases;
    }

    public Reach reach() {
        return reach;
    }

    /** Whether credits from outside the boundary may offset emissions (Table 3, "碳抵消"). */
    public boolean creditsAdmitted() {
        return creditsAdmitted;
    }

    /** Whether other climate effects of human activity (albedo …) join the balance. */
    public boolean otherEffectsCounted() {
        return otherEffectsCounted;
    }

    /** Defined by the IPCC for the globe only: applied to another entity, the output says so. */
    public boolean isDefinedGlobally() {
        return definedGlobally;
    }

    /** The IPCC report(s) that define it. */
    public String source() {
        return source;
    }

    public static Optional<Concept> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }

    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(Concept::id).toList());
    }
}
