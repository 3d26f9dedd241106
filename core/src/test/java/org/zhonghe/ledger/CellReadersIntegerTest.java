package org.zhonghe.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link CellReaders#integer} reads plain digits without a pattern: every text must read as the
 * pattern read it before (the same value, or the same problem with the same arguments).
 */
class CellReadersIntegerTest {
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,10}");

    /** The reading before the fast path, kept here as the reference. */
    private static Cell<Integer> byPattern(String text, int min, int max) {
        String t = text.strip();
        if (!INTEGER.matcher(t).matches()) return Cell.wrong(text, "number.integer", text);
        long value = Long.parseLong(t);
        if (value < min) return Cell.wrong(text, "number.atLeast", text, String.valueOf(min));
        if (value > max) return Cell.wrong(text, "number.atMost", text, String.valueOf(max));
        return Cell.of((int) value);
    }

    @Test
    void every_text_reads_as_the_pattern_reads_it() {
        List<String> texts = List.of("0", "7", "00", "0100", "2023", " 2023 ", "\t100", "+1", "-1", "+0", "-0", "1+",
                "123456789", "999999999", "1000000000", "2147483647", "2147483648", "9999999999", "99999999999",
                "000000000001", "1 000", "1_000", "1.0", "1e3", "", " ", "+", "-", "١٢٣", "１２", "12a", "a12", "0x10",
                "−1", "100 years");
        int[][] bounds = {{0, Integer.MAX_VALUE}, {1, Integer.MAX_VALUE}, {Integer.MIN_VALUE, Integer.MAX_VALUE}, {1990, 2100}};
        int plain = 0;
        for (String t : texts) {
            for (int[] b : bounds) {
                assertThat(CellReaders.integer(t, b[0], b[1])).as("%s in [%d, %d]", t, b[0], b[1])
                        .isEqualTo(byPattern(t, b[0], b[1]));
            }
            if (t.strip().matches("[0-9]{1,9}")) plain++;
        }
        assertThat(plain).as("the fast path is exercised").isGreaterThan(8);
        assertThat(CellReaders.integer("0100", 0, Integer.MAX_VALUE).value()).isEqualTo(100);
        assertThat(CellReaders.integer("2023", 2024, 2100).key()).isEqualTo("number.atLeast");
    }
}
