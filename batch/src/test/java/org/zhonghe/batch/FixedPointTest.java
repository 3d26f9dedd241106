package org.zhonghe.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
    void the_fixed_point_sum_equals_the_bigdecimal_sum_of_the_same_amounts() {
        SplittableRandom rnd = new SplittableRandom(42);
        MassUnit[] units = {MassUnit.T, MassUnit.KG, MassUnit.G, MassUnit.KT};
        for (int run = 0; run < 50; run++) {
            ExactSum fixed = new ExactSum();
            BigDecimal exact = BigDecimal.ZERO;
            for (int i = 0; i < 2000; i++) {
                String amount = rnd.nextLong(0, 100_000_000_000L) + "." + String.format("%03d", rnd.nextInt(1000));
                MassUnit unit = units[rnd.nextInt(units.length)];
                long n = parse(amount, unit);
                BigDecimal tonnes = unit.toTonnes(new BigDecimal(amount));
                if (n == FixedPoint.NOT_FIXED) fixed.add(tonnes); else fixed.add(n);
                exact = exact.add(tonnes);
            }
            assertThat(fixed.tonnes()).isEqualByComparingTo(exact);
        }
    }

    @Test
    void a_sum_past_the_range_of_a_long_fails_over_to_bigdecimal_and_stays_exact() {
        ExactSum sum = new ExactSum();
        EmissionGroups groups = new EmissionGroups(1);
        long big = Long.MAX_VALUE / 3;
        BigDecimal exact = BigDecimal.ZERO;
        for (int i = 0; i < 10; i++) {
            sum.add(big);
            groups.add(0, 0, big);
            exact = exact.add(BigDecimal.valueOf(big, FixedPoint.SCALE));
        }
        assertThat(sum.tonnes()).isEqualByComparingTo(exact);
        BigDecimal[] fromGroups = new BigDecimal[1];
        groups.forEach(0, (g, records, nanos, spill) -> fromGroups[0] = BigDecimal.valueOf(nanos, FixedPoint.SCALE).add(spill));
        assertThat(fromGroups[0]).isEqualByComparingTo(exact);
    }
}
