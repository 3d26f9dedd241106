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
    void rows_are_linked_per_entity_in_chunk_and_row_order_over_empty_chunks() {
        List<Columns.Ints> chunks = List.of(ints(2, 0), ints(), ints(), ints(0, 1, 0), ints(), ints(2));
        EntityRowLinks links = new EntityRowLinks(4, chunks);
        assertThat(places(links, 0)).containsExactly(1, 2, 4);
        assertThat(places(links, 1)).containsExactly(3);
        assertThat(places(links, 2)).containsExactly(0, 5);
        assertThat(places(links, 3)).isEmpty();
        assertThat(links.chunk(2)).isEqualTo(3);
        assertThat(links.row(4, 3)).isEqualTo(2);
        assertThat(links.chunk(5)).isEqualTo(5);
        assertThat(links.row(5, 5)).isZero();
        assertThat(links.chunk(1)).isZero();
    }

    private static Columns.Ints ints(int... values) {
        Columns.Ints c = new Columns.Ints();
        for (int v : values) c.add(v);
        return c;
    }

    private static List<Integer> places(EntityRowLinks links, int entity) {
        List<Integer> out = new java.util.ArrayList<>();
        for (int p = links.first(entity); p != EntityRowLinks.NONE; p = links.next(p)) out.add(p);
        return out;
    }
}
