package org.zhonghe.targets;

import java.util.List;
import org.zhonghe.assessment.Problem;

/**
 * What is wrong with a targets file (a Net Zero Tracker export, a registry file, an emissions series);
 * each kind is the {@link Problem} code {@code targets.KEY}, with one message {@code problem.targets.KEY}
 * per language ({@code org/zhonghe/problems_*.properties}; arguments: the value, the field, what was
 * expected).
 */
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

    /** The {@link Problem} code of this kind: {@code targets.KEY}. */
    public String code() {
        return "targets." + key;
    }

    /**
     * This problem at a place: {@code nzt.csv:17, field 'End_target_year': '20x0' is not a year …}.
     *
     * @param file   the file's name as the user gave it
     * @param line   the 1-based line where the record starts; 0 for the whole file or an option
     * @param field  the column, or the option, concerned; may be null or empty
     * @param value  the offending value as written; may be null or empty
     * @param detail what was expected, or where the value was seen before; may be null or empty
     */
    public Problem at(String file, long line, String field, String value, String detail) {
        String f = field == null ? "" : field;
        String v = value == null ? "" : value;
        return new Problem(file, line, f, v, code(), List.of(v, f, detail == null ? "" : detail));
    }
}
