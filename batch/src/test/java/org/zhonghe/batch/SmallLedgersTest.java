package org.zhonghe.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhonghe.MassUnit;
import org.zhonghe.assessment.Basis;
import org.zhonghe.assessment.Credit;
import org.zhonghe.assessment.CreditType;
import org.zhonghe.assessment.Origin;
import org.zhonghe.assessment.RemovalKind;

/**
 * The ledgers keep removals and credits compactly (a removal group without a map, a credit without
 * its id and origin) but read them back as before: groups in first-seen order, credits in file
 * order with the id made from their line (or written) and their line as origin.
 */
class SmallLedgersTest {
    private static Credit bare(String id, String serial) {
        return new Credit(id, "CCER", serial, CreditType.AVOIDANCE, null, null, 2023, new BigDecimal("1.5"), MassUnit.T, true,
                "E1", LocalDate.of(2024, 6, 30), false, false, true, false, null, Origin.NONE);
    }

    @Test
    void credits_read_back_in_file_order_with_their_ids_and_lines() {
        SmallLedgers l = new SmallLedgers(3);
        l.add(1, bare("", "S-1"), 2, true);
        assertThat(l.credits(1)).containsExactly(bare("line 2", "S-1").withIdAndOrigin("line 2", Origin.of("credits.csv", 2)));
        l.add(1, bare("c-7", "S-2"), 5, false);
        l.add(1, bare("", "S-3"), 9, true);
        assertThat(l.credits(1)).extracting(Credit::id, Credit::serial, c -> c.origin().line(), c -> c.origin().file())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("line 2", "S-1", 2, "credits.csv"),
                        org.assertj.core.groups.Tuple.tuple("c-7", "S-2", 5, "credits.csv"),
                        org.assertj.core.groups.Tuple.tuple("line 9", "S-3", 9, "credits.csv"));
        assertThat(l.credits(0)).isEmpty();
        assertThat(l.emissionsAlone(0)).isTrue();
        assertThat(l.emissionsAlone(1)).isFalse();
    }

    @Test
    void removals_are_summed_by_group_in_first_seen_order() {
        SmallLedgers l = new SmallLedgers(2);
        SmallLedgers.RemovalKey forest = new SmallLedgers.RemovalKey(RemovalKind.FOREST_MANAGEMENT, false, Basis.INCREMENT, 100,
                false, true);
        SmallLedgers.RemovalKey beccs = new SmallLedgers.RemovalKey(RemovalKind.BECCS, null, Basis.INCREMENT, null, false, true);
        l.add(0, new SmallLedgers.RemovalRead(forest, new BigDecimal("1.5"), BigDecimal.ZERO));
        assertThat(l.removals(0)).containsOnlyKeys(forest);
        assertThat(l.removals(0).get(forest).tonnes).isEqualTo(new BigDecimal("1.5"));
        // an equal key made by another thread joins the same group
        l.add(0, new SmallLedgers.RemovalRead(new SmallLedgers.RemovalKey(RemovalKind.FOREST_MANAGEMENT, false, Basis.INCREMENT,
                100, false, true), new BigDecimal("2.25"), new BigDecimal("0.5")));
        l.add(0, new SmallLedgers.RemovalRead(beccs, new BigDecimal("3"), BigDecimal.ZERO));
        l.add(0, new SmallLedgers.RemovalRead(forest, new BigDecimal("1"), BigDecimal.ZERO));
        assertThat(List.copyOf(l.removals(0).keySet())).containsExactly(forest, beccs);
        assertThat(l.removals(0).get(forest).tonnes).isEqualTo(new BigDecimal("4.75"));
        assertThat(l.removals(0).get(forest).lifecycleTonnes).isEqualTo(new BigDecimal("0.5"));
        assertThat(l.removals(0).get(forest).records).isEqualTo(3);
        assertThat(l.removals(0).get(beccs).records).isEqualTo(1);
        assertThat(l.removals(1)).isEmpty();
    }

    /** The shortcut of a zero on either side makes what BigDecimal.add makes: the same digits and scale. */
    @Test
    void plus_is_add_with_every_zero_and_scale() {
        List<String> numbers = List.of("0", "0.0", "0.000", "0E+2", "0E-7", "1", "1.50", "-2.5", "1E+3", "716.915", "0.001");
        for (String a : numbers) {
            for (String b : numbers) {
                BigDecimal x = new BigDecimal(a);
                BigDecimal y = new BigDecimal(b);
                assertThat(SmallLedgers.plus(x, y)).as("%s + %s", a, b).isEqualTo(x.add(y)); // equals: the scale too
            }
        }
    }

    /** A zero added keeps the sum as BigDecimal.add writes it: its scale grows with the zero's decimals. */
    @Test
    void a_zero_lifecycle_keeps_the_scale_add_gives() {
        SmallLedgers.RemovalKey k = new SmallLedgers.RemovalKey(RemovalKind.BECCS, null, Basis.INCREMENT, null, true, true);
        for (List<String> zeros : List.of(List.of("0", "0"), List.of("0", "0.000"), List.of("0.00", "0"), List.of("0.0", "0.00", "1.5"))) {
            SmallLedgers l = new SmallLedgers(1);
            BigDecimal expected = BigDecimal.ZERO;
            for (String z : zeros) {
                BigDecimal d = new BigDecimal(z);
                l.add(0, new SmallLedgers.RemovalRead(k, BigDecimal.ONE, d));
                expected = expected.add(d);
            }
            assertThat(l.removals(0).get(k).lifecycleTonnes).as("%s", zeros).isEqualTo(expected); // equals: the scale too
        }
    }
}
