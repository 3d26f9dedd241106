package org.zhonghe.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhonghe.assessment.Problem;
import org.zhonghe.rules.ClaimEvaluator;

/**
 * Issue 15: entities.csv and the texts of every ledger file are read by core's schema
 * ({@code LedgerSchema.Entity}, {@code Period}, {@code Boundary}, {@code Claim}, each field's
 * most characters), with the problem codes {@code check} gives the same cells.
 */
class SchemaCellsTest {
    private static final String HEADER = "entity,name,type,from,to,scopes,concept,profile,metric,factorSet,scope2Method\n";
    private static final String GOOD = "2024-01-01,2024-12-31,1|2|3,carbon-neutrality,ipcc,AR5-GWP100,,\n";

    @TempDir Path dir;

    @Test
    void an_entity_row_is_read_by_the_schema_with_checks_codes() throws IOException {
        String entities = HEADER
                + "A,,organisation," + GOOD // the British spelling is the type organization
                + "B,, city ,2024-01-01, 2024-12-31 , 2 | 03 ,carbon-neutrality, ipcc ,AR5-GWP100 ,ipcc-2006|cn-mee-grid, market\n"
                + "C,,company," + GOOD
                + "D,,,2024-01-01,2023-12-31,1|x,,iso,AR7,ipcc-2006,residual\n"
                + "E," + "N".repeat(1001) + ",city," + GOOD
                + "F,,city,2024-01-01,2024-12-31,0|2,carbon-neutrality,ipcc,," + "ipcc-2006|".repeat(21) + ",\n"
                + "G" + "x".repeat(200) + ",,city," + GOOD
                + "H/1,,city," + GOOD;
        StringWriter out = new StringWriter();
        List<Problem> errors = run(entities, "entity,gas,amount,unit\nA,CO2,1,t\nB,CO2,1,t\n", 1, out);
        assertThat(errors).extracting(p -> p.line() + " " + p.field() + " " + p.key() + " " + p.value()).containsExactlyInAnyOrder(
                "4 type entity.type company",
                "5 type field.required null",
                "5 to period.order 2023-12-31",
                "5 scopes number.integer x",
                "5 concept field.required null",
                "5 profile profile.unknown iso",
                "5 metric metric.unknown AR7",
                "5 scope2Method scope2Method.unknown residual",
                "6 name text.tooLong " + "N".repeat(24) + "…" + "N".repeat(8) + " (1,001 characters)",
                "7 scopes scope.unknown 0",
                "7 factorSet text.tooLong ipcc-2006|ipcc-2006|ipcc…cc-2006| (210 characters)",
                "8 entity text.tooLong G" + "x".repeat(23) + "…" + "x".repeat(8) + " (201 characters)",
                "9 entity entity.id H/1");
        assertThat(errors.stream().filter(p -> p.line() == 6).findFirst().orElseThrow().args()).containsExactly("1,001", "1,000");
        assertThat(out.toString().lines()).filteredOn(l -> l.startsWith("A,") || l.startsWith("B,"))
                .allSatisfy(l -> assertThat(l).startsWith(l.charAt(0) + ",carbon-neutrality,").doesNotContain("INVALID"));
        assertThat(out.toString()).contains("\nC,,INVALID,").contains("\nE,,INVALID,");
    }

    @Test
    void a_text_over_its_limit_is_refused_in_every_ledger_file_on_both_paths_and_a_long_text_of_few_characters_is_not()
            throws IOException {
        String entities = HEADER + "A,,city," + GOOD;
        String emissions = "entity,id,gas,amount,unit,source\n"
                + "A,e1,CO2,1,t," + "源".repeat(400) + "\n" // 1,200 bytes, 400 characters: within 1,000
                + "A,e2,CO2,1,t," + "s".repeat(1001) + "\n" // the fast path falls back and counts
                + "A," + "i".repeat(201) + ",CO2,1,t,\n"
                + "A,e4," + "G".repeat(201) + ",1,t,\n"
                + "A,e5,CO2,12.5,t," + "s".repeat(1000) + "\n";
        String credits = "entity,id,registry,serial,type,vintage,amount,unit,retired,beneficiary\n"
                + "A,c1,VCS," + "S".repeat(201) + ",removal,2024,1,t,true,A\n"
                + "A,c2,VCS,S-2,removal,2024,1,t,true," + "受".repeat(201) + "\n";
        Files.writeString(dir.resolve("credits.csv"), credits);
        for (int threads : new int[] {1, 4}) {
            List<Problem> errors = run(entities, emissions, threads, new StringWriter());
            assertThat(errors).extracting(p -> p.file() + ":" + p.line() + " " + p.field() + " " + p.key()).containsExactlyInAnyOrder(
                    "emissions.csv:3 source text.tooLong",
                    "emissions.csv:4 id text.tooLong",
                    "emissions.csv:5 gas text.tooLong",
                    "credits.csv:2 serial text.tooLong",
                    "credits.csv:3 beneficiary text.tooLong");
            assertThat(errors).filteredOn(p -> p.field().equals("gas")).singleElement()
                    .satisfies(p -> assertThat(p.args()).containsExactly("201", "200"));
        }
    }

    private List<Problem> run(String entities, String emissions, int threads, StringWriter out) throws IOException {
        Files.writeString(dir.resolve("entities.csv"), entities);
        Files.writeString(dir.resolve("emissions.csv"), emissions);
        return new Batch(ClaimEvaluator.standard()).run(dir, new Batch.Options(null, threads), out, n -> { }).errors();
    }
}
