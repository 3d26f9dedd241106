package org.zhonghe;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The reading of an amount's text into an exact decimal, bounded before any arithmetic: at most
 * {@link #MAX_DIGITS} significant digits as written, at most {@link #MAX_DIGITS} digits before
 * the decimal point and at most {@link #MAX_DIGITS} after it. Without the bound, a {@code 1}
 * followed by 40,000 zeros (a 40 KB request) costs seconds of CPU in every sum and print, and a
 * text of millions of digits costs minutes just to parse; with it, a sum of {@code n} amounts
 * stays within {@code 2 × 50 + log10(n)} digits, so every total is linear in the records.
 * Fifty digits is Zhonghe's own limit, far beyond any measured quantity (a gigatonne to the
 * milligram is 18 digits). Every reader of amounts (io's YAML, JSON, CSV and XLSX, the batch
 * ledger, the command line) goes through {@link #read}.
 */
public final class DecimalText {
    /** Significant digits, and digits on either side of the decimal point, an amount may have. */
    public static final int MAX_DIGITS = 50;
    /** Characters of an amount's text read at all (signs, point, exponent and zeros included). */
    public static final int MAX_LENGTH = 120;
    /** Characters of an over-long value kept when it is quoted in an error. */
    private static final int QUOTED = 24;

    private DecimalText() {}

    /** What became of the text. */
    public enum Status { OK, NOT_A_NUMBER, TOO_MANY_DIGITS }

    /**
     * The result of {@link #read}: the value when {@link Status#OK}, else empty.
     *
     * @param status what became of the text
     * @param value  the decimal as written (scale kept); null unless {@code OK}
     */
    public record Reading(Status status, BigDecimal value) {
        public Optional<BigDecimal> toOptional() {
            return Optional.ofNullable(value);
        }
    }

    /** Reads {@code text} (already stripped of surrounding blanks by the caller, or not). */
    public static Reading read(String text) {
        String t = text.strip();
        if (t.length() > MAX_LENGTH) {
            return new Reading(looksNumeric(t) ? Status.TOO_MANY_DIGITS : Status.NOT_A_NUMBER, null);
        }
        BigDecimal value;
        try {
            value = new BigDecimal(t);
        } catch (NumberFormatException e) {
            return new Reading(Status.NOT_A_NUMBER, null);
        }
        return isWithinLimits(value) ? new Reading(Status.OK, value) : new Reading(Status.TOO_MANY_DIGITS, null);
    }

    /** Whether a decimal keeps to the limits of {@link #MAX_DIGITS}. */
    public static boolean isWithinLimits(BigDecimal value) {
        long scale = value.scale();
        long integerDigits = (long) value.precision() - scale;
        return value.precision() <= MAX_DIGITS && scale <= MAX_DIGITS && integerDigits <= MAX_DIGITS;
    }

    /**
     * An over-long value as it is quoted in an error: its first and last characters and its
     * length ({@code 1000000000000000000000…000 (40,001 characters)}); a short value as it is.
     */
    public static String abbreviate(String text) {
        if (text == null || text.length() <= 2 * QUOTED) return text;
        return text.substring(0, QUOTED) + "…" + text.substring(text.length() - 8)
                + String.format(java.util.Locale.ROOT, " (%,d characters)", text.length());
    }

    private static boolean looksNumeric(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == '+' || c == '-' || c == 'e' || c == 'E')) return false;
        }
        return true;
    }
}
