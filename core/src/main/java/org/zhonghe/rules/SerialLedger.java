package org.zhonghe.rules;

/**
 * Credit serials already counted for other assessments (a store provides it; rules.md §4 check 7).
 * The stateless check uses {@link #NONE}.
 */
@FunctionalInterface
public interface SerialLedger {
    SerialLedger NONE = (registry, serial) -> false;

    /** True when (registry, serial) was counted for another assessment. */
    boolean isCountedElsewhere(String registry, String serial);
}
