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

    /**
     * Session 24: an entity whose concept admits no credit is written by structure too, its credits
     * each a row not counted (OFFSETS_NOT_ADMITTED) and read for their findings' bits alone; the
     * bytes are those of evaluating each entity whole, credits and all.
     */
    @Test
    void entities_whose_credits_are_not_admitted_are_written_as_evaluating_each_whole_writes_them() throws IOException {
        long notAdmitted = 0;
        for (long seed = 1; seed <= 4; seed++) {
            Path d = dir.resolve("credits" + seed);
            RandomLedgers.generate(seed, 400, 0).write(d);
            Files.deleteIfExists(d.resolve(ActivityRows.FILE));
            String whole = EntityByEntity.judge(d).rows();
            notAdmitted += whole.lines().filter(l -> l.contains("OFFSETS_NOT_ADMITTED")).count();
            for (int threads : new int[] {1, 4}) {
                StringWriter out = new StringWriter();
                Batch.Report r = new Batch(ClaimEvaluator.standard()).run(d, new Batch.Options(null, threads), out, n -> { });
                assertThat(r.errors()).isEmpty();
                assertThat(out.toString()).as("seed %d, %d threads", seed, threads).isEqualTo(whole);
            }
        }
        assertThat(notAdmitted).as("entities with credits not admitted").isGreaterThan(100);
    }

    /**
     * Entities alike but for their credits, none admitted (net zero CO2 under ipcc): a plain
     * serial, one with characters that pass for others, a removal credit of a wind farm, both, and
     * none. Each structure is prepared from its first entity, so an entity whose credits' findings
     * the structure's key left out would be written with its neighbour's codes.
     */
    @Test
    void entities_alike_but_for_credits_not_admitted_each_get_their_own_codes() throws IOException {
        Path d = dir.resolve("alike");
        Files.createDirectories(d);
        StringBuilder entities = new StringBuilder("entity,type,from,to,scopes,concept,profile,metric\n");
        StringBuilder emissions = new StringBuilder("entity,gas,amount,unit,scope\n");
        StringBuilder credits = new StringBuilder("entity,registry,serial,type,kind,vintage,amount,unit,retired,beneficiary\n");
        StringBuilder removals = new StringBuilder("entity,kind,amount,unit,managed,basis,durabilityYears\n");
        String[] serials = {"S-1", "S-Ο1", "S-1", "S-Ο1"};
        String[] kinds = {"", "", "wind-power", "wind-power"};
        for (int i = 0; i < 40; i++) {
            String id = String.format("E%02d", i);
            entities.append(id).append(",organization,2024-01-01,2024-12-31,1|2|3,net-zero-co2,ipcc,AR5-GWP100\n");
            emissions.append(id).append(",CO2,").append(100 + i).append(",t,1\n");
            int v = i % 5;
            if (v < 4) {
                credits.append(id).append(",VCS,").append(serials[v]).append(i).append(',')
                        .append(kinds[v].isEmpty() ? "avoidance" : "removal").append(',').append(kinds[v])
                        .append(",2024,").append(10 + i).append(",t,true,").append(id).append('\n');
            }
            if (i % 3 == 0) removals.append(id).append(",daccs,").append(5 + i).append(",t,,increment,1000\n");
        }
        Files.writeString(d.resolve(EntitySpec.FILE), entities);
        Files.writeString(d.resolve(EmissionRows.FILE), emissions);
        Files.writeString(d.resolve(CreditRows.FILE), credits);
        Files.writeString(d.resolve(RemovalRows.FILE), removals);
        String whole = EntityByEntity.judge(d).rows();
        assertThat(whole).contains("SERIAL_CONFUSABLE_CHARACTERS").contains("CREDIT_TYPE_MISDECLARED").contains("OFFSETS_NOT_ADMITTED=1");
        for (int threads : new int[] {1, 4}) {
            StringWriter out = new StringWriter();
            Batch.Report r = new Batch(ClaimEvaluator.standard()).run(d, new Batch.Options(null, threads), out, n -> { });
            assertThat(r.errors()).isEmpty();
            assertThat(out.toString()).as("%d threads", threads).isEqualTo(whole);
        }
    }
}
