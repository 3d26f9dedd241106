package org.zhonghe.targets;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The registry at one point in time: the bundled snapshot {@code 2022-01} (Table 1 of the paper), or
 * the entries of an imported file.
 *
 * @param id            {@code 2022-01} for a bundled snapshot, else the file's name
 * @param entries       one entry per party, codes unique, in source order
 * @param unknownLabels labels of the source that no mapping knows (empty for the bundled snapshot)
 */
public record TargetSnapshot(String id, List<TargetEntry> entries, List<UnknownLabel> unknownLabels) {

    public TargetSnapshot {
        Objects.requireNonNull(id, "id");
        entries = List.copyOf(entries);
        unknownLabels = List.copyOf(unknownLabels);
        long distinct = entries.stream().map(TargetEntry::code).distinct().count();
        if (distinct != entries.size()) {
            throw new IllegalArgumentException("duplicate codes in snapshot '" + id + "'");
        }
    }

    /**
     * The entry with this code (ignoring case), or whose Chinese or English name is exactly this text.
     */
    public Optional<TargetEntry> find(String codeOrName) {
        Objects.requireNonNull(codeOrName, "codeOrName");
        String wanted = codeOrName.strip();
        return entries.stream().filter(e -> e.code().equalsIgnoreCase(wanted)).findFirst()
                .or(() -> entries.stream().filter(e -> e.name().zh().equals(wanted)
                        || e.name().en().equalsIgnoreCase(wanted)).findFirst());
    }

    /** The entries of one category, in source order. */
    public List<TargetEntry> withCategory(TargetCategory category) {
        return entries.stream().filter(e -> e.category() == category).toList();
    }

    /** The counts of Table 1: per category, neutrality subtotal, unclassified and total. */
    public TargetStatistics statistics() {
        Map<TargetCategory, Integer> counts = new EnumMap<>(TargetCategory.class);
        for (TargetCategory c : TargetCategory.values()) {
            counts.put(c, 0);
        }
        int unclassified = 0;
        for (TargetEntry e : entries) {
            if (e.category() == null) {
                unclassified++;
            } else {
                counts.merge(e.category(), 1, Integer::sum);
            }
        }
        return new TargetStatistics(id, entries.size(), counts, unclassified, unknownLabels);
    }

    /** A short description for messages. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "TargetSnapshot[%s, %d entries]", id, entries.size());
    }
}
