package org.zhonghe.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhonghe.MassUnit;

class FixedPointTest {

    private static long parse(String amount, MassUnit unit) {
        byte[] b = amount.getBytes(StandardCharsets.UTF_8);
        return FixedPoint.nanotonnes(b, 0, b.length, unit);
    }

    @ParameterizedTest
    @CsvSource({"1200.5,T,1200500000000", "0.001,KG,1000", "12.345,KG,12345000", "1,G,1000", "0.000000001,T,1",
            "3,GT,3000000000000000000", "007.250,T,7250000000"})
    void an_amount_as_written_becomes_exact_nanotonnes(String amount, MassUnit unit, long nanotonnes) {
        assertThat(parse(amount, unit)).isEqualTo(nanotonnes);
        assertThat(BigDecimal.valueOf(nanotonnes, FixedPoint.SCALE)).isEqualByComparingTo(unit.toTonnes(new BigDecimal(amount)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e3", "-5", "12,5", "", ".", "1.2.3", "0.0001", "10000000000000000000", "0.00001"})
    void what_fixed_point_cannot_hold_exactly_takes_the_exact_path(String amount) {
        MassUnit unit = amount.equals("0.0001") || amount.equals("0.00001") ? MassUnit.G : MassUnit.T;
        assertThat(parse(amount, unit)).isEqualTo(FixedPoint.NOT_FIXED);
    }

    @Test
    void the_fixed_point_co2e_sums_of_two_threads_equal_the_bigdecimal_sum_of_the_same_rows() {
        SplittableRandom rnd = new SplittableRandom(42);
        MassUnit[] units = {MassUnit.T, MassUnit.KG, MassUnit.G, MassUnit.KT};
        long[] weights = {1_000_000, 28_000_000, 265_000_000, 27_900_000, 23_500_000_000L, 1_500}; // ×10⁻⁶
        for (int run = 0; run < 20; run++) {
            List<EmissionTotals> threads = List.of(new EmissionTotals(3), new EmissionTotals(3));
            BigDecimal exact = BigDecimal.ZERO;
            for (int i = 0; i < 2000; i++) {
                String amount = rnd.nextLong(0, 100_000_000_000L) + "." + String.format("%03d", rnd.nextInt(1000));
                MassUnit unit = units[rnd.nextInt(units.length)];
                long weight = weights[rnd.nextInt(weights.length)];
                long n = parse(amount, unit);
                BigDecimal co2e = unit.toTonnes(new BigDecimal(amount)).multiply(BigDecimal.valueOf(weight, 6));
                EmissionTotals t = threads.get(rnd.nextInt(2));
                if (n == FixedPoint.NOT_FIXED) t.counted(1, co2e, 2); else t.counted(1, n, weight, 2);
                exact = exact.add(co2e);
            }
            EmissionTotals.Sum sum = EmissionTotals.of(1, threads, 0);
            assertThat(sum.counted()).isEqualByComparingTo(exact);
            assertThat(sum.countedScopes()).isEqualTo(0b10);
            assertThat(EmissionTotals.of(0, threads, 0).counted()).isZero();
        }
    }

    @Test
    void a_sum_past_124_bits_fails_over_to_bigdecimal_and_stays_exact_with_its_scopes() {
        EmissionTotals t = new EmissionTotals(2);
        BigDecimal exact = BigDecimal.ZERO;
        long nanotonnes = 1L << 62;
        for (int i = 0; i < 3000; i++) {
            long weight = (1L << 58) + i; // 2¹²⁰ a row: past 2¹²⁴ after 16 rows
            t.counted(1, nanotonnes, weight, 3);
            exact = exact.add(BigDecimal.valueOf(nanotonnes).multiply(BigDecimal.valueOf(weight)).movePointLeft(EmissionTotals.SCALE));
        }
        t.counted(1, 5, 1_000_000, 1);
        exact = exact.add(new BigDecimal("0.000000005"));
        EmissionTotals.Sum sum = EmissionTotals.of(1, List.of(t), 0);
        assertThat(sum.counted()).isEqualByComparingTo(exact);
        assertThat(sum.countedScopes()).isEqualTo(0b101);
        assertThat(EmissionTotals.of(0, List.of(t), 0).countedScopes()).isZero();
    }

    @Test
    void a_sum_past_128_bits_fails_over_to_bigdecimal_and_stays_exact() {
        List<EmissionTotals> threads = List.of(new EmissionTotals(1), new EmissionTotals(1));
        BigDecimal exact = BigDecimal.ZERO;
        for (int i = 0; i < 40; i++) {
            threads.get(i % 2).counted(0, Long.MAX_VALUE, Long.MAX_VALUE / 2, 1);
            exact = exact.add(BigDecimal.valueOf(Long.MAX_VALUE).multiply(BigDecimal.valueOf(Long.MAX_VALUE / 2))
                    .movePointLeft(EmissionTotals.SCALE));
        }
        assertThat(exact.unscaledValue().bitLength()).isGreaterThan(128);
        assertThat(EmissionTotals.of(0, threads, 0).counted()).isEqualByComparingTo(exact);
    }

    @Test
    void rows_not_counted_are_counted_by_reason_in_and_beyond_the_inline_counters() {
        // 20 reasons (16 inline), and about 2,500 rows per reason and thread: each 8-bit counter fills
        // and moves beside several times; entity 2 has exactly 255, 256 and 257 rows of three reasons
        List<EmissionTotals> threads = List.of(new EmissionTotals(3), new EmissionTotals(3));
        long[] expected = new long[20];
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            int slot = rnd.nextInt(20);
            threads.get(rnd.nextInt(2)).notCounted(1, slot);
            expected[slot]++;
        }
        for (int n = 0; n < 257; n++) {
            if (n < 255) threads.get(0).notCounted(2, 0);
            if (n < 256) threads.get(0).notCounted(2, 7);
            threads.get(0).notCounted(2, 15);
        }
        assertThat(EmissionTotals.of(1, threads, 20).notCounted()).containsExactly(expected);
        assertThat(EmissionTotals.of(0, threads, 20).notCounted()).containsOnly(0L);
        long[] edges = EmissionTotals.of(2, threads, 20).notCounted();
        assertThat(edges[0]).isEqualTo(255);
        assertThat(edges[7]).isEqualTo(256);
        assertThat(edges[15]).isEqualTo(257);
    }

    @Test
    void a_128_bit_sum_becomes_the_decimal_bigdecimal_would_make_trailing_zeros_and_all() {
        SplittableRandom rnd = new SplittableRandom(3);
        for (int i = 0; i < 20_000; i++) {
            java.math.BigInteger x = new java.math.BigInteger(1 + rnd.nextInt(126), new java.util.Random(rnd.nextLong()))
                    .multiply(java.math.BigInteger.TEN.pow(rnd.nextInt(20)));
            if (x.bitLength() > 126) continue;
            long hi = x.shiftRight(64).longValue();
            long lo = x.longValue();
            BigDecimal expected = x.signum() == 0 ? BigDecimal.ZERO
                    : new BigDecimal(x, EmissionTotals.SCALE).stripTrailingZeros();
            if (expected.scale() < 0) expected = expected.setScale(0);
            assertThat(EmissionTotals.toDecimal(hi, lo)).isEqualTo(expected);
        }
    }

    /** Zeros counted nine digits at a time agree with one division at a time, for every count and cap. */
    @Test
    void trailing_zeros_are_counted_as_one_division_a_step_counts_them() {
        SplittableRandom r = new SplittableRandom(15);
        for (int i = 0; i < 200_000; i++) {
            int zeros = r.nextInt(19);
            long digits = 1 + r.nextLong(Math.max(1, Long.MAX_VALUE / FixedPoint.pow10(zeros)));
            long v = digits * FixedPoint.pow10(zeros);
            if (v <= 0) continue;
            int max = r.nextInt(19);
            int expected = 0;
            for (long w = v; expected < max && w % 10 == 0; w /= 10) expected++;
            assertThat(FixedPoint.trailingZeros(v, max)).as("%d, at most %d", v, max).isEqualTo(expected);
        }
        assertThat(FixedPoint.trailingZeros(1_000_000_000_000_000_000L, 18)).isEqualTo(18);
        assertThat(FixedPoint.trailingZeros(1_000_000_000L, 15)).isEqualTo(9);
        assertThat(FixedPoint.trailingZeros(7_000_000_000_000_000L, 15)).isEqualTo(15);
        assertThat(FixedPoint.trailingZeros(Long.MAX_VALUE, 15)).isZero();
    }

    @Test
    void a_tenth_by_multiplication_is_integer_division_for_every_int_at_or_above_zero() {
        for (long w = 0; w <= Integer.MAX_VALUE; w += w < 100_000 ? 1 : 9_973) {
            assertThat(FixedPoint.tenth((int) w)).as("%d", w).isEqualTo((int) w / 10);
        }
        assertThat(FixedPoint.tenth(Integer.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE / 10);
    }
}
