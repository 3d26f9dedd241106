package org.zhonghe.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The one-pass split of a line (eight bytes at a time) against the careful split, at every alignment. */
class CsvLineTest {
    private static final String CELL_BYTES = "abcXYZ019.-_ 碳\r";

    private static List<String> cells(CsvLine line) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < line.count(); i++) {
            out.add(new String(line.buf(), line.start(i), line.end(i) - line.start(i), StandardCharsets.UTF_8));
        }
        return out;
    }

    @Test
    void a_line_is_split_into_the_cells_the_careful_split_finds() {
        SplittableRandom r = new SplittableRandom(11);
        CsvLine fast = new CsvLine();
        CsvLine careful = new CsvLine();
        for (int n = 0; n < 20_000; n++) {
            StringBuilder s = new StringBuilder();
            int cellCount = 1 + r.nextInt(9);
            for (int c = 0; c < cellCount; c++) {
                if (c > 0) s.append(',');
                int len = r.nextInt(r.nextInt(4) == 0 ? 30 : 6);
                for (int k = 0; k < len; k++) s.append(CELL_BYTES.charAt(r.nextInt(CELL_BYTES.length() - 1)));
            }
            if (r.nextBoolean()) s.append('\r');
            String text = s.toString();
            int pad = r.nextInt(9); // the line at every alignment of a word
            byte[] line = text.getBytes(StandardCharsets.UTF_8);
            byte[] buf = new byte[pad + line.length + 1 + r.nextInt(12)];
            System.arraycopy(line, 0, buf, pad, line.length);
            buf[pad + line.length] = '\n';
            int breakAt = fast.splitLine(buf, pad, buf.length);
            assertThat(breakAt).as(text).isEqualTo(pad + line.length);
            int end = text.endsWith("\r") ? pad + line.length - 1 : pad + line.length;
            assertThat(fast.to()).isEqualTo(end);
            assertThat(careful.split(buf, pad, end)).isTrue();
            assertThat(cells(fast)).as(text).isEqualTo(cells(careful));
            assertThat(fast.splitLine(buf, pad, pad + line.length)).as("no break before the limit").isEqualTo(-1);
        }
    }

    @Test
    void a_quote_anywhere_sends_the_line_to_the_careful_split() {
        for (int at = 0; at < 20; at++) {
            StringBuilder s = new StringBuilder("E1,CO2,12.5,t,1,abcdefghij\n");
            s.insert(at, '"');
            byte[] b = s.toString().getBytes(StandardCharsets.US_ASCII);
            assertThat(new CsvLine().splitLine(b, 0, b.length)).as("quote at %d", at).isEqualTo(-2);
        }
    }

    @Test
    void a_trailing_empty_cell_and_an_empty_line_are_cells_too() {
        CsvLine line = new CsvLine();
        byte[] b = "E1,,x,\n\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(line.splitLine(b, 0, b.length)).isEqualTo(6);
        assertThat(cells(line)).containsExactly("E1", "", "x", "");
        assertThat(line.splitLine(b, 7, b.length)).isEqualTo(7);
        assertThat(cells(line)).containsExactly("");
    }

    @Test
    void the_first_marked_byte_of_a_word_is_found_as_by_counting_trailing_zeros() {
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < 100_000; i++) {
            long m = r.nextLong() & 0x8080808080808080L; // what zeros() marks: the top bit of some bytes
            if (m == 0) continue;
            assertThat(CsvLine.firstByte(m)).isEqualTo(Long.numberOfTrailingZeros(m) >>> 3);
        }
        for (int k = 0; k < 8; k++) {
            long only = 0x80L << (8 * k);
            assertThat(CsvLine.firstByte(only)).isEqualTo(k);
            assertThat(CsvLine.firstByte(only | 0x8000000000000000L)).isEqualTo(k);
        }
    }
}
