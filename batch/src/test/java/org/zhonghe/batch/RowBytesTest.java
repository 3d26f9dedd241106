package org.zhonghe.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.zhonghe.Decimals;

/** Totals written from their fixed-point sums must read exactly as the core writes the same decimal. */
class RowBytesTest {
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    private static String plain(long hi, long lo) {
        RowBytes out = new RowBytes(4);
        out.ascii('[');
        boolean written = out.plain(hi, lo);
        return written ? new String(bytes(out), 1, out.size() - 1, StandardCharsets.US_ASCII) : null;
    }

    /** What the rows write. */
    private static byte[] bytes(RowBytes out) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        try {
            out.writeTo(b::write);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return b.toByteArray();
    }

    private static BigDecimal value(long hi, long lo) {
        BigInteger unscaled = BigInteger.valueOf(hi).multiply(TWO_64).add(new BigInteger(Long.toUnsignedString(lo)));
        return new BigDecimal(unscaled, EmissionTotals.SCALE);
    }

    @ParameterizedTest
    @CsvSource({"0,0,0", "0,1,0.000000000000001", "0,1000000000000000,1", "0,1200000000000000000,1200",
            "0,1234567890123456789,1234.567890123456789", "1,0,18446.744073709551616",
            "0,-1,18446.744073709551615", "4294967296,0,79228162514264.337593543950336"})
    void a_fixed_point_sum_is_written_as_its_plain_decimal(long hi, long lo, String text) {
        assertThat(plain(hi, lo)).isEqualTo(text);
        assertThat(plain(hi, lo)).isEqualTo(Decimals.plain(value(hi, lo)));
    }

    @Test
    void random_sums_of_every_size_read_as_the_core_writes_them() {
        SplittableRandom r = new SplittableRandom(3);
        int written = 0;
        for (int i = 0; i < 200_000; i++) {
            int bits = 1 + r.nextInt(127);
            long hi = bits <= 64 ? 0 : r.nextLong() >>> (128 - bits);
            long lo = bits >= 64 ? r.nextLong() : r.nextLong() >>> (64 - bits);
            if (r.nextInt(4) == 0) lo -= lo % 1_000_000_000L; // trailing zeros to strip
            BigDecimal v = value(hi, lo);
            String text = plain(hi, lo);
            if (v.setScale(0, java.math.RoundingMode.DOWN).compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
                assertThat(text).as("integer part past 2^63: left to the exact path").isNull();
                continue;
            }
            assertThat(text).as("%d:%d", hi, lo).isEqualTo(Decimals.plain(v));
            assertThat(text).isEqualTo(Decimals.plain(EmissionTotals.toDecimal(hi, lo)));
            written++;
        }
        assertThat(written).isGreaterThan(150_000);
    }

    private static String plain(BigDecimal x) {
        RowBytes out = new RowBytes(4);
        out.plain(x);
        return out.text(0);
    }

    @ParameterizedTest
    @CsvSource({"0,0", "0.000,0", "-0.50,-0.5", "1200,1200", "1.2E+3,1200", "120.0100,120.01", "-999999999999999999,-999999999999999999",
            "0.000000000000000001,0.000000000000000001", "1E-19,0.0000000000000000001", "1234567890123456789.5,1234567890123456789.5",
            "-3E+20,-300000000000000000000"})
    void a_decimal_is_written_as_the_core_writes_it(String value, String text) {
        assertThat(plain(new BigDecimal(value))).isEqualTo(text).isEqualTo(Decimals.plain(new BigDecimal(value)));
    }

    @Test
    void random_decimals_of_every_scale_and_size_read_as_the_core_writes_them() {
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < 200_000; i++) {
            int bits = 1 + r.nextInt(90);
            BigInteger unscaled = new BigInteger(bits, new java.util.Random(r.nextLong()));
            if (r.nextBoolean()) unscaled = unscaled.negate();
            if (r.nextInt(4) == 0) unscaled = unscaled.multiply(BigInteger.TEN.pow(r.nextInt(6))); // zeros to strip
            BigDecimal v = new BigDecimal(unscaled, r.nextInt(46) - 6);
            assertThat(plain(v)).as("%s", v).isEqualTo(Decimals.plain(v));
        }
    }

    @Test
    void the_largest_sum_it_writes_has_an_integer_part_of_two_to_the_63_minus_one() {
        BigInteger limit = BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE).multiply(BigInteger.TEN.pow(15));
        BigInteger below = limit.subtract(BigInteger.ONE);
        assertThat(plain(below.shiftRight(64).longValue(), below.longValue())).isEqualTo("9223372036854775807.999999999999999");
        assertThat(plain(limit.shiftRight(64).longValue(), limit.longValue())).isNull();
    }

    @Test
    void digits_and_bytes_make_rows() {
        RowBytes out = new RowBytes(1);
        out.digits(0).ascii(',').digits(Long.MAX_VALUE).ascii(',').text("碳中和").bytes(new byte[] {'x'});
        assertThat(new String(bytes(out), StandardCharsets.UTF_8)).isEqualTo("0,9223372036854775807,碳中和x");
        out.repeat(0, 2);
        assertThat(new String(bytes(out), StandardCharsets.UTF_8)).isEqualTo("0,9223372036854775807,碳中和x0,");
        out.cut(2);
        assertThat(new String(bytes(out), StandardCharsets.UTF_8)).isEqualTo("0,");
    }

    @Test
    void chars_writes_any_text_as_utf8() {
        RowBytes out = new RowBytes(1);
        for (String s : new String[] {"", "E0000001", "1234.5", "é", "id-é中和x", "\uD83C\uDF33tree", "a,b"}) {
            out.cut(0);
            out.chars(s);
            assertThat(bytes(out)).as(s).isEqualTo(s.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void digits_of_every_length_are_written_as_long_to_string_writes_them() {
        SplittableRandom r = new SplittableRandom(29);
        for (int i = 0; i < 100_000; i++) {
            long v = r.nextLong(Long.MAX_VALUE) >>> r.nextInt(63);
            RowBytes out = new RowBytes(4);
            out.digits(v);
            assertThat(out.text(0)).isEqualTo(Long.toString(v));
        }
        RowBytes out = new RowBytes(4);
        out.digits(Long.MAX_VALUE).digits(0).digits(1_000_000_000L).digits(999_999_999L);
        assertThat(out.text(0)).isEqualTo(Long.MAX_VALUE + "0" + "1000000000" + "999999999");
    }
}
