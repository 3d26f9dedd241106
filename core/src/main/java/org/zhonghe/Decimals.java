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
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        String frac = dot < 0 ? "" : digits.substring(dot);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) b.append(',');
            b.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + b + frac;
    }
}
