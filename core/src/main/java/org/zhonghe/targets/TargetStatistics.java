package org.zhonghe.targets;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The counts of Table 1 for one snapshot. {@code total} equals the sum of {@code byCategory} plus
 * {@code unclassified}: every entry is counted exactly once.
 *
 * @param snapshot      the snapshot's id
 * @param total         number of entries
 * @param byCategory    entries per category, every category present (zero when none), in enum order
 * @param unclassified  entries without a category: an empty label, or one listed in {@code unknownLabels}
 * @param unknownLabels labels no mapping knows, by name
 */
public record TargetStatistics(String snapshot, int total, Map<TargetCategory, Integer> byCategory,
                               int unclassified, List<UnknownLabel> unknownLabels) {

    public TargetStatistics {
        Objects.requireNonNull(snapshot, "snapshot");
        byCategory = Collections.unmodifiableMap(new EnumMap<>(byCategory));
        unknownLabels = List.copyOf(unknownLabels);
        int sum = byCategory.values().stream().mapToInt(Integer::intValue).sum();
        if (sum + unclassified != total) {
            throw new IllegalArgumentException("counts " + sum + " + " + unclassified + " != total " + total);
        }
    }

    /** Net zero + zero carbon + carbon neutral + climate neutral: 136 in January 2022 (§3.1). */
    public int neutralityTargets() {
        return byCategory.entrySet().stream().filter(e -> e.getKey().isNeutrality())
                .mapToInt(Map.Entry::getValue).sum();
    }

    /** The count of one category. */
    public int count(TargetCategory category) {
        return byCategory.get(category);
    }
}
