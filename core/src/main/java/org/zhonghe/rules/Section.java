package org.zhonghe.rules;

/** The ledger sections of an assessment, in the order the result lists them. */
public enum Section {
    EMISSIONS("emissions"), REMOVALS("removals"), CREDITS("credits"), REDUCTIONS("reductions"),
    OTHER_EFFECTS("otherEffects"), HISTORY("history");

    private final String id;

    Section(String id) {
        this.id = id;
    }

    /** The section's name in files and JSON ({@code otherEffects}). */
    public String id() {
        return id;
    }
}
