package org.zhonghe;

import java.util.Set;

/**
 * What a gas is for the balance (rules.md §1, §2). The Kyoto basket reported under the UNFCCC
 * and the Paris rulebook is CO2, CH4, N2O, HFCs, PFCs, SF6 and NF3; gases controlled by the
 * Montreal Protocol (ozone-depleting substances) are reported, never balanced; any other gas of
 * the GWP table (fluorinated ethers, SO2F2, chlorinated solvents …) is outside every concept.
 */
public enum GasFamily {
    CO2, CH4, N2O, HFC, PFC, SF6, NF3,
    /** Controlled by the Montreal Protocol (Annexes A–C, E): CFCs, HCFCs, halons, CCl4, CH3CCl3, CH3Br, HBFCs. */
    MONTREAL,
    /** In the GWP table but in neither basket. */
    OTHER,
    /** A quantity already expressed in CO2-equivalent; passes through unweighted. */
    CO2E,
    /**
     * A precursor of GHGs or aerosols (CO, NOx, NO, NO2, SO2, NMVOC, VOC; rules.md §1 related
     * terms): known so that an inventory may list it, with no GWP value; reported, never balanced.
     */
    PRECURSOR;

    /** The precursor ids as written, matched whole. */
    public static final Set<String> PRECURSORS = Set.of("CO", "NOx", "NO", "NO2", "SO2", "NMVOC", "VOC");

    private static final Set<String> PFCS = Set.of("CF4", "C2F6", "C3F8", "cC4F8", "C4F10", "C5F12",
            "C6F14", "C7F16", "C8F18", "C10F18", "cC3F6");
    private static final Set<String> OTHER_MONTREAL = Set.of("CCl4", "CH3CCl3", "CH3Br", "CHBrF2");

    /** True for the seven gases (families) of the Kyoto basket. */
    public boolean isKyoto() {
        return switch (this) {
            case CO2, CH4, N2O, HFC, PFC, SF6, NF3 -> true;
            case MONTREAL, OTHER, CO2E, PRECURSOR -> false;
        };
    }

    /** The family of a canonical gas id (as resolved by {@link GwpTable#resolve}). */
    public static GasFamily of(String gasId) {
        if (gasId.equals("CO2")) return CO2;
        if (gasId.equals("CO2e")) return CO2E;
        if (PRECURSORS.contains(gasId)) return PRECURSOR;
        if (gasId.equals("CH4") || gasId.startsWith("CH4-")) return CH4;
        if (gasId.equals("N2O")) return N2O;
        if (gasId.equals("SF6")) return SF6;
        if (gasId.equals("NF3")) return NF3;
        if (gasId.startsWith("HFC") && !gasId.startsWith("HFE")) return HFC;
        if (PFCS.contains(gasId)) return PFC;
        if (gasId.startsWith("CFC") || gasId.startsWith("HCFC") || gasId.startsWith("Halon")
                || OTHER_MONTREAL.contains(gasId)) {
            return MONTREAL;
        }
        return OTHER;
    }
}
