package org.zhonghe.rules;

/** What a finding does to the verdict (rules.md §6). */
public enum Effect {
    /** The data cannot decide the claim. */ INDETERMINATE,
    /** The claim fails whatever the balance. */ NOT_SUPPORTED,
    /** Informs; the balance decides. */ NONE
}
