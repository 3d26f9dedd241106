package org.zhonghe.targets;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The wording of a party's long-term target, as Table 1 of the paper groups them (Net Zero Tracker,
 * January 2022). The first four are the neutrality targets whose subtotal is 136 (§3.1).
 */
public enum TargetCategory {
    /** 净零: net zero, including net negative, carbon negative and climate positive. */
    NET_ZERO("net-zero"),
    /** 零碳: zero carbon or zero emissions. */
    ZERO_CARBON("zero-carbon"),
    /** 碳中和: carbon neutral(ity). */
    CARBON_NEUTRAL("carbon-neutral"),
    /** 气候中和/温室气体中和: climate neutral or GHG neutral. */
    CLIMATE_NEUTRAL("climate-neutral"),
    /** 相对基线减排: a reduction relative to business as usual (BAU). */
    BASELINE_REDUCTION("baseline-reduction"),
    /** 绝对减排: an absolute reduction against a base year. */
    ABSOLUTE_REDUCTION("absolute-reduction"),
    /** 强度减排: a reduction of emissions per unit of GDP. */
    INTENSITY_REDUCTION("intensity-reduction"),
    /** 其他: any other form (e.g. Mexico's decarbonised economy by 2050, per-capita targets). */
    OTHER("other"),
    /** 暂时未明确减排目标: no emission target yet. */
    NONE("none");

    private final String id;

    TargetCategory(String id) {
        this.id = id;
    }

    /** The identifier used in files, JSON and on the command line, e.g. {@code net-zero}. */
    public String id() {
        return id;
    }

    /** True for the four wordings that promise neutrality (net zero, zero carbon, carbon or climate neutral). */
    public boolean isNeutrality() {
        return switch (this) {
            case NET_ZERO, ZERO_CARBON, CARBON_NEUTRAL, CLIMATE_NEUTRAL -> true;
            case BASELINE_REDUCTION, ABSOLUTE_REDUCTION, INTENSITY_REDUCTION, OTHER, NONE -> false;
        };
    }

    /** The category with this {@link #id()}, ignoring case and surrounding spaces; empty if none. */
    public static Optional<TargetCategory> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.id.equals(wanted)).findFirst();
    }

    /** All identifiers, comma-separated, for messages. */
    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(TargetCategory::id).toList());
    }
}
