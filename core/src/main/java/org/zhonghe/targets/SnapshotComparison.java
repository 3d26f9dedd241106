package org.zhonghe.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Who changed category, target year or status between two snapshots, and who was added or removed.
 * A category is always compared (unclassified counts as a value); a target year or a status only when
 * both snapshots give one, since a missing value there means "not recorded" (the paper's Table 1 gives
 * years only for the four parties of Table 2).
 *
 * @param before    the older snapshot's id
 * @param after     the newer snapshot's id
 * @param changes   the changes, in the newer snapshot's order, then by field
 * @param added     entries only in the newer snapshot
 * @param removed   entries only in the older snapshot
 * @param unchanged the number of parties in both with no change
 */
public record SnapshotComparison(String before, String after, List<TargetChange> changes,
                                 List<TargetEntry> added, List<TargetEntry> removed, int unchanged) {

    public SnapshotComparison {
        changes = List.copyOf(changes);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    /** Compares {@code older} with {@code newer}. */
    public static SnapshotComparison of(TargetSnapshot older, TargetSnapshot newer) {
        Objects.requireNonNull(older, "older");
        Objects.requireNonNull(newer, "newer");
        List<TargetChange> changes = new ArrayList<>();
        List<TargetEntry> added = new ArrayList<>();
        int unchanged = 0;
        Map<String, TargetEntry> olderByCode = byCode(older);
        for (TargetEntry now : newer.entries()) {
            TargetEntry was = olderByCode.get(now.code());
            if (was == null) {
                added.add(now);
                continue;
            }
            int before = changes.size();
            if (was.category() != now.category()) {
                changes.add(new TargetChange(now.code(), now.name(), TargetChange.Field.CATEGORY,
                        was.findCategory().map(TargetCategory::id).orElse(""),
                        now.findCategory().map(TargetCategory::id).orElse("")));
            }
            if (was.targetYear() != null && now.targetYear() != null && !was.targetYear().equals(now.targetYear())) {
                changes.add(new TargetChange(now.code(), now.name(), TargetChange.Field.TARGET_YEAR,
                        was.targetYear().toString(), now.targetYear().toString()));
            }
            if (was.status() != null && now.status() != null && was.status() != now.status()) {
                changes.add(new TargetChange(now.code(), now.name(), TargetChange.Field.STATUS,
                        was.status().id(), now.status().id()));
            }
            if (changes.size() == before) {
                unchanged++;
            }
        }
        Map<String, TargetEntry> newerByCode = byCode(newer);
        List<TargetEntry> removed = older.entries().stream().filter(e -> !newerByCode.containsKey(e.code())).toList();
        return new SnapshotComparison(older.id(), newer.id(), changes, added, removed, unchanged);
    }

    private static Map<String, TargetEntry> byCode(TargetSnapshot snapshot) {
        return snapshot.entries().stream().collect(Collectors.toMap(TargetEntry::code, e -> e));
    }
}
