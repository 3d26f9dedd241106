package org.zhonghe.batch;

import org.zhonghe.MassUnit;

/**
 * Amounts as exact fixed-point {@code long}s of 10⁻⁹ t (nanotonnes), parsed from the bytes as
 * written. An amount this cannot hold exactly (more digits, finer than 10⁻⁹ t, an exponent, a
 * sign) is {@link #NOT_FIXED}: the caller then takes the exact {@code BigDecimal} path.
 */
final class FixedPoint {
    /** Decimal places of a fixed-point amount in tonnes. */
    static final int SCALE = 9;
    /** Returned when the amount needs the exact path. */
    static final long NOT_FIXED = Long.MIN_VALUE;

    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) POW10[i] = POW10[i - 1] * 10;
    }

    private FixedPoint() {}

    /** 10ⁿ, for 0 ≤ n ≤ 18. */
    static long pow10(int n) {
        return POW10[n];
    }

    /** {@code w / 10} for {@code 0 <= w < 2^31}, as a multiplication by ⌈2³⁵/10⌉ and a shift (exact there). */
    static int tenth(int w) {
        return (int) ((w * 0xCCCCCCCDL) >>> 35);
    }

    /**
     * How many of the last decimal digits of {@code v} (positive) are zeros, counting at most
     * {@code max}: a long division per nine digits, the digits within them in {@code int}
     * arithmetic ({@link #tenth}) — the client compiler, which runs a ledger with whole
     * entities, calls out of the compiled code for every long division, where stripping zeros one
     * division at a time made ten such calls for a typical total of an entity.
     */
    static int trailingZeros(long v, int max) {
        int n = 0;
        while (true) {
            long q = v / 1_000_000_000L;
            int low = (int) (v - q * 1_000_000_000L);
            if (low == 0) { // nine zeros
                n += 9;
                if (n >= max) return max;
                v = q;
                continue;
            }
            for (int d = tenth(low); n < max && d * 10 == low; d = tenth(low)) {
                low = d;
                n++;
            }
            return n;
        }
    }

    /** {@code buf[from, to)} in {@code unit}, as nanotonnes; {@link #NOT_FIXED} when not representable. */
    static long nanotonnes(byte[] buf, int from, int to, MassUnit unit) {
        if (from >= to || to - from > 19) return NOT_FIXED;
        long mantissa = 0;
        int digits = 0;
        int fraction = -1; // digits after the point; -1 before a point
        for (int i = from; i < to; i++) {
            byte c = buf[i];
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
                if (fraction >= 0) fraction++;
            } else if (c == '.' && fraction < 0) {
                fraction = 0;
            } else {
                return NOT_FIXED;
            }
        }
        if (digits == 0 || digits > 18) return NOT_FIXED;
        int shift = SCALE + power(unit) - Math.max(fraction, 0);
        if (shift < 0 || shift > 18) return NOT_FIXED;
        long p = POW10[shift];
        long hi = Math.multiplyHigh(mantissa, p);
        long lo = mantissa * p;
        return hi != 0 || lo < 0 ? NOT_FIXED : lo;
    }

    /** The power of ten of a unit in tonnes. */
    static int power(MassUnit unit) {
        return switch (unit) {
            case G -> -6;
            case KG -> -3;
            case T -> 0;
            case KT -> 3;
            case MT -> 6;
            case GT -> 9;
        };
    }

    /** The unit spelled {@code buf[from, to)}, or null. */
    static MassUnit unit(byte[] buf, int from, int to) {
        int n = to - from;
        if (n == 1) {
            if (buf[from] == 't') return MassUnit.T;
            if (buf[from] == 'g') return MassUnit.G;
        } else if (n == 2) {
            byte a = buf[from];
            byte b = buf[from + 1];
            if (b == 'g' && a == 'k') return MassUnit.KG;
            if (b == 't') {
                if (a == 'k') return MassUnit.KT;
                if (a == 'M') return MassUnit.MT;
                if (a == 'G') return MassUnit.GT;
            }
        }
        return null;
    }
}
