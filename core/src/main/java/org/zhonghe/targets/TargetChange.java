package org.zhonghe.targets;

import java.util.Objects;

/**
 * One difference between two snapshots for one party.
 *
 * @param code   the party's code
 * @param name   the party's name (from the newer snapshot)
 * @param field  what changed
 * @param before the value in the older snapshot as its id ({@code net-zero}, {@code 2050}, {@code in-law}),
 *               empty when unclassified
 * @param after  the value in the newer snapshot, likewise
 */
public record TargetChange(String code, LocalizedText name, Field field, String before, String after) {

    /** The fields compared. */
    public enum Field {
        CATEGORY("category"), TARGET_YEAR("targetYear"), STATUS("status");

        private final String id;

        Field(String id) {
            this.id = id;
        }

        /** The field's name in JSON and CSV. */
        public String id() {
            return id;
        }
    }

    public TargetChange {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(field, "field");
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }
}
