package org.zhonghe.targets;

/** What is wrong with an input; each kind has a message {@code problem.KEY} in both languages. */
public enum ProblemKind {
    NOT_A_SNAPSHOT_OR_FILE("not-a-snapshot-or-file"),
    FILE_NOT_READABLE("file-not-readable"),
    MISSING_COLUMN("missing-column"),
    UNKNOWN_FORMAT("unknown-format"),
    MALFORMED_CSV("malformed-csv"),
    NO_ROWS("no-rows"),
    WRONG_FIELD_COUNT("wrong-field-count"),
    EMPTY_VALUE("empty-value"),
    NOT_A_YEAR("not-a-year"),
    NOT_A_DECIMAL("not-a-decimal"),
    NEGATIVE("negative"),
    NOT_POSITIVE("not-positive"),
    NOT_A_CODE("not-a-code"),
    DUPLICATE_CODE("duplicate-code"),
    DUPLICATE_YEAR("duplicate-year"),
    UNKNOWN_CATEGORY("unknown-category"),
    UNKNOWN_STATUS("unknown-status"),
    UNKNOWN_GASES("unknown-gases"),
    BASE_YEAR_NOT_IN_SERIES("base-year-not-in-series"),
    NET_ZERO_YEAR_NOT_AFTER_LAST("net-zero-year-not-after-last"),
    NO_SHEET("no-sheet"),
    NOT_A_WORKBOOK("not-a-workbook");

    private final String key;

    ProblemKind(String key) {
        this.key = key;
    }

    /** The message key suffix. */
    public String key() {
        return key;
    }
}
