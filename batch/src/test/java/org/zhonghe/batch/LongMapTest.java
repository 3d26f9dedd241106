package org.zhonghe.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The unboxed map answers as a {@code HashMap<Long, V>} does, through its growth. */
class LongMapTest {
    @Test
    void it_answers_as_a_hash_map_does() {
        SplittableRandom r = new SplittableRandom(23);
        LongMap<String> map = new LongMap<>();
        Map<Long, String> expected = new HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            // keys as the evaluation makes them (shape high, reasons low), and a few that collide in their low bits
            long key = r.nextInt(3) == 0 ? (long) r.nextInt(5000) << 32 : r.nextLong(0, 1L << 40);
            if (r.nextBoolean()) {
                String v = "v" + i;
                map.put(key, v);
                expected.put(key, v);
            }
            assertThat(map.get(key)).isEqualTo(expected.get(key));
        }
        assertThat(map.size()).isEqualTo(expected.size());
        expected.forEach((k, v) -> assertThat(map.get(k)).isEqualTo(v));
        assertThat(map.get(0)).isEqualTo(expected.get(0L));
    }

    @Test
    void zero_is_a_key_and_negative_keys_are_refused() {
        LongMap<String> map = new LongMap<>();
        assertThat(map.get(0)).isNull();
        map.put(0, "zero");
        assertThat(map.get(0)).isEqualTo("zero");
        assertThatThrownBy(() -> map.put(-1, "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
