package org.zhonghe.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhonghe.rules.ClaimEvaluator;

/**
 * The cn-ets cap (5 % of the allowances to be surrendered, taken as the counted CO2 of Scopes 1 and
 * 2) in a batch ledger, which keeps sums, not records: the rows outside the base (Scope 3, other
 * gases) are summed beside, so that batch takes the cap on what check takes it on. Before session
 * 22 batch held every counted tonne as CO2 of the first scope, and the cap grew with Scope 3.
 */
class OffsetCapBaseTest {
    @TempDir Path dir;

    private Path ledger() throws IOException {
        // A: 1000 t CO2 (Scope 1), 9000 t CO2 (Scope 3), 10 t CH4 (Scope 1, 280 t CO2e): cap 50 t under either concept
        // B: the same with Scopes 1 and 2 in the boundary: Scope 3 not counted, CH4 counted outside the base;
        // C: all of it is in the base
        Files.writeString(dir.resolve("entities.csv"), """
                entity,type,from,to,scopes,concept,profile
                A,organization,2024-01-01,2024-12-31,1|2|3,ghg-neutrality,cn-ets
                A2,organization,2024-01-01,2024-12-31,1|2|3,carbon-neutrality,cn-ets
                B,organization,2024-01-01,2024-12-31,1|2,ghg-neutrality,cn-ets
                C,organization,2024-01-01,2024-12-31,1|2|3,ghg-neutrality,cn-ets
                I,organization,2024-01-01,2024-12-31,1|2|3,ghg-neutrality,ipcc
                """);
        StringBuilder emissions = new StringBuilder("entity,gas,amount,unit,scope\n");
        for (String e : List.of("A", "A2", "B", "I")) {
            emissions.append(e).append(",CO2,1000,t,1\n").append(e).append(",CO2,9000,t,3\n").append(e).append(",CH4,10,t,1\n");
        }
        emissions.append("C,CO2,600,t,1\nC,CO2,400,t,2\n");
        Files.writeString(dir.resolve("emissions.csv"), emissions);
        StringBuilder credits = new StringBuilder("entity,registry,serial,type,vintage,amount,unit,retired,beneficiary\n");
        for (String e : List.of("A", "A2", "B", "C", "I")) {
            credits.append(e).append(",CCER,CCER-").append(e).append(",reduction,2024,600,t,true,").append(e).append('\n');
        }
        Files.writeString(dir.resolve("credits.csv"), credits);
        return dir;
    }

    private static String run(Path ledger, int threads, long passBytes) throws IOException {
        StringWriter out = new StringWriter();
        new Batch(ClaimEvaluator.standard()).run(ledger, new Batch.Options(null, threads, passBytes), out, n -> { });
        return out.toString();
    }

    private static String[] row(String rows, String entity) {
        return rows.lines().filter(l -> l.startsWith(entity + ",")).findFirst().orElseThrow().split(",", -1);
    }

    @Test
    void the_cap_is_five_percent_of_the_counted_co2_of_scopes_1_and_2_in_batch_as_in_check() throws IOException {
        String rows = run(ledger(), 2, Long.MAX_VALUE);
        // entity,concept,verdict,emissions,removals,credits,net,…
        assertThat(row(rows, "A")).containsSequence("10280", "0", "50", "10230");
        assertThat(row(rows, "A2")).containsSequence("10000", "0", "50", "9950");
        assertThat(row(rows, "B")).containsSequence("1280", "0", "50", "1230");
        assertThat(row(rows, "C")).containsSequence("1000", "0", "50", "950");
        assertThat(row(rows, "I")).containsSequence("10280", "0", "600", "9680"); // no cap under ipcc
        // in passes of one entity and on one thread: the same bytes
        assertThat(run(dir, 1, 1)).isEqualTo(rows);
    }
}
