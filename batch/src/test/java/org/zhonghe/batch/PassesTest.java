package org.zhonghe.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhonghe.rules.ClaimEvaluator;

/**
 * Removals and credits read in passes of a range of entities each ({@link EntityRange}): the same
 * result rows, the same errors in the same order and the same counts as in one pass, whatever the
 * passes and threads; the rows of later passes kept in file order ({@link Spill}), and removed after.
 */
class PassesTest {
    @TempDir Path dir;

    private record Run(String out, Batch.Report report) {}

    private static Run run(Path ledger, int threads, long passBytes) throws IOException {
        StringWriter out = new StringWriter();
        Batch.Report r = new Batch(ClaimEvaluator.standard()).run(ledger, new Batch.Options(null, threads, passBytes), out,
                n -> { });
        return new Run(out.toString(), r);
    }

    private static long wholeEntityBytes(Path ledger) throws IOException {
        return Files.size(ledger.resolve(RemovalRows.FILE)) + Files.size(ledger.resolve(CreditRows.FILE));
    }

    private static void assertSame(Run passes, Run one) {
        assertThat(passes.out()).isEqualTo(one.out());
        assertThat(passes.report().errors()).containsExactlyElementsOf(one.report().errors());
        assertThat(passes.report().errorCount()).isEqualTo(one.report().errorCount());
        assertThat(passes.report().records()).isEqualTo(one.report().records());
        assertThat(passes.report().entities()).isEqualTo(one.report().entities());
    }

