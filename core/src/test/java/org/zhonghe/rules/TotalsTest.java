package org.zhonghe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The net balance is emissions − removals − credits + other effects: the same number, digits and scale. */
class TotalsTest {
    private static BigDecimal random(SplittableRandom r) {
        if (r.nextInt(3) == 0) return new BigDecimal(BigInteger.ZERO, r.nextInt(8) - 3); // zeros of any scale
        return BigDecimal.valueOf(r.nextLong(-1_000_000_000L, 1_000_000_000L), r.nextInt(12) - 3);
    }

    @Test
    void the_net_is_the_sum_written_out_scale_included() {
        SplittableRandom r = new SplittableRandom(17);
        for (int i = 0; i < 200_000; i++) {
            Totals t = new Totals(random(r), random(r), random(r), random(r));
            BigDecimal expected = t.emissions().subtract(t.removals()).subtract(t.credits()).add(t.otherEffects());
            BigDecimal net = t.net();
            assertThat(net).as("%s", t).isEqualTo(expected); // BigDecimal.equals: value and scale
            assertThat(net.scale()).isEqualTo(expected.scale());
        }
    }

    @Test
    void a_balance_of_emissions_alone_is_its_emissions() {
        Totals t = new Totals(new BigDecimal("12.50"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        assertThat(t.net()).isEqualTo(new BigDecimal("12.50"));
        assertThat(new Totals(new BigDecimal("1.2E+3"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO).net())
                .isEqualTo(new BigDecimal("1200"));
    }
}
