package org.zhonghe.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
 * The ledgers keep removals and credits in columns, read by chunks on several threads, but read
 * them back as they were read: groups in first-seen order with exact sums, credits in file order
 * with the id made from their line (or written), their line as origin and their exact amount.
 */
class SmallLedgersTest {
    private static Credit read(String serial, String amount, String beneficiary) {
        return new Credit("", "CCER", serial, CreditType.AVOIDANCE, null, null, 2023, new BigDecimal(amount), MassUnit.T, true,
                beneficiary, LocalDate.of(2024, 6, 30), false, false, true, false, null, Origin.NONE);
    }

    /** A credit read at {@code line} of the chunk, as CreditRows adds one ({@code itsEntity}: its beneficiary is its entity). */
    private static void add(CreditsRead.Chunk chunk, int entity, boolean itsEntity, long line, Credit read, String id) {
        chunk.add(entity, line, CreditsRead.Alike.of(read), read.amount(), chunk.serial(read.serial()),
                itsEntity ? null : read.beneficiary(), itsEntity, id);
    }

    private static SmallLedgers.RemovalKey forest() {
        return new SmallLedgers.RemovalKey(RemovalKind.FOREST_MANAGEMENT, false, Basis.INCREMENT, 100, false, true);
    }

    @Test
    void credits_read_back_in_file_order_with_their_ids_lines_and_amounts() {
        CreditsRead read = new CreditsRead();
        CreditsRead.Chunk second = read.chunk(1); // a thread may start on a later chunk first
        add(second, 1, true, 0, read("S-3", "123456789012345678901.5", "E1"), null); // beyond a packed long
        add(second, 2, false, 4, read("Ｓ-４ 碳\u200B", "1E+3", "E1"), "mine"); // a scale below zero; a serial beyond ASCII
        CreditsRead.Chunk first = read.chunk(0);
        add(first, 1, true, 2, read("S-1", "1.50", "E1"), null);
        add(first, 1, false, 5, read("S-2", "0.000", null), "c-7");
        read.chunk(2); // an empty chunk
        read.link(3, new long[] {0, 100, 200}, 2);
        SmallLedgers l = new SmallLedgers(3);
        l.credits(read);

        assertThat(l.credits(1, "E1", false)).extracting(Credit::id, Credit::serial, c -> c.amount().toString(),
                        Credit::beneficiary, c -> c.origin().line(), c -> c.origin().file())
                .containsExactly(tuple("line 2", "S-1", "1.50", "E1", 2, "credits.csv"),
                        tuple("c-7", "S-2", "0.000", null, 5, "credits.csv"),
                        tuple("line 100", "S-3", "123456789012345678901.5", "E1", 100, "credits.csv"));
        assertThat(l.credits(2, "E2", true)).extracting(Credit::id, c -> c.amount().toString(), Credit::beneficiary, Credit::serial)
                .containsExactly(tuple("c0", "1E+3", "E1", "Ｓ-４ 碳\u200B"));
        assertThat(l.credits(1, "E1", true)).extracting(Credit::id).containsExactly("c0", "c1", "c2");
        // every other field as read
        assertThat(l.credits(1, "E1", false).get(0))
                .isEqualTo(read("S-1", "1.50", "E1").withIdAndOrigin("line 2", Origin.of("credits.csv", 2)));
        assertThat(l.credits(0, "E0", false)).isEmpty();
        assertThat(l.emissionsAlone(0)).isTrue();
        assertThat(l.emissionsAlone(1)).isFalse();
    }

