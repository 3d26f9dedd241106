package org.zhonghe.activity;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import org.zhonghe.Decimals;

/**
 * A conversion factor between two units: exact when the fraction ends in decimal digits, else
 * rounded to {@link Decimals#DIVISION} (and said so in the derivation). The fraction itself is
 * kept ({@code dividend / divisor}), so that a product can multiply by the dividend and divide by
 * the divisor last: 4320 GJ × 5/18 MWh/GJ × 0.25 t CO2/MWh is exactly 300 t CO2.
 *
 * @param value    the factor
 * @param exact    whether {@code value} is the exact fraction
 * @param dividend the fraction's numerator ({@code value} itself when exact)
 * @param divisor  the fraction's denominator (1 when exact)
 */
public record Ratio(BigDecimal value, boolean exact, BigDecimal dividend, BigDecimal divisor) {
    public Ratio {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(dividend, "dividend");
        Objects.requireNonNull(divisor, "divisor");
    }

    /** An exact factor. */
    public Ratio(BigDecimal value, boolean exact) {
        this(value, exact, value, BigDecimal.ONE);
    }

    static Ratio of(BigInteger dividend, BigInteger divisor) {
        BigDecimal p = new BigDecimal(dividend);
        BigDecimal q = new BigDecimal(divisor);
        try {
            return new Ratio(Decimals.normalize(p.divide(q)), true);
        } catch (ArithmeticException nonTerminating) {
            return new Ratio(Decimals.divide(p, q), false, p, q);
        }
    }

    public boolean isOne() {
        return value.compareTo(BigDecimal.ONE) == 0;
    }
}