    /** Appends lines to a file of the ledger. */
    private static void append(Path file, String lines) throws IOException {
        Files.writeString(file, lines, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    @Test
    void a_random_ledger_with_bad_cells_gives_the_same_bytes_and_errors_in_any_number_of_passes() throws IOException {
        for (long seed = 1; seed <= 3; seed++) {
            Path d = dir.resolve("seed" + seed);
            RandomLedgers.generate(seed, 60, 0.12).write(d);
            Files.delete(d.resolve(ActivityRows.FILE)); // with activities: below
            // what belongs to no entity: a line of too few cells, an unclosed quote, an undeclared entity
            append(d.resolve(RemovalRows.FILE), "E" + seed + "-3\n\"E" + seed + "-4,afforestation\nnobody" + ",x".repeat(
                    RandomLedgers.REMOVAL.size()) + "\n");
            append(d.resolve(CreditRows.FILE), "nobody" + ",x".repeat(RandomLedgers.CREDIT.size()) + "\nE" + seed + "-5,,\n");
            long bytes = wholeEntityBytes(d);
            for (int threads : new int[] {1, 2}) {
                Run one = run(d, threads, Long.MAX_VALUE);
                assertThat(one.report().passes()).isEqualTo(1);
                assertThat(one.report().errorCount()).isPositive();
                assertThat(one.report().errors()).anyMatch(p -> p.file().equals(RemovalRows.FILE) && p.key().equals(ErrorKeys.CELLS))
                        .anyMatch(p -> p.file().equals(RemovalRows.FILE) && p.key().equals(ErrorKeys.UNCLOSED_QUOTE))
                        .anyMatch(p -> p.file().equals(CreditRows.FILE) && p.key().equals(ErrorKeys.UNDECLARED));
                Run three = run(d, threads, bytes / 3 + 1);
                assertThat(three.report().passes()).isEqualTo(3);
                assertSame(three, one);
                if (seed == 1) { // a pass per entity (a full collection each: once is enough)
                    Run each = run(d, threads, 1);
                    assertThat(each.report().passes()).isEqualTo(60);
                    assertSame(each, one);
                }
            }
        }
    }

    @Test
    void the_first_errors_of_each_file_are_those_of_the_whole_file_when_each_pass_finds_more_than_the_cap()
            throws IOException {
        LedgerGenerator.generate(dir, 200, 40_000, 9);
        // a bad amount in a credit of every entity, from the last entity to the first: each pass finds
        // more errors than it keeps, and the file's first are spread over every pass
        StringBuilder bad = new StringBuilder();
        for (int e = 199; e >= 0; e--) {
            bad.append(String.format("E%07d,Verra,VCS-X-%d,reduction,,2023,12;5,t,true,E%07d,2024-01-01,true%n", e, e, e));
        }
        append(dir.resolve(CreditRows.FILE), bad.toString());
        Run one = run(dir, 2, Long.MAX_VALUE);
        assertThat(one.report().errorCount()).isEqualTo(200);
        assertThat(one.report().errors()).hasSize(Batch.ERROR_CAP);
        for (int passes : new int[] {2, 7}) {
            Run some = run(dir, 2, wholeEntityBytes(dir) / passes + 1);
            assertThat(some.report().passes()).isEqualTo(passes);
            assertSame(some, one);
        }
    }

    @Test
    void a_ledger_with_activities_and_bad_cells_gives_the_same_bytes_in_passes() throws IOException {
        // activities are read and computed once, in the first pass, after every row of the other files
        RandomLedgers.generate(4, 40, 0.12).write(dir);
        Run one = run(dir, 2, Long.MAX_VALUE);
        assertThat(one.report().errors()).anyMatch(p -> p.file().equals(ActivityRows.FILE));
        assertThat(one.out()).contains("INVALID");
        for (int passes : new int[] {3, 40}) {
            Run some = run(dir, 2, passes == 40 ? 1 : wholeEntityBytes(dir) / passes + 1);
            assertThat(some.report().passes()).isEqualTo(passes);
            assertSame(some, one);
        }
    }

    @Test
    void later_passes_read_the_rows_kept_for_them_in_file_order_and_leave_no_file_behind() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before;
        try (var l = Files.list(tmp)) {
            before = l.filter(p -> p.getFileName().toString().startsWith("zhonghe-batch-")).count();
        }
        LedgerGenerator.generate(dir, 100, 20_000, 2);
        Run one = run(dir, 2, Long.MAX_VALUE);
        Run four = run(dir, 2, wholeEntityBytes(dir) / 4 + 1);
        assertThat(four.report().passes()).isEqualTo(4);
        assertSame(four, one);
        try (var l = Files.list(tmp)) {
            assertThat(l.filter(p -> p.getFileName().toString().startsWith("zhonghe-batch-")).count()).isEqualTo(before);
        }
        // chunks done out of order: each range's file in chunk order all the same
        Path spills = Files.createDirectories(dir.resolve("spills"));
        try (Spill spill = new Spill(spills, "x.csv", "entity,v", EntityRange.split(9, 3))) {
            CsvLine line = new CsvLine();
            Spill.Segment[] segments = new Spill.Segment[3];
            for (int c = 0; c < 3; c++) {
                segments[c] = spill.segment();
                for (int e = 0; e < 9; e++) {
                    byte[] b = ("E" + e + ",chunk" + c).getBytes(StandardCharsets.UTF_8);
                    line.split(b, 0, b.length);
                    if (e >= 3) spill.add(segments[c], e, line);
                }
            }
            spill.done(2, segments[2]);
            spill.done(0, segments[0]);
            spill.done(1, segments[1]);
            spill.finish();
            assertThat(Files.readAllLines(spill.file(1))).containsExactly("entity,v",
                    "E3,chunk0", "E4,chunk0", "E5,chunk0", "E3,chunk1", "E4,chunk1", "E5,chunk1", "E3,chunk2", "E4,chunk2", "E5,chunk2");
            assertThat(Files.readAllLines(spill.file(2))).hasSize(10).startsWith("entity,v", "E6,chunk0");
        }
        try (var l = Files.list(spills)) {
            assertThat(l).isEmpty();
        }
    }

    @Test
    void passes_split_the_entities_into_ranges_that_cover_each_once() {
        assertThat(EntityRange.passes(100, 1000)).isEqualTo(1);
        assertThat(EntityRange.passes(1000, 1000)).isEqualTo(1);
        assertThat(EntityRange.passes(1001, 1000)).isEqualTo(2);
        assertThat(EntityRange.passes(0, 1)).isEqualTo(1);
        var ranges = EntityRange.split(10, 3);
        assertThat(ranges).extracting(EntityRange::from).containsExactly(0, 3, 6);
        for (int e = 0; e < 10; e++) {
            int entity = e;
            assertThat(ranges.stream().filter(r -> r.holds(entity))).hasSize(1);
        }
        assertThat(ranges.get(2).holds(Integer.MAX_VALUE - 1)).isTrue(); // the last range is open: nothing falls out
        assertThat(EntityRange.split(2, 5)).hasSize(2); // never more passes than entities
        assertThat(EntityRange.split(0, 5)).hasSize(1);
    }
}
