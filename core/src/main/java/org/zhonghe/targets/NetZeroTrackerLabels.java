package org.zhonghe.targets;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How the Net Zero Tracker's labels (zerotracker.net export) map to this registry's categories,
 * gas coverages and statuses. Labels match ignoring case, surrounding spaces, repeated spaces and a
 * trailing "(ity)" (the tracker writes "Carbon neutral(ity)").
 */
public final class NetZeroTrackerLabels {

    private static final Map<String, TargetCategory> CATEGORIES = Map.ofEntries(
            Map.entry("net zero", TargetCategory.NET_ZERO),
            Map.entry("net negative", TargetCategory.NET_ZERO),
            Map.entry("carbon negative", TargetCategory.NET_ZERO),
            Map.entry("climate positive", TargetCategory.NET_ZERO),
            Map.entry("zero carbon", TargetCategory.ZERO_CARBON),
            Map.entry("zero emissions", TargetCategory.ZERO_CARBON),
            Map.entry("carbon neutral", TargetCategory.CARBON_NEUTRAL),
            Map.entry("carbon neutrality", TargetCategory.CARBON_NEUTRAL),
            Map.entry("climate neutral", TargetCategory.CLIMATE_NEUTRAL),
            Map.entry("climate neutrality", TargetCategory.CLIMATE_NEUTRAL),
            Map.entry("ghg neutral", TargetCategory.CLIMATE_NEUTRAL),
            Map.entry("ghg neutrality", TargetCategory.CLIMATE_NEUTRAL),
            Map.entry("reduction v. bau", TargetCategory.BASELINE_REDUCTION),
            Map.entry("reduction vs. bau", TargetCategory.BASELINE_REDUCTION),
            Map.entry("emissions reduction target", TargetCategory.ABSOLUTE_REDUCTION),
            Map.entry("absolute emissions target", TargetCategory.ABSOLUTE_REDUCTION),
            Map.entry("emissions intensity target", TargetCategory.INTENSITY_REDUCTION),
            Map.entry("other", TargetCategory.OTHER),
            Map.entry("1.5°c target", TargetCategory.OTHER),
            Map.entry("1.5c target", TargetCategory.OTHER),
            Map.entry("no target", TargetCategory.NONE));

    private static final Map<String, GasCoverage> GASES = Map.of(
            "carbon dioxide only", GasCoverage.CO2,
            "carbon dioxide and other ghgs", GasCoverage.ALL_GHG,
            "not specified", GasCoverage.UNSPECIFIED);

    private static final Map<String, TargetStatus> STATUSES = Map.of(
            "in law", TargetStatus.IN_LAW,
            "in policy document", TargetStatus.POLICY_DOCUMENT,
            "declaration / pledge", TargetStatus.DECLARATION,
            "declaration/pledge", TargetStatus.DECLARATION,
            "proposed / in discussion", TargetStatus.PROPOSED,
            "proposed/in discussion", TargetStatus.PROPOSED,
            "achieved (self-declared)", TargetStatus.ACHIEVED_SELF_DECLARED);

    private NetZeroTrackerLabels() {}

    /** The category of an {@code End_target} label; empty for an empty or unknown label. */
    public static Optional<TargetCategory> category(String label) {
        String key = normalise(label);
        if (key.endsWith("(ity)")) {
            key = key.substring(0, key.length() - "(ity)".length()).strip();
        }
        return Optional.ofNullable(CATEGORIES.get(key));
    }

    /** The coverage of a {@code GHGs_covered} label; empty for an empty or unknown label. */
    public static Optional<GasCoverage> gases(String label) {
        return Optional.ofNullable(GASES.get(normalise(label)));
    }

    /** The status of a {@code Status_of_end_target} label; empty for an empty or unknown label. */
    public static Optional<TargetStatus> status(String label) {
        return Optional.ofNullable(STATUSES.get(normalise(label)));
    }

    private static String normalise(String label) {
        return label == null ? "" : label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
