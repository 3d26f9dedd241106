package org.zhonghe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rough edges a newcomer hit on the command line (issue 19), each pinned. */
class NewcomerCliTest {

    @Test
    void the_version_is_a_pinned_release_not_dev_or_a_snapshot() {
        Run r = Run.of("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out().strip()).matches("zhonghe \\d+\\.\\d+\\.\\d+").doesNotContain("SNAPSHOT", "dev");
        assertThat(Run.of("check", "--version").out().strip()).isEqualTo(r.out().strip());
    }

    @Test
    void top_level_help_lists_spark_and_spark_help_describes_it() {
        assertThat(Run.of("--help").out()).contains("spark");
        Run spark = Run.of("spark", "--help");
        assertThat(spark.exit()).isZero();
        assertThat(spark.out()).contains("Usage: zhonghe spark", "DIR", "--partitions", "carbon-neutrality");
    }

    @Test
    void generate_help_prints_its_percentages_without_a_picocli_warning() {
        PrintStream before = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        Run r;
        try {
            r = Run.of("generate", "--help");
        } finally {
            System.setErr(before);
        }
        assertThat(r.exit()).isZero();
        assertThat(r.out().replaceAll("\\s+", " ")).contains("about 90% emissions, 6% removals, 4% credits");
        assertThat(captured.toString(StandardCharsets.UTF_8) + r.err()).doesNotContain("WARN");
    }

    @Test
    void batch_help_lists_the_concept_ids() {
        assertThat(Run.of("batch", "--help").out()).contains("carbon-neutrality", "net-zero-ghg", "climate-neutrality");
    }

    @Test
    void an_unknown_language_is_a_usage_error_naming_zh_and_en() {
        Run r = Run.of("check", "--lang", "fr", "examples/steel-level1-wind-as-removal/assessment.yaml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("'fr'", "zh", "en");
        assertThat(Run.of("concepts", "--lang", "fr").exit()).isEqualTo(2);
    }

    @Test
    void a_typo_in_a_command_gets_a_suggestion() {
        Run r = Run.of("chek", "examples/steel-level1-wind-as-removal/assessment.yaml");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).containsPattern("(?i)did you mean|possible solutions").contains("check");
    }

    @Test
    void generate_says_what_it_wrote(@TempDir Path dir) throws Exception {
        Run r = Run.of("generate", "--entities", "3", "--records", "20", "--lang", "en", dir.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("3 entities", "20 ledger rows", dir.toString(), "entities.csv");
        assertThat(Files.exists(dir.resolve("entities.csv"))).isTrue();
    }
}
