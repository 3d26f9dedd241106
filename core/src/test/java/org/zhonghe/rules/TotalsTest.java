package org.zhonghe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.zhonghe.Decimals;
import org.zhonghe.assessment.Origin;
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

    @Test
    void a_sum_of_counted_records_is_their_sum_from_zero_normalized_whatever_the_first_term() {
        SplittableRandom r = new SplittableRandom(23);
        for (int i = 0; i < 50_000; i++) {
            List<RecordResult> records = new ArrayList<>();
            BigDecimal expected = BigDecimal.ZERO; // the fold the sums were before: from zero, then normalized
            BigDecimal removals = BigDecimal.ZERO;
            for (int n = r.nextInt(5); n > 0; n--) {
                BigDecimal x = random(r);
                Section section = r.nextBoolean() ? Section.EMISSIONS : Section.REMOVALS;
                if (r.nextInt(4) == 0) {
                    records.add(RecordResult.notCounted(section, RecordStatus.EXCLUDED, "x" + n, Reason.NOT_IN_CONCEPT, Origin.NONE));
                    continue;
                }
                records.add(RecordResult.counted(section, "x" + n, x, Origin.NONE));
                expected = expected.add(x);
                if (section == Section.REMOVALS) removals = removals.add(x);
            }
            BigDecimal sum = ClaimEvaluator.sum(records);
            assertThat(sum).as("%s", records).isEqualTo(Decimals.normalize(expected)); // value and scale
            assertThat(ClaimEvaluator.sum(records, Section.REMOVALS)).as("%s", records).isEqualTo(Decimals.normalize(removals));
        }
        assertThat(ClaimEvaluator.sum(List.of(RecordResult.counted(Section.EMISSIONS, "a", new BigDecimal("1.2E+3"), Origin.NONE))))
                .isEqualTo(Decimals.normalize(new BigDecimal("1200")));
        assertThat(ClaimEvaluator.sum(List.of(RecordResult.counted(Section.EMISSIONS, "a", new BigDecimal("0.000"), Origin.NONE))))
                .isSameAs(BigDecimal.ZERO);
    }
}
