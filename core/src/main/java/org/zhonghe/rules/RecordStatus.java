package org.zhonghe.rules;

/** What became of a record in the balance. */
public enum RecordStatus {
    /** Counted in full. */ COUNTED,
    /** Counted in part (an offset cap was reached within it). */ PARTIAL,
    /** An emission or other effect left out of the balance, with a reason. */ EXCLUDED,
    /** A removal or credit that may not be set against emissions, with a reason. */ REJECTED,
    /** A reduction: reported beside the balance, never deducted. */ REPORTED
}
