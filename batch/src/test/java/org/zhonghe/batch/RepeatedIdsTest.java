package org.zhonghe.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhonghe.Messages;
import org.zhonghe.assessment.Problem;
import org.zhonghe.rules.ClaimEvaluator;

/**
 * Session 23: an id written twice for one entity's emissions, removals or credits is check's input
 * error ({@code id.duplicate}); batch
 * keeps sums, and counted both rows — a removal row written twice (a join that fanned out) removed
 * twice, where check refused the ledger. Now the later row is the same error at its line, naming
 * the first, its entity INVALID: in one pass or several, on one thread or four (rows far apart,
 * in different chunks), and entity by entity as Spark judges. An activity's computed record
 * ({@code ACTIVITY.GAS}) whose id an emission row wrote is refused too.
 */
class RepeatedIdsTest {
    @TempDir Path dir;

    private record Run(String rows, List<Problem> errors) {}

    private static Run batch(Path ledger, int threads, long passBytes) throws IOException {
        StringWriter out = new StringWriter();
        Batch.Report r = new Batch(ClaimEvaluator.standard()).run(ledger, new Batch.Options(null, threads, passBytes), out,
                n -> { });
        return new Run(out.toString(), r.errors());
    }

    /** 40 entities; 3,000 emission rows with ids unique within each entity but one; removals with one id twice. */
    private Path ledger() throws IOException {
        Path d = Files.createDirectories(dir.resolve("ledger"));
        StringBuilder entities = new StringBuilder("entity,type,from,to,scopes,concept\n");
        for (int i = 0; i < 40; i++) entities.append("E").append(i).append(",organization,2024-01-01,2024-12-31,1|2,carbon-neutrality\n");
        Files.writeString(d.resolve("entities.csv"), entities);
        StringBuilder emissions = new StringBuilder("entity,id,gas,amount,unit,scope\n");
        for (int i = 0; i < 3000; i++) emissions.append("E").append(i % 40).append(",e").append(i).append(",CO2,1,t,1\n");
        emissions.append("E7, e7 ,CO2,1,t,1\n"); // line 3002: e7 of E7 was written at line 9 (blanks around are not the id)
        emissions.append("E8,e7,CO2,1,t,1\n"); // another entity's e7: not a repeat
        Files.writeString(d.resolve("emissions.csv"), emissions);
        StringBuilder removals = new StringBuilder("entity,id,kind,amount,unit,managed,basis,durabilityYears,lifecycleEmissions\n");
        for (int i = 0; i < 40; i++) {
            removals.append("E").append(i).append(",r1,daccs,0.5,t,true,increment,1000,0\n");
        }
        removals.append("E3,r1,daccs,0.5,t,true,increment,1000,0\n"); // line 42: E3's r1 again, the fan-out
        Files.writeString(d.resolve("removals.csv"), removals);
        StringBuilder credits = new StringBuilder("entity,id,registry,serial,type,vintage,amount,unit,retired,beneficiary\n");
        for (int i = 0; i < 40; i++) credits.append("E").append(i).append(",c1,CCER,S-").append(i).append(",reduction,2023,0.1,t,true,E")
                .append(i).append('\n');
        credits.append("E11,c1,CCER,S-99,reduction,2023,0.1,t,true,E11\n"); // line 42: another credit, E11's id c1 again
        Files.writeString(d.resolve("credits.csv"), credits);
        return d;
    }

