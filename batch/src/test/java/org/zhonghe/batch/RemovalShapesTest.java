package org.zhonghe.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhonghe.rules.ClaimEvaluator;

/**
 * Session 23: batch writes an entity of emissions and removals alone from its groups judged by key
 * and the outcome prepared for its structure ({@link RemovalShapes}); Spark's path
 * ({@link EntityLines#evaluate}) still evaluates each such entity whole. On random ledgers of every
 * removal kind, basis, durability and declaration, every profile and concept (their credits and
 * activities left out, so that most entities have removals alone), the two write the same bytes,
 * on one thread and on four.
 */
class RemovalShapesTest {
    @TempDir Path dir;

    @Test
    void entities_of_removals_alone_are_written_as_evaluating_each_whole_writes_them() throws IOException {
        for (long seed = 1; seed <= 4; seed++) {
            Path d = dir.resolve("seed" + seed);
            RandomLedgers.generate(seed, 400, 0).write(d);
            Files.delete(d.resolve(CreditRows.FILE));
            Files.deleteIfExists(d.resolve(ActivityRows.FILE));
            String whole = EntityByEntity.judge(d).rows();
            assertThat(whole.lines().filter(l -> !l.contains(",INVALID,")).count()).as("judged entities").isGreaterThan(300);
            for (int threads : new int[] {1, 4}) {
                StringWriter out = new StringWriter();
                Batch.Report r = new Batch(ClaimEvaluator.standard()).run(d, new Batch.Options(null, threads), out, n -> { });
                assertThat(r.errors()).isEmpty();
                assertThat(out.toString()).as("seed %d, %d threads", seed, threads).isEqualTo(whole);
            }
        }
    }
}
