package org.zhonghe.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhonghe.Concept;
import org.zhonghe.rules.ClaimEvaluator;

class BatchTest {
    @TempDir Path dir;

    private Batch.Report report;

    private String run(Path ledger, int threads, Concept concept) throws IOException {
        StringWriter out = new StringWriter();
        report = new Batch(ClaimEvaluator.standard()).run(ledger, new Batch.Options(concept, threads), out, n -> { });
        return out.toString();
    }

    @Test
    void every_entity_gets_one_row_in_the_order_of_entities_csv() throws IOException {
        LedgerGenerator.generate(dir, 50, 6000, 3);
        String[] rows = run(dir, 2, null).split("\n");
        assertThat(rows[0]).isEqualTo(EntityResult.HEADER);
        assertThat(rows).hasSize(51);
        assertThat(rows[1]).startsWith("E0000000,");
        assertThat(rows[50]).startsWith("E0000049,");
        assertThat(report.errorCount()).isZero();
        assertThat(String.join("\n", rows)).contains("SUPPORTED", "NOT_SUPPORTED", "INDETERMINATE", "DOUBLE_COUNTED",
                "NOT_A_REMOVAL", "GAS_NOT_COVERED", "CONFLICTING_DUPLICATE_SERIAL");
    }

    @Test
    void results_do_not_depend_on_threads_chunks_or_the_order_of_rows() throws IOException {
        LedgerGenerator.generate(dir, 40, 30_000, 5);
        String one = run(dir, 1, null);
        assertThat(run(dir, 2, null)).isEqualTo(one);
        assertThat(run(dir, 4, null)).isEqualTo(one);
        Path shuffled = dir.resolve("shuffled");
        Files.createDirectories(shuffled);
        for (String f : List.of("entities.csv", "removals.csv", "credits.csv")) Files.copy(dir.resolve(f), shuffled.resolve(f));
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve("emissions.csv")));
        String header = lines.remove(0);
        Collections.shuffle(lines, new Random(11));
        lines.add(0, header);
        Files.write(shuffled.resolve("emissions.csv"), lines);
        assertThat(run(shuffled, 2, null)).isEqualTo(one);
    }

    @Test
    void entity_by_entity_evaluation_gives_the_same_rows_as_the_whole_batch() throws IOException {
        LedgerGenerator.generate(dir, 30, 3000, 9);
        String whole = run(dir, 2, null);
        EntityLines.Headers h = new EntityLines.Headers(firstLine("entities.csv"), firstLine("emissions.csv"),
                firstLine("removals.csv"), firstLine("credits.csv"), null, null);
        Map<String, List<EntityLines.Line>> byEntity = new LinkedHashMap<>();
        for (EntityLines.File f : EntityLines.File.values()) {
            if (!Files.exists(dir.resolve(f.fileName()))) continue;
            List<String> lines = Files.readAllLines(dir.resolve(f.fileName()));
            for (int i = lines.size() - 1; i >= 1; i--) { // backwards: the order within a group must not matter
                byEntity.computeIfAbsent(EntityLines.entityOf(h, f, lines.get(i)), k -> new ArrayList<>())
                        .add(new EntityLines.Line(f, i + 1, lines.get(i)));
            }
        }
        StringBuilder rows = new StringBuilder(EntityResult.HEADER).append('\n');
        byEntity.values().stream().map(l -> EntityLines.evaluate(h, l)).sorted((a, b) -> Long.compare(a.order(), b.order()))
                .forEach(o -> rows.append(o.result().csv()).append('\n'));
        assertThat(rows.toString()).isEqualTo(whole);
    }

    @Test
    void a_malformed_row_is_reported_with_file_and_line_and_the_run_goes_on() throws IOException {
        LedgerGenerator.generate(dir, 20, 1000, 1);
        long lines = Files.readAllLines(dir.resolve("emissions.csv")).size();
        Files.writeString(dir.resolve("emissions.csv"), "E0000003,CO2,12;5,t,1,\nE0000004,CO2,1,tons,1,\nE0000099,CO2,1,t,1,\n",
                StandardOpenOption.APPEND);
        String out = run(dir, 2, null);
        assertThat(report.errors()).extracting(e -> e.toText(java.util.Locale.ENGLISH)).containsExactly(
                "emissions.csv:" + (lines + 1) + ", field 'amount': \"12;5\" is not a decimal number",
                "emissions.csv:" + (lines + 2) + ", field 'unit': unknown unit \"tons\"; expected one of: g|kg|t|kt|Mt|Gt",
                "emissions.csv:" + (lines + 3) + ", field 'entity': entity \"E0000099\" is not declared in entities.csv");
        assertThat(out).contains("\nE0000003,carbon-neutrality,INVALID,,,,,,\n".replace("carbon-neutrality", concept(out, "E0000003")));
        assertThat(out.split("\n")).hasSize(21);
    }

    @Test
    void an_amount_of_a_million_digits_is_refused_with_the_limit_before_any_arithmetic() throws IOException {
        LedgerGenerator.generate(dir, 20, 1000, 1);
        long lines = Files.readAllLines(dir.resolve("emissions.csv")).size();
        Files.writeString(dir.resolve("emissions.csv"), "E0000003,CO2," + "9".repeat(1_000_000) + ",t,1,\nE0000004,CO2,1e51,t,1,\n",
                StandardOpenOption.APPEND);
        run(dir, 2, null);
        assertThat(report.errors()).extracting(e -> e.toText(java.util.Locale.ENGLISH)).containsExactly(
                "emissions.csv:" + (lines + 1) + ", field 'amount': \"999999999999999999999999…99999999 (1,000,000 characters)\" has too many"
                        + " digits: an amount is read with at most 50 significant digits and at most 50 digits before and after the"
                        + " decimal point (a limit set by Zhonghe, not by a standard)",
                "emissions.csv:" + (lines + 2) + ", field 'amount': \"1e51\" has too many digits: an amount is read with at most 50"
                        + " significant digits and at most 50 digits before and after the decimal point (a limit set by Zhonghe, not by a standard)");
    }

    /** A row's shape is keyed by its bytes when its columns stand together, else cell by cell: the same results. */
    @Test
    void entities_csv_gives_the_same_results_whatever_the_order_of_its_columns() throws IOException {
        LedgerGenerator.generate(dir, 300, 3000, 8);
        String plain = run(dir, 2, null);
        Path moved = dir.resolve("moved");
        Files.createDirectories(moved);
        for (String f : List.of("emissions.csv", "removals.csv", "credits.csv")) Files.copy(dir.resolve(f), moved.resolve(f));
        List<String> rows = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("entities.csv"))) { // entity,type,from,… → type,name,from,…,entity
            String[] c = line.split(",", -1);
            String name = line.startsWith("entity,") ? "name" : "\"" + c[0] + ", Ltd\"";
            List<String> out = new ArrayList<>(List.of(c[1], name));
            out.addAll(List.of(c).subList(2, c.length));
            out.add(c[0]);
            rows.add(String.join(",", out));
        }
        Files.write(moved.resolve("entities.csv"), rows);
        assertThat(run(moved, 2, null)).isEqualTo(plain);
        assertThat(report.errorCount()).isZero();
    }

    /**
     * Past 50,000 entities the index is filled on several threads, each adding the ids of its own
     * stripes: an id declared twice must still keep its first row, wherever the two rows fall.
     */
    @Test
    void an_id_declared_twice_keeps_its_first_row_whatever_the_threads() throws IOException {
        LedgerGenerator.generate(dir, 60_000, 90_000, 4);
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve("entities.csv")));
        String late = lines.get(59_999); // E0059998
        String early = lines.get(11); // E0000010
        lines.add(6, late.replaceFirst(",[a-z0-9-]+,([a-z0-9-]+),([A-Z0-9-]+)$", ",net-zero-co2,$1,$2")); // now first
        lines.add(30_000, early.replaceFirst(",[a-z0-9-]+,([a-z0-9-]+),([A-Z0-9-]+)$", ",net-zero-co2,$1,$2"));
        Files.write(dir.resolve("entities.csv"), lines);
        String one = run(dir, 1, null);
        assertThat(report.errors()).extracting(e -> e.toText(java.util.Locale.ENGLISH)).containsExactly(
                "entities.csv:30001, field 'entity': entity \"E0000010\" is declared twice",
                "entities.csv:60002, field 'entity': entity \"E0059998\" is declared twice");
        for (int threads : new int[] {2, 3, 4}) {
            assertThat(run(dir, threads, null)).as("%d threads", threads).isEqualTo(one);
            assertThat(report.errorCount()).isEqualTo(2);
            assertThat(report.entities()).isEqualTo(60_000);
        }
        List<String> rows = one.lines().toList();
        assertThat(rows).hasSize(60_001);
        assertThat(rows.get(6)).startsWith("E0059998,net-zero-co2,");
        assertThat(concept(one, "E0000010")).isEqualTo(early.split(",")[5]).isNotEqualTo("net-zero-co2");
    }

    @Test
    void errors_are_capped_but_counted() throws IOException {
        LedgerGenerator.generate(dir, 5, 100, 1);
        StringBuilder bad = new StringBuilder();
        for (int i = 0; i < 250; i++) bad.append("E0000001,CO2,x,t,1,\n");
        Files.writeString(dir.resolve("emissions.csv"), bad, StandardOpenOption.APPEND);
        run(dir, 2, null);
        assertThat(report.errors()).hasSize(Batch.ERROR_CAP);
        assertThat(report.errorCount()).isEqualTo(250);
    }

    @Test
    void the_concept_option_evaluates_every_entity_under_one_concept() throws IOException {
        LedgerGenerator.generate(dir, 10, 500, 2);
        String out = run(dir, 1, Concept.NET_ZERO_CO2);
        assertThat(out.lines().skip(1)).allSatisfy(row -> assertThat(row.split(",")[1]).isEqualTo("net-zero-co2"));
    }

    @Test
    void the_generator_writes_the_same_ledger_for_the_same_seed() throws IOException {
        LedgerGenerator.generate(dir.resolve("a"), 20, 800, 77);
        LedgerGenerator.generate(dir.resolve("b"), 20, 800, 77);
        LedgerGenerator.generate(dir.resolve("c"), 20, 800, 78);
        for (String f : List.of("entities.csv", "emissions.csv", "removals.csv", "credits.csv")) {
            assertThat(Files.readString(dir.resolve("b").resolve(f))).isEqualTo(Files.readString(dir.resolve("a").resolve(f)));
        }
        assertThat(Files.readString(dir.resolve("c/emissions.csv"))).isNotEqualTo(Files.readString(dir.resolve("a/emissions.csv")));
    }

    /** Issue 15: the unit of an emission is read as every reader reads a cell, stripped (the fast path reads bytes). */
    @Test
    void a_unit_with_blanks_around_it_is_the_unit_as_check_reads_it() throws IOException {
        Files.writeString(dir.resolve("entities.csv"), "entity,type,from,to,concept\nE1,organization,2024-01-01,2024-12-31,ghg-neutrality\n");
        Files.writeString(dir.resolve("emissions.csv"), "entity,gas,amount,unit,scope\nE1,CO2,12.5, t,1\nE1,CH4,1000,kg ,1\n");
        assertThat(run(dir, 1, null)).isEqualTo(EntityResult.HEADER + "\nE1,ghg-neutrality,NOT_SUPPORTED,40.5,0,0,40.5,,\n");
        assertThat(report.errors()).isEmpty();
    }

    private String firstLine(String f) throws IOException {
        return Files.readAllLines(dir.resolve(f), StandardCharsets.UTF_8).get(0);
    }

    private static String concept(String out, String entity) {
        return out.lines().filter(l -> l.startsWith(entity + ",")).findFirst().orElseThrow().split(",")[1];
    }
}
