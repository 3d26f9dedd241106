package org.zhonghe.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhonghe.Concept;
import org.zhonghe.batch.Batch;
import org.zhonghe.batch.LedgerGenerator;
import org.zhonghe.batch.RandomLedgers;
import org.zhonghe.rules.ClaimEvaluator;

/**
 * Spark in {@code local[2]} with several partitions writes the bytes and errors of {@code batch}:
 * on generated ledgers, on the acceptance cases of issue 13 (whose rows are those of
 * {@code check}: cli's AcceptanceFixtureTest holds the fixture to the examples and to check), and
 * on the random ledgers of the differential test ({@link RandomLedgers}, bad cells included).
 * One Spark session for the class: starting one takes seconds.
 */
class SparkBatchTest {
    private static final Path ACCEPTANCE = Path.of("src", "test", "resources", "acceptance");
    private static SparkSession session;
    @TempDir Path dir;

    @BeforeAll
    static void start() {
        session = SparkSession.builder().master("local[2]").appName("zhonghe-test")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.sql.shuffle.partitions", "5")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        session.stop();
    }

    @Test
    void spark_in_local_mode_with_several_partitions_writes_the_same_bytes_and_errors_as_batch() throws IOException {
        LedgerGenerator.generate(dir, 150, 6000, 21);
        Files.writeString(dir.resolve("emissions.csv"), "E0000007,CO2,12;5,t,1,\nE9999999,CO2,1,t,1,\n",
                StandardOpenOption.APPEND);
        StringWriter batch = new StringWriter();
        Batch.Report local = new Batch(ClaimEvaluator.standard()).run(dir, new Batch.Options(null, 2), batch, n -> { });

        StringWriter spark = new StringWriter();
        SparkBatch.Report distributed = SparkBatch.run(session, dir.toAbsolutePath().toString(), null, 5, spark);
        assertThat(spark.toString()).isEqualTo(batch.toString());
        assertThat(spark.toString().lines()).hasSize(151);
        assertThat(distributed.errors()).isEqualTo(local.errors()).hasSize(2);
        assertThat(distributed.errorCount()).isEqualTo(2);
        assertThat(spark.toString()).contains("\nE0000007,", "INVALID");
    }

    @Test
    void spark_gives_the_acceptance_cases_the_rows_of_check_under_the_claimed_concept_and_every_concept() throws IOException {
        List<Concept> options = new ArrayList<>(List.of(Concept.values()));
        options.add(0, null);
        for (Concept c : options) {
            String expected = Files.readString(ACCEPTANCE.resolve("expected").resolve((c == null ? "claimed" : c.id()) + ".csv"));
            StringWriter spark = new StringWriter();
            SparkBatch.Report report = SparkBatch.run(session, ACCEPTANCE.resolve("ledger").toAbsolutePath().toString(), c, 4, spark);
            assertThat(report.errors()).isEmpty();
            assertThat(spark.toString()).as("under %s", c == null ? "the claimed concept" : c.id()).isEqualTo(expected);
        }
    }

    @Test
    void spark_writes_the_bytes_and_errors_of_batch_for_random_ledgers_with_bad_cells() throws IOException {
        for (long seed = 201; seed <= 203; seed++) {
            Path ledger = dir.resolve("ledger-" + seed);
            RandomLedgers.generate(seed, 30, seed == 201 ? 0 : 0.1).write(ledger);
            for (Concept c : seed == 203 ? new Concept[] {null, Concept.NET_ZERO_GHG} : new Concept[] {null}) {
                StringWriter batch = new StringWriter();
                Batch.Report local = new Batch(ClaimEvaluator.standard()).run(ledger, new Batch.Options(c, 2), batch, n -> { });
                StringWriter spark = new StringWriter();
                SparkBatch.Report distributed = SparkBatch.run(session, ledger.toAbsolutePath().toString(), c, 5, spark);
                assertThat(spark.toString()).as("seed %d, concept %s", seed, c).isEqualTo(batch.toString());
                assertThat(distributed.errors()).as("seed %d, concept %s", seed, c).isEqualTo(local.errors());
                assertThat(distributed.errorCount()).isEqualTo(local.errorCount());
                if (seed > 201) assertThat(local.errorCount()).as("seed %d has bad cells", seed).isPositive();
            }
        }
    }
}
