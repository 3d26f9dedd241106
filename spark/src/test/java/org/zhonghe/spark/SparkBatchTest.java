package org.zhonghe.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhonghe.batch.Batch;
import org.zhonghe.batch.LedgerGenerator;
import org.zhonghe.rules.ClaimEvaluator;

class SparkBatchTest {
    @TempDir Path dir;

    @Test
    void spark_in_local_mode_with_several_partitions_writes_the_same_bytes_and_errors_as_batch() throws IOException {
        LedgerGenerator.generate(dir, 150, 6000, 21);
        Files.writeString(dir.resolve("emissions.csv"), "E0000007,CO2,12;5,t,1,\nE9999999,CO2,1,t,1,\n",
                StandardOpenOption.APPEND);
        StringWriter batch = new StringWriter();
        Batch.Report local = new Batch(ClaimEvaluator.standard()).run(dir, new Batch.Options(null, 2), batch, n -> { });

        StringWriter spark = new StringWriter();
        SparkBatch.Report distributed;
        try (SparkSession session = SparkSession.builder().master("local[2]").appName("zhonghe-test")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.sql.shuffle.partitions", "5")
                .getOrCreate()) {
            distributed = SparkBatch.run(session, dir.toAbsolutePath().toString(), null, 5, spark);
        }
        assertThat(spark.toString()).isEqualTo(batch.toString());
        assertThat(spark.toString().lines()).hasSize(151);
        assertThat(distributed.errors()).isEqualTo(local.errors()).hasSize(2);
        assertThat(distributed.errorCount()).isEqualTo(2);
        assertThat(spark.toString()).contains("\nE0000007,", "INVALID");
    }
}
