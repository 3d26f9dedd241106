package org.zhonghe.batch;

import java.math.BigDecimal;

/**
 * An exact running sum of tonnes: a fixed-point {@code long} of nanotonnes while it fits, and
 * a {@code BigDecimal} that takes over what does not (overflow of the long, amounts finer than
 * 10⁻⁹ t). Not thread-safe.
 */
final class ExactSum {
    private long nanotonnes;
    private BigDecimal spill; // null while everything fits the long

    void add(long nanos) {
        long s = nanotonnes + nanos;
        if (((nanotonnes ^ s) & (nanos ^ s)) < 0) { // Math.addExact's overflow test, without the throw
            spill = plus(spill, BigDecimal.valueOf(nanotonnes, FixedPoint.SCALE));
            nanotonnes = nanos;
        } else {
            nanotonnes = s;
        }
    }

    void add(BigDecimal tonnes) {
        spill = plus(spill, tonnes);
    }

    void add(ExactSum other) {
        add(other.nanotonnes);
        if (other.spill != null) add(other.spill);
    }

    /** The sum in tonnes, exactly. */
    BigDecimal tonnes() {
        BigDecimal fixed = BigDecimal.valueOf(nanotonnes, FixedPoint.SCALE);
        return spill == null ? fixed : fixed.add(spill);
    }

    private static BigDecimal plus(BigDecimal a, BigDecimal b) {
        return a == null ? b : a.add(b);
    }
}
