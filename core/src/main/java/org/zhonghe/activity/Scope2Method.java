package org.zhonghe.activity;

import java.util.Optional;

/**
 * How Scope 2 is computed (GHG Protocol Scope 2 Guidance, 2015, ch. 4 and 6): from the average
 * factor of the grid where the energy is used, or from the contractual instruments the buyer
 * holds (certificates, supplier factor, else the residual mix or, lacking one, the grid average).
 */
public enum Scope2Method {
    LOCATION, MARKET;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Scope2Method> fromId(String id) {
        return switch (id) {
            case "location" -> Optional.of(LOCATION);
            case "market" -> Optional.of(MARKET);
            default -> Optional.empty();
        };
    }
}
