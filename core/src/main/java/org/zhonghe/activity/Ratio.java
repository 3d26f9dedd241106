package org.zhonghe.activity;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import org.zhonghe.Decimals;

/**
 * A conversion factor between two units: exact when the fraction ends in decimal digits, else
 * rounded to {@link Decimals#DIVISION} (and said so in the derivation).
 *
 * @param value the factor
 * @param exact whether {@code value} is the exact fraction
 */
public record Ratio(BigDecimal value, boolean exact) {
    public Ratio {
        Objects.requireNonNull(value, "value");
    }

    static Ratio of(BigInteger dividend, BigInteger divisor) {
        BigDecimal p = new BigDecimal(dividend);
        BigDecimal q = new BigDecimal(divisor);
        try {
            return new Ratio(Decimals.normalize(p.divide(q)), true);
        } catch (ArithmeticException nonTerminating) {
            return new Ratio(Decimals.divide(p, q), false);
        }
    }

    public boolean isOne() {
        return value.compareTo(BigDecimal.ONE) == 0;
    }
}
