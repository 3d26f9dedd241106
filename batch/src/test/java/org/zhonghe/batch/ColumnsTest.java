package org.zhonghe.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Columns hold every value added, across pages; a packed decimal comes back equal, its scale too. */
class ColumnsTest {
    @Test
    void columns_keep_every_value_across_pages() {
        Columns.Longs longs = new Columns.Longs();
        Columns.Ints ints = new Columns.Ints();
        Columns.Refs<String> refs = new Columns.Refs<>();
        int n = 200_000; // several pages of each
        for (int i = 0; i < n; i++) {
            longs.add(i * 3L - 7);
            ints.add(-i);
            refs.add(i % 1000 == 0 ? "r" + i : null);
        }
        assertThat(longs.size()).isEqualTo(n);
        assertThat(ints.size()).isEqualTo(n);
        for (int i = 0; i < n; i++) {
            assertThat(longs.get(i)).isEqualTo(i * 3L - 7);
            assertThat(ints.get(i)).isEqualTo(-i);
            assertThat(refs.get(i)).isEqualTo(i % 1000 == 0 ? "r" + i : null);
        }
    }

    @Test
    void a_packed_decimal_comes_back_with_its_digits_and_scale() {
        for (String s : List.of("0", "0.000", "1", "1.50", "716.915", "-2.5", "0.001", "99999999999999999",
                "9999999999999999.9", "-99999999999999999", "0.0000000000000000000000000000001")) {
            BigDecimal d = new BigDecimal(s);
            long packed = Columns.pack(d);
            assertThat(packed).as(s).isNotEqualTo(Columns.NOT_PACKED);
            assertThat(Columns.unpack(packed)).as(s).isEqualTo(d); // equals: the scale too
        }
    }

    @Test
    void a_decimal_beyond_seventeen_digits_or_of_another_scale_is_not_packed() {
        for (String s : List.of("123456789012345678", "1E+3", "0E+2", "1.00000000000000000000000000000001",
                "-123456789012345678")) {
            assertThat(Columns.pack(new BigDecimal(s))).as(s).isEqualTo(Columns.NOT_PACKED);
        }
    }

    @Test
    void rows_are_put_in_entity_order_file_order_within_each_over_empty_chunks() {
        List<Columns.Ints> chunks = List.of(ints(2, 0), ints(), ints(), ints(0, 1, 0), ints(), ints(2));
        EntityOrder order = new EntityOrder(4, chunks);
        // each entity's rows as (chunk, row) in file order
        assertThat(rows(order, 0)).containsExactly("0:1", "3:0", "3:2");
        assertThat(rows(order, 1)).containsExactly("3:1");
        assertThat(rows(order, 2)).containsExactly("0:0", "5:0");
        assertThat(rows(order, 3)).isEmpty();
        assertThat(order.size()).isEqualTo(6);
        assertThat(order.starts()).containsExactly(0, 3, 4, 6, 6);
    }

    @Test
    void random_chunks_keep_every_row_once_in_file_order_per_entity() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(31);
        List<Columns.Ints> chunks = new java.util.ArrayList<>();
        List<String> expected = new java.util.ArrayList<>();
        int entities = 50;
        for (int c = 0; c < 40; c++) {
            Columns.Ints rows = new Columns.Ints();
            for (int i = r.nextInt(200); i > 0; i--) rows.add(r.nextInt(entities));
            chunks.add(rows);
        }
        EntityOrder order = new EntityOrder(entities, chunks);
        for (int e = 0; e < entities; e++) {
            expected.clear();
            for (int c = 0; c < chunks.size(); c++) {
                for (int i = 0; i < chunks.get(c).size(); i++) if (chunks.get(c).get(i) == e) expected.add(c + ":" + i);
            }
            assertThat(rows(order, e)).as("entity %d", e).containsExactlyElementsOf(expected);
        }
    }

    private static Columns.Ints ints(int... values) {
        Columns.Ints c = new Columns.Ints();
        for (int v : values) c.add(v);
        return c;
    }

    private static List<String> rows(EntityOrder order, int entity) {
        List<String> out = new java.util.ArrayList<>();
        for (int p = order.start(entity); p < order.end(entity); p++) out.add(order.chunk(p) + ":" + order.row(p));
        return out;
    }
}
