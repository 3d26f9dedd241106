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
import org.zhonghe.assessment.Problem;
import org.zhonghe.rules.ClaimEvaluator;

/**
 * A user's factor set in a batch ledger (docs/batch.md): a CSV file beside entities.csv named by
 * its file name in the factorSet column of entities.csv or activities.csv. The figures are worked
 * by hand: 250,000 L of diesel = 250 m³ × 0.84 t/m³ = 210 t = 0.21 Gg × 43.0 TJ/Gg = 9.03 TJ;
 * × 74,100 kg CO2/TJ = 669.123 t CO2.
 */
class UserFactorSetsTest {
    private static final String SET = """
            id,activity,fuel,gas,value,unit,source
            d-density,fuel-combustion,diesel-fleet,density,0.84,t/m³,"Verifier report 2024-017, table 3, row diesel density"
            d-ncv,fuel-combustion,diesel-fleet,NCV,43.0,TJ/Gg,"Verifier report 2024-017, table 3, row diesel NCV"
            d-co2,fuel-combustion,diesel-fleet,CO2,74100,kg/TJ,"Verifier report 2024-017, table 3, row diesel CO2"
            """;
    @TempDir Path dir;

    private void ledger(String entities, String activities) throws IOException {
        Files.writeString(dir.resolve("entities.csv"), "entity,type,from,to,scopes,concept,factorSet\n" + entities);
        Files.writeString(dir.resolve("emissions.csv"), "entity,id,gas,amount,unit\n");
        Files.writeString(dir.resolve("activities.csv"), "entity,id,activity,fuel,amount,unit,factorSet\n" + activities);
        Files.writeString(dir.resolve("verifier.csv"), SET);
        Files.writeString(dir.resolve("broken.csv"), SET.replace("74100", "7410O"));
    }

    private record Out(List<String> rows, Batch.Report report) {
        List<String> errors() {
            return report.errors().stream().map(p -> p.toText(Locale.ENGLISH)).toList();
        }
    }

    private Out run(int threads) throws IOException {
        StringWriter out = new StringWriter();
        Batch.Report r = new Batch(ClaimEvaluator.standard()).run(dir, new Batch.Options(null, threads), out, n -> { });
        return new Out(out.toString().lines().skip(1).toList(), r);
    }

    @Test
    void a_set_named_by_the_entity_or_by_the_activity_computes_the_tonnes_of_its_factors() throws IOException {
        ledger("""
                by-entity,organization,2024-01-01,2024-12-31,1,ghg-neutrality,verifier.csv
                by-activity,organization,2024-01-01,2024-12-31,1,ghg-neutrality,ipcc-2006
                both,organization,2024-01-01,2024-12-31,1,ghg-neutrality,ipcc-2006|verifier.csv
                """, """
                by-entity,fleet,fuel-combustion,diesel-fleet,250000,L,
                by-activity,fleet,fuel-combustion,diesel-fleet,250,m³,verifier.csv
                both,fleet,fuel-combustion,diesel-fleet,210,t,
                """);
        for (int threads : new int[] {1, 4}) {
            Out o = run(threads);
            assertThat(o.errors()).isEmpty();
            assertThat(o.rows()).hasSize(3);
            for (String row : o.rows()) assertThat(row.split(",")[3]).as(row).isEqualTo("669.123");
        }
    }

    @Test
    void a_missing_or_broken_set_makes_the_entities_that_name_it_invalid_and_says_where() throws IOException {
        ledger("""
                ok,organization,2024-01-01,2024-12-31,1,ghg-neutrality,verifier.csv
                missing,organization,2024-01-01,2024-12-31,1,ghg-neutrality,nowhere.csv
                broken,organization,2024-01-01,2024-12-31,1,ghg-neutrality,ipcc-2006
                folder,organization,2024-01-01,2024-12-31,1,ghg-neutrality,sets/verifier.csv
                """, """
                ok,fleet,fuel-combustion,diesel-fleet,250000,L,
                missing,fleet,fuel-combustion,diesel-fleet,250000,L,
                broken,fleet,fuel-combustion,diesel-fleet,250000,L,broken.csv
                folder,fleet,fuel-combustion,diesel-fleet,250000,L,
                """);
        Out o = run(2);
        assertThat(o.rows()).containsExactly(
                "ok,ghg-neutrality,NOT_SUPPORTED,669.123,0,0,669.123,,BELOW_ENTERPRISE_LEVEL_1;SCOPE3_EXCLUDED",
                "missing,ghg-neutrality,INVALID,,,,,,",
                "broken,ghg-neutrality,INVALID,,,,,,",
                "folder,ghg-neutrality,INVALID,,,,,,");
        String dirName = dir.toString();
        assertThat(o.errors()).containsExactly(
                "entities.csv:3, field 'factorSet': factor set file \"nowhere.csv\" not found: a user set is a CSV file"
                        + " beside entities.csv in " + dirName + ", named by its file name (NAME.csv, no folder)",
                "entities.csv:5, field 'factorSet': factor set file \"sets/verifier.csv\" not found: a user set is a CSV"
                        + " file beside entities.csv in " + dirName + ", named by its file name (NAME.csv, no folder)",
                "activities.csv:4, field 'factorSet': factor set file \"broken.csv\" has errors (listed under broken.csv):"
                        + " nothing of this entity is computed",
                "broken.csv:4, field 'value': " + new Problem("", 0, "", null, "number.decimal", List.of("7410O"))
                        .message(Locale.ENGLISH));
        assertThat(o.report().errorCount()).isEqualTo(4);
    }

    @Test
    void the_files_named_are_found_in_both_files_whatever_else_a_row_holds() {
        assertThat(UserFactorSets.named(" ipcc-2006 | verifier.csv,Other.CSV")).containsExactly("verifier.csv", "Other.CSV");
        assertThat(UserFactorSets.named(null)).isEmpty();
        EntityLines.Headers h = new EntityLines.Headers("entity,type,from,to,factorSet", "entity,id,gas,amount,unit", null, null,
                "entity,id,activity,amount,unit,factorSet", null);
        assertThat(EntityLines.userSetsOf(h, EntityLines.File.ENTITIES, "e,organization,x,y,a.csv|ipcc-2006")).containsExactly("a.csv");
        assertThat(EntityLines.userSetsOf(h, EntityLines.File.ACTIVITIES, "e,a1,process,1,t,\" b.csv \"")).containsExactly("b.csv");
        assertThat(EntityLines.userSetsOf(h, EntityLines.File.ACTIVITIES, "e,a1,process,1,t")).as("a row of too few cells").isEmpty();
        assertThat(EntityLines.userSetsOf(h, EntityLines.File.EMISSIONS, "e,x,CO2,1,t")).isEmpty();
    }
}
