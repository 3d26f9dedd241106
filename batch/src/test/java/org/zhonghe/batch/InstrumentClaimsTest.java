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
 * An energy attribute certificate counts once in a batch ledger, as a credit does: one that two
 * entities list on their activities is a conflict for each market-based Scope 2 that relies on it
 * ({@code CONFLICTING_CLAIM}, INDETERMINATE), in batch and entity by entity as Spark judges them.
 * Before session 22 each entity's certificates were checked against its own alone, and two data
 * centres could each bring their Scope 2 to zero with the same 10,000 MWh of green power.
 */
class InstrumentClaimsTest {
    @TempDir Path dir;

    /** A and B (market-based) list GEC-1 (B with an en dash, the same id compared as a serial is), C (location-based) lists GEC-2 as D (market-based) does. */
    private Path ledger() throws IOException {
        Files.writeString(dir.resolve("entities.csv"), """
                entity,type,from,to,scopes,concept,factorSet,scope2Method
                A,organization,2022-01-01,2022-12-31,1|2,carbon-neutrality,cn-mee-grid,market
                B,organization,2022-01-01,2022-12-31,1|2,carbon-neutrality,cn-mee-grid,market
                C,organization,2022-01-01,2022-12-31,1|2,carbon-neutrality,cn-mee-grid,location
                D,organization,2022-01-01,2022-12-31,1|2,carbon-neutrality,cn-mee-grid,market
                E,organization,2022-01-01,2022-12-31,1|2,carbon-neutrality,cn-mee-grid,market
                """);
        Files.writeString(dir.resolve("emissions.csv"), """
                entity,gas,amount,unit,scope
                A,CO2,0,t,1
                B,CO2,0,t,1
                C,CO2,0,t,1
                D,CO2,0,t,1
                E,CO2,0,t,1
                """);
        Files.writeString(dir.resolve("activities.csv"), """
                entity,id,activity,grid,amount,unit,year,instrument.id,instrument.kind,instrument.volume,instrument.unit
                A,power,electricity,CN,10000,MWh,2022,GEC-1,GEC,10000,MWh
                B,power,electricity,CN,10000,MWh,2022,GEC\u20131,GEC,10000,MWh
                C,power,electricity,CN,10000,MWh,2022,GEC-2,GEC,10000,MWh
                D,power,electricity,CN,10000,MWh,2022,GEC-2,GEC,10000,MWh
                E,power,electricity,CN,10000,MWh,2022,GEC-3,GEC,10000,MWh
                """);
        return dir;
    }

    private static String run(Path ledger, int threads) throws IOException {
        StringWriter out = new StringWriter();
        new Batch(ClaimEvaluator.standard()).run(ledger, new Batch.Options(null, threads, Long.MAX_VALUE), out, n -> { });
        return out.toString();
    }

    private static String line(String rows, String entity) {
        return rows.lines().filter(l -> l.startsWith(entity + ",")).findFirst().orElseThrow();
    }

    @Test
    void a_certificate_two_entities_list_is_a_conflict_for_each_market_based_scope_2_on_it() throws IOException {
        String rows = run(ledger(), 2);
        assertThat(line(rows, "A")).startsWith("A,carbon-neutrality,INDETERMINATE,0,").endsWith("CONFLICTING_CLAIM");
        assertThat(line(rows, "B")).startsWith("B,carbon-neutrality,INDETERMINATE,0,").endsWith("CONFLICTING_CLAIM");
        // C's Scope 2 is location-based: it relies on no certificate (5,703 t at the grid's 0.5703 t/MWh)
        assertThat(line(rows, "C")).startsWith("C,carbon-neutrality,NOT_SUPPORTED,5703,").doesNotContain("CONFLICTING_CLAIM");
        // D's market-based Scope 2 relies on the certificate C lists too
        assertThat(line(rows, "D")).startsWith("D,carbon-neutrality,INDETERMINATE,").endsWith("CONFLICTING_CLAIM");
        assertThat(line(rows, "E")).startsWith("E,carbon-neutrality,SUPPORTED,0,").doesNotContain("CONFLICTING_CLAIM");
        assertThat(run(dir, 1)).isEqualTo(rows);
    }

    @Test
    void entity_by_entity_as_spark_judges_them_the_conflicts_are_the_same() throws IOException {
        String whole = run(ledger(), 2);
        EntityByEntity spark = EntityByEntity.judge(dir);
        assertThat(spark.claims().size()).isEqualTo(2);
        assertThat(spark.rows()).isEqualTo(whole);
    }
}
