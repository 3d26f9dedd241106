package org.zhonghe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhonghe.assessment.Problem;
import org.zhonghe.batch.Batch;
import org.zhonghe.io.AssessmentReader;
import org.zhonghe.io.ReadResult;
import org.zhonghe.io.Syntax;
import org.zhonghe.rules.ClaimEvaluator;

/**
 * Issue 15: the cells of {@code activities} that check (io) and batch used to read two ways, now
 * both read by core's {@code LedgerSchema.Activities}. Each is written once in an activities
 * ledger, read by check (an assessment whose activities are that CSV file) and by batch (the same
 * row in activities.csv), and must give the same problems: line, field, code and arguments.
 * Before: io read {@code sector} as text up to 1,000 characters and named only the value, batch
 * as a choice of at most 200 characters with the values allowed; io held the flat columns
 * {@code factor.source} and {@code supplierFactor.source} to 200 characters (their nested form
 * and batch to 1,000); io counted a cell's length with its blanks, batch without.
 */
class ActivityCellsOneReadingTest {
    private static final String HEAD = "id,activity,amount,unit,factor.value,factor.unit,factor.source,";

    @TempDir Path dir;

    @Test
    void an_unknown_sector_is_one_problem_with_the_values_allowed() throws IOException {
        assertThat(both("sector", "power")).containsExactly("activities.csv:2 sector activity.sector [power, energy|manufacturing]");
    }

    @Test
    void a_sector_over_200_characters_is_too_long_in_both() throws IOException {
        assertThat(both("sector", "s".repeat(300))).containsExactly("activities.csv:2 sector text.tooLong [300, 200]");
    }

    @Test
    void a_factors_source_holds_1000_characters_in_a_flat_column_as_in_its_nested_form() throws IOException {
        assertThat(both("supplierFactor.source", "f".repeat(1000))).isEmpty();
        assertThat(both("supplierFactor.source", "f".repeat(1001)))
                .containsExactly("activities.csv:2 supplierFactor.source text.tooLong [1,001, 1,000]");
        List<String> flat = check(HEAD + "sector\na1,electricity,1000,MWh,0.5,t CO2/MWh," + "f".repeat(1000) + ",\n");
        assertThat(flat).isEmpty();
        ReadResult nested = new AssessmentReader().read(assessment("""
                activities:
                  - {id: a1, activity: electricity, amount: 1000, unit: MWh, factor: {value: 0.5, unit: t CO2/MWh, source: %s}}
                """.formatted("f".repeat(1000))), "assessment.yaml", Syntax.YAML, Map.of());
        assertThat(nested.problems()).isEmpty();
    }

    @Test
    void a_cells_length_is_counted_without_the_blanks_around_it() throws IOException {
        assertThat(both("scope", "\"2" + " ".repeat(250) + "\"")).isEmpty();
        assertThat(both("supplierFactor.source", "\"" + " ".repeat(5) + "f".repeat(999) + " ".repeat(5) + "\"")).isEmpty();
    }

    /**
     * Session 23: a certificate's vintage and market (GHG Protocol Scope 2 Quality Criteria 4 and 5)
     * are read by both; a vintage that is no year, month, day or FROM/TO is one problem naming the
     * cell and what was expected, in check and in batch alike.
     */
    @Test
    void a_certificates_vintage_is_read_alike_and_a_wrong_one_says_what_is_expected() throws IOException {
        String head = HEAD + "grid,instrument.id,instrument.volume,instrument.unit,instrument.vintage,"
                + "instrument.market\n";
        String good = head + "a1,electricity,1000,MWh,0.5,t CO2/MWh,meter,CN,GEC-1,500,MWh,2022-01-01/2022-06-30,CN\n";
        assertThat(check(good)).isEmpty();
        assertThat(batch(good, 2)).isEmpty();
        String wrong = head + "a1,electricity,1000,MWh,0.5,t CO2/MWh,meter,CN,GEC-1,500,MWh,H1 2022,CN\n";
        List<String> byCheck = check(wrong);
        assertThat(byCheck).containsExactly("activities.csv:2 instrument.vintage activity.instrument.vintageFormat "
                + "[H1 2022, 2024 | 2024-03 | 2024-03-15 | 2024-01-01/2024-06-30]");
        for (int threads : new int[] {1, 4}) assertThat(batch(wrong, threads)).as("%d threads", threads).isEqualTo(byCheck);
    }

    /**
     * The problems of check and of batch for one activity (electricity with an explicit factor,
     * and {@code column} written {@code cell}); they must be the same, and are returned.
     */
    private List<String> both(String column, String cell) throws IOException {
        String extra = column.startsWith("supplierFactor.")
                ? "supplierFactor.value,supplierFactor.unit," + column : column;
        String extraCells = column.startsWith("supplierFactor.") ? "0.2,t CO2/MWh," + cell : cell;
        String csv = HEAD + extra + "\na1,electricity,1000,MWh,0.5,t CO2/MWh,meter," + extraCells + "\n";
        List<String> byCheck = check(csv);
        for (int threads : new int[] {1, 4}) assertThat(batch(csv, threads)).as("%d threads", threads).isEqualTo(byCheck);
        return byCheck;
    }

    private static String assessment(String activities) {
        return """
                version: 1
                entity: {id: E1, type: organization}
                period: {from: 2022-01-01, to: 2022-12-31}
                claim: {concept: carbon-neutrality}
                """ + activities;
    }

    private static List<String> check(String csv) {
        ReadResult r = new AssessmentReader().read(assessment("activities: {file: activities.csv}\n"), "assessment.yaml",
                Syntax.YAML, Map.of("activities.csv", csv));
        List<Problem> problems = new ArrayList<>(r.problems());
        if (r instanceof ReadResult.Read read) problems.addAll(read.locate(ClaimEvaluator.standard().validate(read.assessment())));
        return sorted(problems);
    }

    private List<String> batch(String csv, int threads) throws IOException {
        Path d = Files.createTempDirectory(dir, "ledger");
        Files.writeString(d.resolve("entities.csv"), "entity,type,from,to,concept\nE1,organization,2022-01-01,2022-12-31,"
                + "carbon-neutrality\n");
        Files.writeString(d.resolve("emissions.csv"), "entity,gas,amount,unit\n");
        List<String> rows = new ArrayList<>();
        List<String> lines = csv.lines().toList();
        for (int i = 0; i < lines.size(); i++) rows.add((i == 0 ? "entity," : "E1,") + lines.get(i));
        Files.writeString(d.resolve("activities.csv"), String.join("\n", rows) + "\n");
        Batch.Report report = new Batch(ClaimEvaluator.standard()).run(d, new Batch.Options(null, threads), new StringWriter(),
                b -> { });
        return sorted(report.errors());
    }

    /** FILE:LINE FIELD CODE ARGS, the field without the record's path ({@code activities[a1].}). */
    private static List<String> sorted(List<Problem> problems) {
        TreeSet<String> out = new TreeSet<>();
        for (Problem p : problems) {
            String file = p.file().substring(p.file().lastIndexOf('/') + 1);
            int end = p.field().indexOf("].");
            String field = end < 0 ? p.field() : p.field().substring(end + 2);
            out.add(file + ":" + p.line() + " " + field + " " + p.key() + " " + p.args());
        }
        return List.copyOf(out);
    }
}
