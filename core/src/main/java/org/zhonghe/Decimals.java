package org.zhonghe;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Exact decimal helpers: the one place where a division happens and where output is normalised. */
public final class Decimals {
    /** 34 significant digits, half-even: the context of every division in Zhonghe. */
    public static final MathContext DIVISION = MathContext.DECIMAL128;

    private Decimals() {}

    /** {@code a / b} to {@link #DIVISION}; {@code b} must not be zero. */
    public static BigDecimal divide(BigDecimal a, BigDecimal b) {
        if (b.signum() == 0) {
            throw new IllegalArgumentException("division by zero: " + a.toPlainString() + " / 0");
        }
        return a.divide(b, DIVISION);
    }

    /** Decimal places kept in a reported ratio or rate ({@link #ratio}). */
    public static final int RATIO_SCALE = 6;

    /**
     * A reported ratio or rate, {@code a / b}: the quotient to {@link #DIVISION}, then rounded to
     * {@value #RATIO_SCALE} decimal places half-even, trailing zeros stripped and never an exponent
     * ({@code 1/3} → {@code 0.333333}, {@code 100/4} → {@code 25}); {@code b} must not be zero.
     */
    public static BigDecimal ratio(BigDecimal a, BigDecimal b) {
        return canonical(divide(a, b).setScale(RATIO_SCALE, RoundingMode.HALF_EVEN));
    }

    /**
     * The canonical form with a scale of zero or more: {@link #normalize} that never leaves a negative
     * scale ({@code 1E+3} → {@code 1000}), so {@code toString()} prints it plainly too.
     */
    public static BigDecimal canonical(BigDecimal x) {
        BigDecimal n = normalize(x);
        return n.scale() < 0 ? n.setScale(0) : n;
    }

    /** The canonical form of a quantity: trailing zeros stripped, zero as {@code 0}. */
    public static BigDecimal normalize(BigDecimal x) {
        return x.signum() == 0 ? BigDecimal.ZERO : x.stripTrailingZeros();
    }

    /** The plain text of a quantity: no exponent, no trailing zeros ({@code "1200.5"}, {@code "0"}). */
    public static String plain(BigDecimal x) {
        return normalize(x).toPlainString();
    }

    /** Rounds a derived ratio for display (not for totals): {@code scale} digits, half-even. */
    public static BigDecimal round(BigDecimal x, int scale) {
        return x.setScale(scale, RoundingMode.HALF_EVEN);
    }

    /**
     * The plain text of a quantity with thousands separated by commas, as every output shows
     * quantities ({@code "-300,000"}, {@code "1,200.5"}); the digits are exact, never rounded.
     */
    public static String grouped(BigDecimal x) {
        String plain = plain(x);
        int from = plain.startsWith("-") ? 1 : 0; // the whole part's digits: [from, to)
        int dot = plain.indexOf('.');
        int to = dot < 0 ? plain.length() : dot;
        if (to - from <= 3) return plain; // below a thousand: nothing to separate
        // one builder, no substrings: asked for every entity whose net is below zero in a batch run
        StringBuilder b = new StringBuilder(plain.length() + (to - from - 1) / 3);
        b.append(plain, 0, from);
        for (int i = from; i < to; i++) {
            if (i > from && (to - i) % 3 == 0) b.append(',');
            b.append(plain.charAt(i));
        }
        return b.append(plain, to, plain.length()).toString(); // no +: a concatenation goes through method handles, slow under C1
    }
}
