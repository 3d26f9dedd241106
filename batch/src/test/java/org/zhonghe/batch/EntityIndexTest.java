package org.zhonghe.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The id index on every path: ids kept in the slot (1–15 bytes), long ids compared by their bytes, ids at a buffer's end. */
class EntityIndexTest {
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.企业户张";

    private static List<byte[]> ids(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        Set<String> out = new LinkedHashSet<>();
        while (out.size() < n) {
            int len = 1 + rnd.nextInt(rnd.nextBoolean() ? 15 : 40);
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < len; i++) s.append(LETTERS.charAt(rnd.nextInt(LETTERS.length())));
            out.add(s.toString());
        }
        List<byte[]> bytes = new ArrayList<>();
        for (String s : out) bytes.add(s.getBytes(StandardCharsets.UTF_8));
        return bytes;
    }

    @Test
    void every_id_is_found_with_its_value_wherever_it_stands_in_a_buffer_and_no_other_is() {
        List<byte[]> ids = ids(20_000, 1);
        EntityIndex index = new EntityIndex(ids.size(), (o, b, from, to) -> Arrays.equals(ids.get(o), 0, ids.get(o).length, b, from, to));
        for (int i = 0; i < ids.size(); i++) {
            assertThat(index.putIfAbsent(ids.get(i), 0, ids.get(i).length, (long) i << 32 | i)).isEqualTo(EntityIndex.ABSENT);
        }
        for (int i = 0; i < ids.size(); i++) {
            byte[] id = ids.get(i);
            byte[] padded = new byte[id.length + 20]; // in the middle of a longer buffer, bytes around it
            Arrays.fill(padded, (byte) 'x');
            System.arraycopy(id, 0, padded, 7, id.length);
            assertThat(index.get(padded, 7, 7 + id.length)).isEqualTo((long) i << 32 | i);
            assertThat(index.get(id.clone(), 0, id.length)).isEqualTo((long) i << 32 | i); // at the very end of its array
        }
        for (byte[] other : ids(2_000, 2)) {
            boolean known = ids.stream().anyMatch(id -> Arrays.equals(id, other));
            if (!known) assertThat(index.get(other, 0, other.length)).isEqualTo(EntityIndex.ABSENT);
        }
        byte[] empty = new byte[0];
        assertThat(index.get(empty, 0, 0)).isEqualTo(EntityIndex.ABSENT);
    }

    @Test
    void threads_filling_stripes_of_their_own_past_its_capacity_lose_no_id() throws Exception {
        List<byte[]> ids = ids(30_000, 4);
        EntityIndex index = new EntityIndex(100, 4, (o, b, from, to) -> Arrays.equals(ids.get(o), 0, ids.get(o).length, b, from, to));
        Thread[] threads = new Thread[2];
        for (int t = 0; t < threads.length; t++) {
            int worker = t;
            threads[t] = new Thread(() -> {
                for (int i = 0; i < ids.size(); i++) {
                    byte[] id = ids.get(i);
                    if (index.stripeOfHash(EntityIndex.hash(id, 0, id.length)) % 2 == worker) index.putIfAbsent(id, 0, id.length, i);
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) t.join();
        for (int i = 0; i < ids.size(); i++) assertThat(index.get(ids.get(i), 0, ids.get(i).length)).isEqualTo(i);
        index.replaceValues(v -> v | 7L << 32); // the low half stays the ordinal long ids are compared by
        for (int i = 0; i < ids.size(); i++) assertThat(index.get(ids.get(i), 0, ids.get(i).length)).isEqualTo(7L << 32 | i);
        assertThat(new EntityIndex(10, 2, (o, b, from, to) -> false).get(ids.get(0), 0, ids.get(0).length))
                .as("an empty stripe").isEqualTo(EntityIndex.ABSENT);
    }

    @Test
    void an_id_added_twice_keeps_its_first_value() {
        List<byte[]> ids = ids(100, 3);
        EntityIndex index = new EntityIndex(ids.size(), (o, b, from, to) -> Arrays.equals(ids.get(o), 0, ids.get(o).length, b, from, to));
        for (int i = 0; i < ids.size(); i++) index.putIfAbsent(ids.get(i), 0, ids.get(i).length, i);
        for (int i = 0; i < ids.size(); i++) {
            assertThat(index.putIfAbsent(ids.get(i).clone(), 0, ids.get(i).length, 999)).isEqualTo(i);
            assertThat(index.get(ids.get(i), 0, ids.get(i).length)).isEqualTo(i);
        }
    }

    @Test
    void ids_that_differ_only_past_the_15th_byte_or_in_the_last_byte_stay_apart() {
        List<byte[]> ids = new ArrayList<>();
        for (String s : List.of("ENTERPRISE-0000000000001", "ENTERPRISE-0000000000002", "E1", "E1.", "E10", "123456789012345",
                "123456789012346", "1234567890123456", "1234567")) {
            ids.add(s.getBytes(StandardCharsets.UTF_8));
        }
        EntityIndex index = new EntityIndex(ids.size(), (o, b, from, to) -> Arrays.equals(ids.get(o), 0, ids.get(o).length, b, from, to));
        for (int i = 0; i < ids.size(); i++) assertThat(index.putIfAbsent(ids.get(i), 0, ids.get(i).length, i)).isEqualTo(EntityIndex.ABSENT);
        for (int i = 0; i < ids.size(); i++) assertThat(index.get(ids.get(i), 0, ids.get(i).length)).isEqualTo(i);
    }

    /**
     * An index value holds the rule id high and the ordinal low: a reader comparing a lookup with an
     * ordinal must take the ordinal out (a comparison of the whole value held only for the first rule).
     */
    @Test
    void an_index_value_gives_its_ordinal_whatever_its_rule() {
        for (long rule : new long[] {0, 1, 7, Integer.MAX_VALUE}) {
            for (int ordinal : new int[] {0, 1, 999_999, Integer.MAX_VALUE}) {
                assertThat(Entities.ordinalOf(rule << 32 | ordinal)).isEqualTo(ordinal);
            }
        }
        assertThat(Entities.ordinalOf(EntityIndex.ABSENT)).isEqualTo(-1);
    }
}
