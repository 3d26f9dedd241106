package org.zhonghe.batch;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Rows of results.csv made as UTF-8 bytes, so that an entity's row is written without a
 * {@code String} or a {@code BigDecimal} in between: its id is copied as read, its totals written
 * from their fixed-point sums ({@link #plain}).
 */
final class RowBytes {
    private static final long E6 = 1_000_000L;
    private static final long E9 = 1_000_000_000L;
    private static final long E15 = 1_000_000_000_000_000L;

    private byte[] buf;
    private int size;

    RowBytes(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    RowBytes bytes(byte[] b) {
        return bytes(b, 0, b.length);
    }

    RowBytes bytes(byte[] b, int from, int to) {
        int n = to - from;
        room(n);
        System.arraycopy(b, from, buf, size, n);
        size += n;
        return this;
    }

    /** Writes again the bytes written at {@code [from, to)}. */
    RowBytes repeat(int from, int to) {
        if (from < 0 || to > size || from > to) throw new IllegalArgumentException("repeat " + from + ".." + to + " of " + size);
        int n = to - from;
        room(n);
        System.arraycopy(buf, from, buf, size, n);
        size += n;
        return this;
    }

    RowBytes text(String s) {
        return bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code s} as UTF-8, copied char by char while it is ASCII (ids, codes, plain decimals: nearly always). */
    RowBytes chars(String s) {
        int n = s.length();
        room(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) return text(s.substring(i));
            buf[size++] = (byte) c;
        }
        return this;
    }

    /**
     * {@code s}, which is ASCII by construction (a code, a concept's id, a plain decimal), copied
     * whole: {@code String.getBytes(int, int, byte[], int)} takes each char's low byte, one array
     * copy for such a string, where {@link #chars} reads it char by char.
     */
    @SuppressWarnings("deprecation") // the low byte is the char: ASCII only, as said above
    RowBytes ascii(String s) {
        int n = s.length();
        room(n);
        s.getBytes(0, n, buf, size);
        size += n;
        return this;
    }

    RowBytes ascii(char c) {
        room(1);
        buf[size++] = (byte) c;
        return this;
    }

    /** A non-negative {@code long} in decimal digits. */
    RowBytes digits(long v) {
        int n = 1;
        while (n < 19 && v >= FixedPoint.pow10(n)) n++;
        room(n);
        fill(size, size + n, v);
        size += n;
        return this;
    }

    /**
     * Writes the last {@code to - from} decimal digits of {@code v} (non-negative) in
     * {@code buf[from, to)}, zeros before them if it has fewer: nine digits at a time in {@code int}
     * arithmetic, each a multiplication ({@link FixedPoint#tenth}), where the client compiler calls out of the
     * compiled code for each {@code long} division.
     */
    private void fill(int from, int to, long v) {
        int i = to - 1;
        while (v > Integer.MAX_VALUE && i >= from) {
            long q = v / 1_000_000_000L;
            int r = (int) (v - q * 1_000_000_000L);
            for (int k = 0; k < 9 && i >= from; k++, i--) {
                int d = FixedPoint.tenth(r);
                buf[i] = (byte) ('0' + (r - d * 10));
                r = d;
            }
            v = q;
        }
        int w = (int) v;
        for (; i >= from; i--) {
            int q = FixedPoint.tenth(w);
            buf[i] = (byte) ('0' + (w - q * 10));
            w = q;
        }
    }

    /**
     * The non-negative 128-bit number {@code hi:lo} × 10⁻¹⁵ as plain decimal text without trailing
     * zeros, as {@code Decimals.plain} writes it ({@code 0}, {@code 1200}, {@code 0.000000000000001}).
     * Writes nothing and returns false when its integer part passes 2⁶³ − 1.
     */
    boolean plain(long hi, long lo) {
        assert EmissionTotals.SCALE == 15 : "plain writes 15 decimal places";
        long fraction;
        long whole;
        if (hi == 0 && lo >= 0) {
            whole = lo / E15;
            fraction = lo - whole * E15;
        } else {
            // hi:lo / 10⁹, then / 10⁶, in 32-bit steps (each remainder < 2³¹ keeps the steps in a long);
            // constant divisors, which the compiler turns into multiplications
            long h = hi / E9;
            long x1 = ((hi - h * E9) << 32) | (lo >>> 32);
            long q1 = x1 / E9;
            long x0 = ((x1 - q1 * E9) << 32) | (lo & 0xFFFFFFFFL);
            long q0 = x0 / E9;
            long low9 = x0 - q0 * E9;
            long l = q1 << 32 | q0;
            long h2 = h / E6;
            x1 = ((h - h2 * E6) << 32) | (l >>> 32);
            q1 = x1 / E6;
            x0 = ((x1 - q1 * E6) << 32) | (l & 0xFFFFFFFFL);
            q0 = x0 / E6;
            l = q1 << 32 | q0;
            if (h2 != 0 || l < 0) return false;
            whole = l;
            fraction = (x0 - q0 * E6) * E9 + low9;
        }
        digits(whole);
        if (fraction != 0) {
            int zeros = FixedPoint.trailingZeros(fraction, EmissionTotals.SCALE);
            if (zeros != 0) fraction /= FixedPoint.pow10(zeros);
            int places = EmissionTotals.SCALE - zeros;
            room(places + 1);
            buf[size++] = '.';
            fill(size, size + places, fraction);
            size += places;
        }
        return true;
    }

    /**
     * {@code x} as {@code Decimals.plain} writes it (no exponent, no trailing zeros, {@code 0} for
     * zero), from its unscaled value when that has at most 18 digits and its scale is 0–18 (nearly
     * always), else through {@code Decimals.plain}.
     */
    RowBytes plain(java.math.BigDecimal x) {
        if (x.signum() == 0) return ascii('0');
        int scale = x.scale();
        if (scale < 0 || scale > 18 || x.precision() > 18) return ascii(org.zhonghe.Decimals.plain(x));
        long u = x.scaleByPowerOfTen(scale).longValue(); // the unscaled value: one decimal made, not a BigInteger and its array
        if (u < 0) { // |u| < 10¹⁸: its negation fits
            ascii('-');
            u = -u;
        }
        if (scale > 0) {
            int zeros = FixedPoint.trailingZeros(u, scale);
            if (zeros != 0) u /= FixedPoint.pow10(zeros);
            scale -= zeros;
        }
        long whole = u / FixedPoint.pow10(scale);
        long fraction = u - whole * FixedPoint.pow10(scale);
        digits(whole);
        if (scale > 0) { // fraction ends in a digit other than 0
            room(scale + 1);
            buf[size++] = '.';
            fill(size, size + scale, fraction);
            size += scale;
        }
        return this;
    }

    /** The bytes written from {@code from} on, as text (ASCII or UTF-8). */
    String text(int from) {
        return new String(buf, from, size - from, StandardCharsets.UTF_8);
    }

    int size() {
        return size;
    }

    /** Drops what was written after {@code size} bytes. */
    void cut(int size) {
        if (size < 0 || size > this.size) throw new IllegalArgumentException("cut to " + size + " of " + this.size);
        this.size = size;
    }

    /** Where {@link #writeTo} writes. */
    interface Sink {
        void write(byte[] bytes, int off, int len) throws java.io.IOException;
    }

    void writeTo(Sink out) throws java.io.IOException {
        out.write(buf, 0, size);
    }

    /** Makes room for {@code n} more bytes: a check small enough for the client compiler to inline, the growth apart. */
    private void room(int n) {
        if (size + n > buf.length) grow(n);
    }

    private void grow(int n) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
    }
}