    @Test
    void removals_are_summed_by_group_in_first_seen_order() {
        RemovalsRead read = new RemovalsRead();
        SmallLedgers.RemovalKey forest = forest();
        SmallLedgers.RemovalKey beccs = new SmallLedgers.RemovalKey(RemovalKind.BECCS, null, Basis.INCREMENT, null, false, true);
        RemovalsRead.Chunk second = read.chunk(1);
        second.add(0, beccs, new BigDecimal("3"), BigDecimal.ZERO);
        second.add(0, forest, new BigDecimal("1"), BigDecimal.ZERO);
        RemovalsRead.Chunk first = read.chunk(0);
        first.add(0, forest, new BigDecimal("1.5"), BigDecimal.ZERO);
        // an equal key made by another thread joins the same group
        first.add(0, forest(), new BigDecimal("2.25"), new BigDecimal("0.5"));
        first.add(1, forest, new BigDecimal("99999999999999999999.001"), new BigDecimal("1E+2")); // beyond a packed long
        read.link(3, 2);
        SmallLedgers l = new SmallLedgers(3);
        l.removals(read);

        assertThat(List.copyOf(l.removals(0).keySet())).containsExactly(forest, beccs);
        assertThat(l.removals(0).get(forest).tonnes).isEqualTo(new BigDecimal("4.75"));
        assertThat(l.removals(0).get(forest).lifecycleTonnes).isEqualTo(new BigDecimal("0.5"));
        assertThat(l.removals(0).get(forest).records).isEqualTo(3);
        assertThat(l.removals(0).get(beccs).records).isEqualTo(1);
        assertThat(l.removals(1).get(forest).tonnes).isEqualTo(new BigDecimal("99999999999999999999.001"));
        assertThat(l.removals(1).get(forest).lifecycleTonnes).isEqualTo(BigDecimal.ZERO.add(new BigDecimal("1E+2")));
        assertThat(l.removals(2)).isEmpty();
        assertThat(l.emissionsAlone(2)).isTrue();
    }

    /**
     * Enough rows for the copy into entity order to run on several threads (each a range of the
     * order, with serials of its own): every entity's credits and removals still come back in file
     * order, with their serials, amounts and lines, whatever the chunk or the thread.
     */
    @Test
    void many_rows_copied_on_several_threads_read_back_as_read() {
        int entities = 5_000;
        int rows = 150_000;
        java.util.SplittableRandom r = new java.util.SplittableRandom(37);
        CreditsRead credits = new CreditsRead();
        RemovalsRead removals = new RemovalsRead();
        List<List<String>> expected = new java.util.ArrayList<>();
        List<BigDecimal> removed = new java.util.ArrayList<>();
        for (int e = 0; e < entities; e++) {
            expected.add(new java.util.ArrayList<>());
            removed.add(BigDecimal.ZERO);
        }
        int chunks = 7;
        long[] offsets = new long[chunks];
        for (int c = 0, row = 0; c < chunks; c++) {
            offsets[c] = row;
            CreditsRead.Chunk chunk = credits.chunk(c);
            RemovalsRead.Chunk removalChunk = removals.chunk(c);
            for (int i = 0; i < rows / chunks; i++, row++) {
                int e = r.nextInt(entities);
                String serial = (r.nextInt(10) == 0 ? "碳-" : "VCS-") + row;
                String amount = r.nextInt(50) == 0 ? "123456789012345678901." + i : i + "." + r.nextInt(1000);
                add(chunk, e, r.nextBoolean(), i, read(serial, amount, "E" + e), null);
                expected.get(e).add(serial + " " + new BigDecimal(amount) + " line " + row);
                BigDecimal t = new BigDecimal(amount);
                removalChunk.add(e, forest(), t, BigDecimal.ZERO);
                removed.set(e, removed.get(e).add(t));
            }
        }
        credits.link(entities, offsets, 2);
        removals.link(entities, 2);
        SmallLedgers l = new SmallLedgers(entities);
        l.credits(credits);
        l.removals(removals);
        for (int e = 0; e < entities; e++) {
            assertThat(l.credits(e, "E" + e, false)).extracting(c -> c.serial() + " " + c.amount() + " " + c.id())
                    .as("entity %d", e).containsExactlyElementsOf(expected.get(e));
            if (expected.get(e).isEmpty()) continue;
            assertThat(l.removals(e).get(forest()).tonnes.compareTo(removed.get(e))).as("entity %d", e).isZero();
            assertThat(l.removals(e).get(forest()).records).isEqualTo(expected.get(e).size());
        }
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
            RemovalsRead read = new RemovalsRead();
            RemovalsRead.Chunk chunk = read.chunk(0);
            BigDecimal expected = BigDecimal.ZERO;
            for (String z : zeros) {
                BigDecimal d = new BigDecimal(z);
                chunk.add(0, k, BigDecimal.ONE, d);
                expected = expected.add(d);
            }
            read.link(1, 1);
            assertThat(read.groups(0).get(k).lifecycleTonnes).as("%s", zeros).isEqualTo(expected); // equals: the scale too
        }
    }
}
