package org.zhonghe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code zhonghe check} of an emissions ledger too large to hold (issue 14 §4): validated in a
 * first pass, evaluated in a second, in bounded memory, with every error and its line.
 */
class LargeLedgerCheckTest {
    private static final String YAML = """
            version: 1
            entity: {id: big, type: organization}
            period: {from: 2024-01-01, to: 2024-12-31}
            claim: {concept: net-zero-ghg, profile: ipcc}
            emissions: {file: emissions.csv}
            removals:
              - {id: r1, kind: daccs, amount: 1000, unit: t, durabilityYears: 1000}
            """;

    @TempDir Path dir;

    /**
     * Writes {@code rows} emissions: CO2 in Scope 1 with three decimals, every 1000th in Scope 3
     * (beyond net zero's direct reach: excluded), plus {@code bad} rows; returns the exact counted
     * total in t CO2e.
     */
    private BigDecimal ledger(int rows, List<String> bad) throws IOException {
        BigDecimal counted = BigDecimal.ZERO;
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("emissions.csv"), StandardCharsets.UTF_8)) {
            w.write("id,gas,amount,unit,scope\n");
            for (int i = 1; i <= rows; i++) {
                String amount = (i % 9973) + "." + String.format("%03d", i % 1000);
                boolean beyond = i % 1000 == 0;
                w.write("e" + i + ",CO2," + amount + ",t," + (beyond ? 3 : 1) + "\n");
                if (!beyond) counted = counted.add(new BigDecimal(amount));
            }
            for (String row : bad) w.write(row + "\n");
        }
        Files.writeString(dir.resolve("assessment.yaml"), YAML);
        return counted;
    }

    @Test
    void a_ledger_over_the_threshold_is_streamed_with_exact_totals_and_every_record_in_json() throws IOException {
        BigDecimal counted = ledger(200_000, List.of());
        assertThat(Files.size(dir.resolve("emissions.csv"))).isGreaterThan(CheckCommand.largeLedgerBytes());
        Run run = Run.of("check", dir.resolve("assessment.yaml").toString(), "--format", "json");
        assertThat(run.exit()).as(run.err()).isEqualTo(1); // Scope 3 beyond reach: emissions remain
        JsonNode json = run.json();
        assertThat(new BigDecimal(json.path("totals").path("emissions").asText())).isEqualByComparingTo(counted);
        assertThat(new BigDecimal(json.path("totals").path("net").asText()))
                .isEqualByComparingTo(counted.subtract(new BigDecimal(1000)));
        assertThat(json.path("records").size()).isEqualTo(200_001);
        assertThat(json.path("records").get(999).path("reason").asText()).isEqualTo("BEYOND_DIRECT_CONTROL");
        assertThat(json.path("records").get(999).path("line").asInt()).isEqualTo(1001);
        assertThat(json.path("records").get(200_000).path("id").asText()).isEqualTo("r1");
        assertThat(run.err()).isEmpty(); // a short run on a pipe: no progress line
    }

    @Test
    void every_error_of_a_large_ledger_is_reported_with_its_line_up_to_the_limit() throws IOException {
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < 150; i++) bad.add("x" + i + ",CO2,12;5,t,1");
        ledger(200_000, List.of("e7,CO2,1,t,1", "e8,methane,1,t,1", "e9,CO2,1,tonnes,1"));
        Run run = Run.of("check", dir.resolve("assessment.yaml").toString(), "--lang", "en");
        assertThat(run.exit()).isEqualTo(2);
        String csv = dir.resolve("emissions.csv").toString();
        assertThat(Files.size(dir.resolve("emissions.csv"))).isGreaterThan(CheckCommand.largeLedgerBytes());
        assertThat(run.err().lines().toList()).containsExactly(
                csv + ":200002, field 'emissions[e7].id': duplicate id \"e7\" in emissions; it was first used on line 8",
                csv + ":200003, field 'emissions[e8].gas': unknown gas \"methane\"; did you mean \"CH4\"?",
                csv + ":200003, field 'emissions[e8].id': duplicate id \"e8\" in emissions; it was first used on line 9",
                csv + ":200004, field 'emissions[e9].unit': unknown unit \"tonnes\"; expected one of: g|kg|t|kt|Mt|Gt");
        assertThat(run.out()).isEmpty();

        ledger(200_000, bad);
        List<String> lines = Run.of("check", dir.resolve("assessment.yaml").toString()).err().lines().toList();
        assertThat(lines).hasSize(100);
        assertThat(lines.get(0)).startsWith(csv + ":200002, field 'emissions[x0].amount'");
        assertThat(lines.get(99)).startsWith(csv + ":200101, field 'emissions[x99].amount'");
    }

    /**
     * The memory bound, not a timing: 300,000 rows that the in-memory path cannot hold in a 64 MB
     * heap (it fails, exit 3) are checked in it when streamed, in a JVM of its own.
     */
    @Test
    void three_hundred_thousand_rows_are_checked_in_a_64_mb_heap() throws Exception {
        BigDecimal counted = ledger(300_000, List.of());
        Fork streamed = fork("-Xmx64m");
        assertThat(streamed.exit).as(streamed.err).isEqualTo(1);
        assertThat(streamed.out).contains("INDETERMINATE", "Records not counted (300 of 300001 records", "BEYOND_DIRECT_CONTROL",
                "Emissions counted  " + org.zhonghe.Decimals.grouped(counted));
        Fork held = fork("-Xmx64m", "-Dzhonghe.largeLedgerBytes=999999999999");
        assertThat(held.exit).as("holding every record in 64 MB: " + held.err).isEqualTo(3);
        assertThat(held.err).contains("OutOfMemoryError");
    }

    private record Fork(int exit, String out, String err) {}

    private Fork fork(String... jvm) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of(jvm));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Zhonghe.class.getName(), "check",
                dir.resolve("assessment.yaml").toString(), "--lang", "en"));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the check did not end");
        }
        return new Fork(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}