    @Test
    void a_removal_or_an_emission_written_twice_for_one_entity_is_an_input_error_at_the_later_row() throws IOException {
        Path d = ledger();
        Run one = batch(d, 1, Long.MAX_VALUE);
        assertThat(one.errors()).extracting(p -> p.file() + ":" + p.line() + " " + p.field() + " " + p.key() + " " + p.args())
                .containsExactly("emissions.csv:3002 id id.duplicate [e7, emissions, 9]",
                        "removals.csv:42 id id.duplicate [r1, removals, 5]", "credits.csv:42 id id.duplicate [c1, credits, 13]");
        assertThat(Messages.of(Locale.ENGLISH).get("problem." + one.errors().get(1).key(), one.errors().get(1).args().toArray()))
                .isEqualTo("duplicate id \"r1\" in removals; it was first used on line 5");
        List<String> rows = one.rows().lines().toList();
        assertThat(rows.get(1 + 7)).startsWith("E7,carbon-neutrality,INVALID,");
        assertThat(rows.get(1 + 3)).startsWith("E3,carbon-neutrality,INVALID,");
        assertThat(rows.get(1 + 11)).startsWith("E11,carbon-neutrality,INVALID,");
        // E8 wrote e7 too, and every other entity r1 and c1 once: judged, 76 rows of 1 t less 0.5 t removed, 0.1 t credited
        assertThat(rows.get(1 + 8)).startsWith("E8,carbon-neutrality,NOT_SUPPORTED,76,0.5,0.1,75.4,");
        assertThat(rows.stream().filter(r -> r.contains(",INVALID,"))).hasSize(3);
        for (int threads : new int[] {1, 4}) {
            for (long passBytes : new long[] {Long.MAX_VALUE, 300}) {
                Run other = batch(d, threads, passBytes);
                assertThat(other.rows()).as("%d threads, passes of %d bytes", threads, passBytes).isEqualTo(one.rows());
                assertThat(other.errors()).as("%d threads, passes of %d bytes", threads, passBytes)
                        .containsExactlyElementsOf(one.errors());
            }
        }
        assertThat(EntityByEntity.judge(d).rows()).as("entity by entity, as Spark").isEqualTo(one.rows());
    }

    @Test
    void an_activitys_record_with_the_id_of_a_written_emission_is_refused() throws IOException {
        Path d = Files.createDirectories(dir.resolve("computed"));
        Files.writeString(d.resolve("entities.csv"), "entity,type,from,to,scopes,concept,factorSet,scope2Method\n"
                + "A,organization,2022-01-01,2022-12-31,1|2,carbon-neutrality,cn-mee-grid,location\n"
                + "B,organization,2022-01-01,2022-12-31,1|2,carbon-neutrality,cn-mee-grid,location\n");
        Files.writeString(d.resolve("emissions.csv"), "entity,id,gas,amount,unit,scope\nA,power.CO2,CO2,10,t,1\nB,boiler.CO2,CO2,10,t,1\n");
        Files.writeString(d.resolve("activities.csv"), "entity,id,activity,grid,amount,unit\nA,power,electricity,CN,100,MWh\n"
                + "B,power,electricity,CN,100,MWh\n");
        Run r = batch(d, 2, Long.MAX_VALUE);
        assertThat(r.errors()).extracting(p -> p.file() + ":" + p.line() + " " + p.field() + " " + p.value() + " " + p.key())
                .containsExactly("activities.csv:2 id power.CO2 id.computedTaken");
        assertThat(Messages.of(Locale.ENGLISH).get("problem.id.computedTaken", r.errors().get(0).args().toArray()))
                .startsWith("the record \"power.CO2\" computed from this activity has the id of an emission written in"
                        + " emissions.csv at line 2");
        assertThat(Messages.of(Locale.CHINESE).get("problem.id.computedTaken", r.errors().get(0).args().toArray()))
                .contains("power.CO2").contains("emissions.csv");
        List<String> rows = r.rows().lines().toList();
        assertThat(rows.get(1)).startsWith("A,carbon-neutrality,INVALID,");
        assertThat(rows.get(2)).startsWith("B,carbon-neutrality,NOT_SUPPORTED,67.03,"); // 10 t + 100 MWh × 0.5703
        assertThat(EntityByEntity.judge(d).rows()).as("entity by entity, as Spark").isEqualTo(r.rows());
    }
}
