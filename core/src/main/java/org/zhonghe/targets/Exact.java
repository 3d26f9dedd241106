package org.zhonghe.targets;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The one place where this package divides. Quotients carry 34 significant digits (IEEE 754
 * decimal128, half-even) and are then rounded to {@value #SCALE} decimal places, half-even, with
 * trailing zeros stripped; so {@code -0.482} stays {@code -0.482} and 1/3 prints as {@code 0.333333}.
 */
public final class Exact {
    /** Precision of every quotient before it is rounded to {@link #SCALE} places. */
    public static final MathContext DIVISION = MathContext.DECIMAL128;
    /** Decimal places kept in reported ratios and rates. */
    public static final int SCALE = 6;

    private Exact() {}

    /**
     * {@code dividend / divisor}, rounded as described above.
     *
     * @throws ArithmeticException when the divisor is zero
     */
    public static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        Objects.requireNonNull(dividend, "dividend");
        Objects.requireNonNull(divisor, "divisor");
        if (divisor.signum() == 0) {
            throw new ArithmeticException("division by zero: " + dividend.toPlainString() + " / 0");
        }
        return normalise(dividend.divide(divisor, DIVISION).setScale(SCALE, RoundingMode.HALF_EVEN));
    }

    /** The value with trailing zeros stripped and zero as plain {@code 0}, ready for {@code toPlainString()}. */
    public static BigDecimal normalise(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.signum() == 0 ? BigDecimal.ZERO : stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
