package org.zhonghe.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhonghe.Concept;
import org.zhonghe.assessment.Problem;
import org.zhonghe.batch.Batch;
import org.zhonghe.batch.ErrorKeys;
import org.zhonghe.batch.LedgerGenerator;
import org.zhonghe.rules.ClaimEvaluator;

/**
 * Parquet in and out ({@code local[2]}, several partitions): the same ledger in Parquet, in CSV or in both mixed
 * gives the bytes of {@code zhonghe batch}; Parquet results hold the same rows; typed columns (DECIMAL amounts,
 * integer scopes, boolean flags, dates) are read exactly; a floating-point column is refused.
 */
class SparkParquetTest {
    private static final Path ACCEPTANCE = Path.of("src", "test", "resources", "acceptance");
    @TempDir Path dir;

    private static SparkSession spark() {
        return SparkSession.builder().master("local[2]").appName("zhonghe-parquet-test")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark().stop();
    }

    @Test
    void the_acceptance_cases_in_parquet_give_the_bytes_of_batch_in_csv_and_in_parquet_results() throws IOException {
        Path parquet = dir.resolve("parquet");
        assertThat(ParquetConvert.convert(spark(), ACCEPTANCE.resolve("ledger").toAbsolutePath().toString(), parquet.toString())).isEmpty();
        assertThat(parquet.resolve("credits.parquet")).isDirectory();
        for (Concept c : new Concept[] {null, Concept.NET_ZERO_GHG, Concept.CARBON_NEUTRALITY}) {
            String expected = Files.readString(ACCEPTANCE.resolve("expected").resolve((c == null ? "claimed" : c.id()) + ".csv"));
            SparkBatch.Job job = new SparkBatch.Job(parquet.toString(), c, 4, null);
            StringWriter csv = new StringWriter();
            assertThat(SparkBatch.run(spark(), job, csv).errors()).isEmpty();
            assertThat(csv.toString()).as("under %s", c).isEqualTo(expected);

            Path results = dir.resolve("results-" + c + ".parquet");
            assertThat(SparkBatch.runToParquet(spark(), job, results.toString()).errors()).isEmpty();
            assertThat(asCsv(spark().read().parquet(results.toString()))).as("Parquet results under %s", c).isEqualTo(expected);
        }
    }

    @Test
    void a_generated_ledger_half_in_parquet_gives_the_bytes_of_batch_and_its_errors_name_the_parquet_rows() throws IOException {
        Path csv = dir.resolve("csv");
        LedgerGenerator.generate(csv, 150, 6000, 22);
        Files.writeString(csv.resolve("emissions.csv"), "E0000007,CO2,12;5,t,1,\nE9999999,CO2,1,t,1,\n", StandardOpenOption.APPEND);
        StringWriter batch = new StringWriter();
        Batch.Report local = new Batch(ClaimEvaluator.standard()).run(csv, new Batch.Options(null, 2), batch, n -> { });
        assertThat(local.errors()).hasSize(2);

        Path parquet = dir.resolve("parquet");
        assertThat(ParquetConvert.convert(spark(), csv.toString(), parquet.toString())).isEmpty();
        Path mixed = dir.resolve("mixed");
        Files.createDirectories(mixed);
        Files.copy(csv.resolve("entities.csv"), mixed.resolve("entities.csv"));
        Files.copy(csv.resolve("credits.csv"), mixed.resolve("credits.csv"));
        for (String f : List.of("emissions.parquet", "removals.parquet")) copyTree(parquet.resolve(f), mixed.resolve(f));

        for (Path ledger : List.of(parquet, mixed)) {
            StringWriter out = new StringWriter();
            SparkBatch.Report report = SparkBatch.run(spark(), new SparkBatch.Job(ledger.toString(), null, 5, null), out);
            assertThat(out.toString()).as("%s", ledger.getFileName()).isEqualTo(batch.toString());
            List<Problem> expected = local.errors().stream()
                    .map(p -> p.inFile("emissions.parquet").atLine(p.line() - 1)).toList();
            assertThat(report.errors()).isEqualTo(expected);
            assertThat(report.errors().get(0).toText(Locale.ENGLISH))
                    .startsWith("emissions.parquet:" + (local.errors().get(0).line() - 1) + ",");
        }
        // only CSV, when asked: the mixed directory then lacks emissions.csv
        SparkBatch.Report csvOnly = SparkBatch.run(spark(), new SparkBatch.Job(mixed.toString(), null, 5, LedgerFiles.Format.CSV),
                new StringWriter());
        assertThat(csvOnly.errors()).extracting(Problem::key).containsExactly(ErrorKeys.MISSING);
    }

