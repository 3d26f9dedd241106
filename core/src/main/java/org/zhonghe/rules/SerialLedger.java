package org.zhonghe.rules;

/**
 * Credit serials already counted for other assessments (a store provides it; rules.md §4 check 7).
 * The stateless check uses {@link #NONE}.
 */
@FunctionalInterface
public interface SerialLedger {
    SerialLedger NONE = (registry, serial) -> false;
    /**
     * The "registry" under which energy attribute certificates are listed, their id the "serial":
     * a certificate two entities list is contested as a credit is ({@code CONFLICTING_CLAIM}).
     */
    String INSTRUMENTS = "energy-attribute-certificate";

    /** True when (registry, serial) was counted for another assessment (or awarded to another by a decision). */
    boolean isCountedElsewhere(String registry, String serial);

    /**
     * True when another assessment's stored evaluation relies on (registry, serial) too, and no
     * decision has settled whose it is: a conflict for both ({@code CONFLICTING_CLAIM}).
     */
    default boolean isContested(String registry, String serial) {
        return false;
    }
}
