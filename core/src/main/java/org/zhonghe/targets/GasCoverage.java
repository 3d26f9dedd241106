package org.zhonghe.targets;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Which gases a target covers (§3.1, §4.3). A target that names no gases is {@link #UNSPECIFIED};
 * an entry whose source says nothing about gases has no coverage at all ({@code null}).
 */
public enum GasCoverage {
    /** Carbon dioxide only (South Africa, Argentina in §3.1). */
    CO2("co2"),
    /** All greenhouse gases (United States, Ukraine, the EU's climate neutrality). */
    ALL_GHG("all-ghg"),
    /**
     * Greenhouse gases with some left out by the words ("other than biogenic methane", New Zealand's
     * law): not all greenhouse gases. Only the classifier reads it; the tracker has no such label.
     */
    PART_GHG("part-ghg"),
    /** The target does not say which gases (India, Russia, China's carbon neutrality, §4.3). */
    UNSPECIFIED("unspecified");

    private final String id;

    GasCoverage(String id) {
        this.id = id;
    }

    /** The identifier used in files and JSON, e.g. {@code all-ghg}. */
    public String id() {
        return id;
    }

    /** The coverage with this {@link #id()}, ignoring case; empty if none. */
    public static Optional<GasCoverage> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(g -> g.id.equals(wanted)).findFirst();
    }

    /** All identifiers, comma-separated, for messages. */
    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(GasCoverage::id).toList());
    }
}
