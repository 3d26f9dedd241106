package org.zhonghe.cli.targets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrajectoryCommandTest {

    @Test
    void a_series_that_peaked_in_2013_reports_peak_intensity_and_path_to_net_zero(@TempDir Path dir) throws Exception {
        Path chart = dir.resolve("chart.svg");
        CliRun run = CliRun.of("trajectory", CliRun.fixture("series-peaked.csv"), "--base-year", "2005",
                "--net-zero-year", "2060", "--chart", chart.toString(), "--format", "json");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("peakStatus").asText()).isEqualTo("PEAKED");
        assertThat(json.get("peakYear").asInt()).isEqualTo(2013);
        assertThat(json.get("peakValue").asText()).isEqualTo("1150");
        assertThat(json.get("intensityChange").asText()).isEqualTo("-0.482");
        assertThat(json.get("lastNet").asText()).isEqualTo("950");
        assertThat(json.get("linearAnnualReductionToNetZero").asText()).isEqualTo("23.75");
        String svg = Files.readString(chart);
        assertThat(svg).startsWith("<svg").contains("<polyline", "<circle", "peak 2013: 1150", "stroke-dasharray");
    }

    /** Issue 19: quantities grouped as everywhere else, the intensity change as a percentage. */
    @Test
    void the_text_shows_the_intensity_change_as_a_percentage_and_groups_thousands() {
        CliRun run = CliRun.of("trajectory", CliRun.fixture("series-peaked.csv"), "--net-zero-year", "2050", "--lang", "en");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("-48.2 % since 2005", "2013: 1,150").doesNotContain("-0.482");
    }

    @Test
    void fewer_decline_years_than_required_means_not_peaked_and_text_is_bilingual() {
        CliRun run = CliRun.of("trajectory", CliRun.fixture("series-peaked.csv"), "--min-decline-years", "8",
                "--lang", "zh");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("未达峰", "2013年：1,150", "请给出 --net-zero-year", "相对 2005 年 -48.2%");
        assertThat(CliRun.of("trajectory", CliRun.fixture("series-peaked.csv"), "--format", "csv").out())
                .startsWith("file,firstYear,lastYear,peakYear,peakValue,peakStatus,");
    }

    @Test
    void a_malformed_series_exits_2_with_line_numbered_errors() {
        String file = CliRun.fixture("series-malformed.csv");
        CliRun run = CliRun.of("trajectory", file);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly(
                file + ":3, field 'emissions': \"1,2\" is not a decimal number (expected digits with \".\" as decimal point, e.g. 1200.5)",
                file + ":4, field 'year': year \"2011\" already appears on line 3 (expected each year once)",
                file + ":5, field 'year': \"abc\" is not a year (expected a four-digit year, 1850–2200)");
    }

    @Test
    void a_base_year_outside_the_series_is_invalid_input() {
        CliRun run = CliRun.of("trajectory", CliRun.fixture("series-peaked.csv"), "--base-year", "1990", "--format", "json");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.json().get("errors").get(0).get("field").asText()).isEqualTo("--base-year");
        assertThat(CliRun.of("trajectory", CliRun.fixture("series-peaked.csv"), "--min-decline-years", "0").exit())
                .isEqualTo(2);
    }
}
