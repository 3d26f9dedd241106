package org.zhonghe.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Byte keys short (packed in a long) and long, found in the middle of buffers, absent ones not found. */
class ByteKeysTest {
    @Test
    void every_key_short_or_long_is_found_with_its_value_and_no_other_is() {
        SplittableRandom r = new SplittableRandom(5);
        Map<String, Integer> keys = new LinkedHashMap<>();
        ByteKeys index = new ByteKeys();
        while (keys.size() < 3_000) {
            int len = r.nextInt(r.nextBoolean() ? 8 : 24);
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < len; i++) s.append((char) ('A' + r.nextInt(r.nextBoolean() ? 3 : 60)));
            String key = s.toString();
            if (keys.containsKey(key)) continue;
            byte[] b = key.getBytes(StandardCharsets.UTF_8);
            assertThat(index.get(b, 0, b.length)).as(key).isEqualTo(-1);
            index.put(b, 0, b.length, keys.size());
            keys.put(key, keys.size());
        }
        for (Map.Entry<String, Integer> k : keys.entrySet()) {
            byte[] b = ("xx," + k.getKey() + ",yy").getBytes(StandardCharsets.UTF_8);
            assertThat(index.get(b, 3, b.length - 3)).as(k.getKey()).isEqualTo(k.getValue());
        }
        byte[] b = "CO2,CH4,N2O".getBytes(StandardCharsets.US_ASCII);
        ByteKeys gases = new ByteKeys();
        gases.put(b, 0, 3, 7);
        assertThat(gases.get(b, 0, 3)).isEqualTo(7);
        assertThat(gases.get(b, 4, 7)).isEqualTo(-1);
        assertThat(gases.get(b, 0, 2)).as("a prefix is another key").isEqualTo(-1);
        assertThat(gases.get(b, 0, 0)).isEqualTo(-1);
        gases.put(b, 0, 0, 9);
        assertThat(gases.get(b, 5, 5)).as("the empty key").isEqualTo(9);
    }
}
