package org.zhonghe.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.zhonghe.assessment.Problem;
import org.zhonghe.rules.ClaimEvaluator;

/**
 * Rows handed over a batch at a time ({@link EntityLookahead}) reach the reader behind in file
 * order, each with the cells it was split into, however the buffer and the batches fall; chunks
 * and flushes pass through after the rows before them.
 */
class EntityLookaheadTest {
    /** What the reader behind was told, in order. */
    private static final class Recorded implements FileScan.Rows {
        final List<String> told = new ArrayList<>();

        @Override
        public void row(CsvLine r, long line, List<Problem> errors) {
            StringBuilder s = new StringBuilder(line + ":");
            for (int i = 0; i < r.count(); i++) {
                s.append('[').append(new String(r.buf(), r.start(i), r.end(i) - r.start(i), StandardCharsets.UTF_8))
                        .append(r.escaped(i) ? "*" : "").append(']');
            }
            told.add(s.toString());
            if (line % 7 == 0) errors.add(Problem.of("removals.csv", line, "amount", "x", ErrorKeys.CELLS, "1", "2"));
        }

        @Override
        public void chunk(int index) {
            told.add("chunk " + index);
        }

        @Override
        public void flush(List<Problem> errors) {
            told.add("flush");
        }
    }

    @Test
    void rows_reach_the_reader_in_order_with_their_cells_and_their_errors() {
        SplittableRandom rnd = new SplittableRandom(5);
        List<Problem> setup = new ArrayList<>();
        Header h = Header.parse("entity,kind,amount", "removals.csv", RemovalRows.FIELDS, java.util.Set.of(), setup);
        ClaimEvaluator rules = ClaimEvaluator.standard();
        Entities none = Entities.build(List.of(), new long[0], new Shapes(null, new Classifier(rules, new GasIds(rules))),
                setup, 1); // no entity declared: every slot read is empty
        assertThat(setup).isEmpty();
        Recorded direct = new Recorded();
        Recorded behind = new Recorded();
        EntityLookahead ahead = new EntityLookahead(behind, h, none);
        List<Problem> directErrors = new ArrayList<>();
        List<Problem> aheadErrors = new ArrayList<>();
        CsvLine cells = new CsvLine();
        long line = 2;
        for (int chunk = 0; chunk < 3; chunk++) {
            direct.chunk(chunk);
            ahead.chunk(chunk);
            for (int fill = 0; fill < 4; fill++) {
                byte[] buf = new byte[8192]; // a new buffer each time, as a long line makes one
                int at = 0;
                int rows = rnd.nextInt(150);
                for (int i = 0; i < rows; i++, line++) {
                    String text = "E" + rnd.nextInt(1000) + "," + (rnd.nextBoolean() ? "\"for,est\"" : "forest") + ","
                            + rnd.nextInt(100) + "." + rnd.nextInt(1000);
                    byte[] b = text.getBytes(StandardCharsets.UTF_8);
                    System.arraycopy(b, 0, buf, at, b.length);
                    assertThat(cells.split(buf, at, at + b.length)).isTrue();
                    direct.row(cells, line, directErrors);
                    ahead.row(cells, line, aheadErrors);
                    at += b.length + 1;
                }
                direct.flush(directErrors);
                ahead.flush(aheadErrors);
            }
        }
        assertThat(behind.told).containsExactlyElementsOf(direct.told);
        assertThat(aheadErrors).containsExactlyInAnyOrderElementsOf(directErrors);
    }
}
