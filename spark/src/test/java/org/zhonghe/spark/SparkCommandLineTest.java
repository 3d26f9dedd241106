package org.zhonghe.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.zhonghe.ZhongheVersion;
import picocli.CommandLine;

/** The Spark job's command line, read by picocli: its version, help and usage errors, before any Spark starts. */
class SparkCommandLineTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = SparkCommandLine.commandLine();
        cl.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void version_prints_the_version_of_the_build() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString().strip()).isEqualTo("zhonghe spark " + ZhongheVersion.current());
        assertThat(ZhongheVersion.current()).isNotBlank();
    }

    @Test
    void help_lists_every_option() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("DIR", "--out", "--concept", "--partitions", "--master", "--lang");
    }

    @Test
    void an_unknown_concept_is_a_usage_error_in_the_chosen_language_and_starts_no_spark() {
        assertThat(run("/nowhere", "--concept", "carbon-free", "--lang", "en")).isEqualTo(2);
        assertThat(err.toString()).contains("carbon-free", "net-zero");
    }

    @Test
    void a_partition_count_that_is_not_a_number_or_a_missing_directory_is_a_usage_error() {
        assertThat(run("/nowhere", "--partitions", "many")).isEqualTo(2);
        assertThat(err.toString()).contains("--partitions", "many");
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).contains("DIR");
    }

    @Test
    void a_failing_spark_job_is_one_line_without_a_stack_trace() {
        assertThat(run("/nowhere", "--master", "no-such-master://x", "--lang", "en")).isEqualTo(1);
        assertThat(err.toString()).startsWith("zhonghe spark: the Spark job failed").doesNotContain("\tat ");
        assertThat(err.toString().lines()).hasSize(1);
    }
}