    @Test
    void typed_columns_are_read_exactly_and_a_floating_point_column_or_two_formats_of_a_file_are_refused() throws IOException {
        Path csv = dir.resolve("csv");
        LedgerGenerator.generate(csv, 40, 1500, 23);
        StringWriter batch = new StringWriter();
        new Batch(ClaimEvaluator.standard()).run(csv, new Batch.Options(null, 2), batch, n -> { });
        Path parquet = dir.resolve("parquet");
        assertThat(ParquetConvert.convert(spark(), csv.toString(), parquet.toString())).isEmpty();

        // emissions with DECIMAL amounts, an integer scope and a boolean flag; entities with dates
        Path typed = dir.resolve("typed");
        copyTree(parquet.resolve("removals.parquet"), typed.resolve("removals.parquet"));
        copyTree(parquet.resolve("credits.parquet"), typed.resolve("credits.parquet"));
        // in the ledger's order (part files by name, then rows), as a platform writes a table it sorted
        Dataset<Row> emissions = inOrder(parquet.resolve("emissions.parquet"));
        emissions.withColumn("amount", functions.col("amount").cast(DataTypes.createDecimalType(30, 9)))
                .withColumn("scope", functions.col("scope").cast("int"))
                .withColumn("biogenic", functions.col("biogenic").cast("boolean"))
                .write().parquet(typed.resolve("emissions.parquet").toString());
        inOrder(parquet.resolve("entities.parquet"))
                .withColumn("from", functions.col("from").cast("date")).withColumn("to", functions.col("to").cast("date"))
                .write().parquet(typed.resolve("entities.parquet").toString());
        assertThat(spark().read().parquet(typed.resolve("emissions.parquet").toString()).first().getAs("amount").getClass())
                .isEqualTo(BigDecimal.class);
        StringWriter out = new StringWriter();
        assertThat(SparkBatch.run(spark(), new SparkBatch.Job(typed.toString(), null, 3, null), out).errors()).isEmpty();
        assertThat(out.toString()).isEqualTo(batch.toString());

        Path doubles = dir.resolve("doubles");
        copyTree(parquet.resolve("entities.parquet"), doubles.resolve("entities.parquet"));
        emissions.withColumn("amount", functions.col("amount").cast("double")).write()
                .parquet(doubles.resolve("emissions.parquet").toString());
        SparkBatch.Report refused = SparkBatch.run(spark(), new SparkBatch.Job(doubles.toString(), null, 3, null), new StringWriter());
        assertThat(refused.errors()).hasSize(1);
        assertThat(refused.errors().get(0).toText(Locale.ENGLISH)).contains("emissions.parquet", "amount", "DOUBLE", "DECIMAL");
        assertThat(refused.errors().get(0).toText(Locale.CHINESE)).contains("二进制浮点数");

        Files.copy(csv.resolve("entities.csv"), doubles.resolve("entities.csv"));
        SparkBatch.Report twice = SparkBatch.run(spark(), new SparkBatch.Job(doubles.toString(), null, 3, null), new StringWriter());
        assertThat(twice.errors()).extracting(Problem::key).contains(ErrorKeys.TWO_FORMATS);
    }

    @Test
    void the_command_line_generates_parquet_and_writes_parquet_results() throws IOException {
        Path ledger = dir.resolve("generated");
        assertThat(SparkCommandLine.execute("generate", "--entities", "30", "--records", "900", "--seed", "24",
                "--master", "local[2]", ledger.toString())).isZero();
        Path csv = dir.resolve("csv");
        LedgerGenerator.generate(csv, 30, 900, 24);
        StringWriter batch = new StringWriter();
        new Batch(ClaimEvaluator.standard()).run(csv, new Batch.Options(null, 2), batch, n -> { });
        assertThat(ledger.resolve("entities.parquet")).isDirectory();
        assertThat(ledger.resolve("entities.csv")).doesNotExist();

        Path results = dir.resolve("results");
        assertThat(SparkCommandLine.execute(ledger.toString(), "--master", "local[2]", "--partitions", "2", "--output-format", "parquet",
                "--out", results.toString())).isZero();
        assertThat(asCsv(spark().read().parquet(results.toString()))).isEqualTo(batch.toString());
        Path text = dir.resolve("results.csv");
        assertThat(SparkCommandLine.execute(ledger.toString(), "--master", "local[2]", "--partitions", "2", "--out", text.toString())).isZero();
        assertThat(Files.readString(text)).isEqualTo(batch.toString());
    }

    /** A Parquet ledger file's rows sorted by part file and row, in one partition. */
    private static Dataset<Row> inOrder(Path file) {
        Dataset<Row> t = spark().read().parquet(file.toString());
        return t.select(functions.col("*"), functions.col("_metadata.file_path").as("_f"), functions.col("_metadata.row_index").as("_r"))
                .orderBy("_f", "_r").coalesce(1).drop("_f", "_r");
    }

    /** Parquet results as results.csv: the header, then each row's cells joined by commas, in the stored order. */
    private static String asCsv(Dataset<Row> results) {
        StringBuilder b = new StringBuilder(String.join(",", results.columns())).append('\n');
        for (Row r : results.collectAsList()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < r.size(); i++) cells.add(r.getString(i));
            b.append(String.join(",", cells)).append('\n');
        }
        return b.toString();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) Files.copy(f, to.resolve(f.getFileName()));
        }
    }
}
