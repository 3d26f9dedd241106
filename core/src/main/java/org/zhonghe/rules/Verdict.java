package org.zhonghe.rules;

/** Whether the data support the claim (rules.md §6). */
public enum Verdict {
    SUPPORTED, NOT_SUPPORTED, INDETERMINATE;

    /** The exit status of {@code zhonghe check}: 0 supported, 1 otherwise. */
    public int exitStatus() {
        return this == SUPPORTED ? 0 : 1;
    }
}
