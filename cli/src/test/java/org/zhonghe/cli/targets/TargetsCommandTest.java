package org.zhonghe.cli.targets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetsCommandTest {

    @Test
    void stats_of_the_2022_snapshot_reproduce_table_1_as_json() throws Exception {
        CliRun run = CliRun.of("targets", "stats", "--snapshot", "2022-01", "--format", "json");

        assertThat(run.exit()).isZero();
        JsonNode expected = new ObjectMapper().readTree("""
                {"snapshot": "2022-01", "total": 198,
                 "byCategory": {"net-zero": 112, "zero-carbon": 1, "carbon-neutral": 13, "climate-neutral": 10,
                                "baseline-reduction": 10, "absolute-reduction": 24, "intensity-reduction": 2,
                                "other": 15, "none": 11},
                 "neutralityTargets": 136, "unclassified": 0, "unknownLabels": []}""");
        assertThat(run.json()).isEqualTo(expected);
    }

    @Test
    void stats_as_text_show_the_subtotal_in_the_chosen_language() {
        CliRun zh = CliRun.of("targets", "stats", "--lang", "zh");
        CliRun en = CliRun.of("targets", "stats", "--lang", "en");

        assertThat(zh.out()).contains("净零", "112", "中和类目标（小计）", "136", "合计", "198");
        assertThat(en.out()).contains("net zero", "neutrality targets (subtotal)", "136", "total", "198");
        assertThat(CliRun.of("targets", "stats", "--format", "csv").out())
                .contains("category,count\nnet-zero,112\n", "neutrality-targets,136\n", "total,198\n");
    }

    @Test
    void stats_of_an_export_account_for_every_row_and_name_unknown_labels() {
        CliRun run = CliRun.of("targets", "stats", "--source", CliRun.fixture("nzt-sample.csv"), "--format", "json");

        assertThat(run.exit()).isZero();
        JsonNode json = run.json();
        int sum = 0;
        for (JsonNode n : json.get("byCategory")) {
            sum += n.asInt();
        }
        assertThat(sum + json.get("unclassified").asInt()).isEqualTo(json.get("total").asInt()).isEqualTo(14);
        assertThat(json.get("unclassified").asInt()).isEqualTo(2);
        assertThat(json.get("neutralityTargets").asInt()).isEqualTo(7);
        assertThat(json.get("unknownLabels").get(0).get("label").asText()).isEqualTo("Carbon zero-ish");
        assertThat(json.get("unknownLabels").get(0).get("lines").get(0).asInt()).isEqualTo(16);
    }

    @Test
    void show_gives_table_2_detail_as_json() {
        JsonNode china = CliRun.of("targets", "show", "CHN", "--format", "json").json();

        assertThat(china.get("code").asText()).isEqualTo("CHN");
        assertThat(china.get("name").get("zh").asText()).isEqualTo("中国");
        assertThat(china.get("name").get("en").asText()).isEqualTo("China");
        assertThat(china.get("category").asText()).isEqualTo("carbon-neutral");
        assertThat(china.get("targetYear").asInt()).isEqualTo(2060);
        assertThat(china.get("gases").asText()).isEqualTo("unspecified");
        assertThat(china.get("status").asText()).isEqualTo("policy-document");
        assertThat(china.get("credits").get("en").asText()).contains("offsets");
        assertThat(china.get("notes").get("zh").asText()).contains("§4.3");
        assertThat(CliRun.of("targets", "show", "IND", "--format", "json").json().get("status").asText())
                .isEqualTo("leader-statement");
        assertThat(CliRun.of("targets", "show", "多米尼加", "--format", "json").json().get("code").asText())
                .isEqualTo("DMA");
    }

    @Test
    void show_of_an_unknown_code_exits_2_naming_it() {
        CliRun run = CliRun.of("targets", "show", "XYZ");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("XYZ", "2022-01");
    }

    @Test
    void list_filters_by_category_and_its_csv_reads_back_as_a_source() throws Exception {
        CliRun run = CliRun.of("targets", "list", "--category", "climate-neutral", "--format", "json");
        List<String> codes = new ArrayList<>();
        run.json().get("entries").forEach(e -> codes.add(e.get("code").asText()));
        assertThat(codes).containsExactly("AUT", "DEU", "ESP", "EST", "ITA", "FIN", "MLT", "SVN", "EUU", "SSD");

        CliRun csv = CliRun.of("targets", "list", "--format", "csv");
        java.nio.file.Path file = java.nio.file.Files.createTempFile("registry", ".csv");
        java.nio.file.Files.writeString(file, csv.out());
        JsonNode back = CliRun.of("targets", "stats", "--source", file.toString(), "--format", "json").json();
        assertThat(back.get("total").asInt()).isEqualTo(198);
        assertThat(back.get("neutralityTargets").asInt()).isEqualTo(136);
        JsonNode compare = CliRun.of("targets", "compare", "2022-01", file.toString(), "--format", "json").json();
        assertThat(compare.get("changes")).isEmpty();
        assertThat(compare.get("unchanged").asInt()).isEqualTo(198);
        java.nio.file.Files.delete(file);

        CliRun bad = CliRun.of("targets", "list", "--category", "carbon-neutrality");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("carbon-neutrality", "carbon-neutral");
    }

    @Test
    void compare_lists_who_changed_category_year_or_status() {
        CliRun run = CliRun.of("targets", "compare", "2022-01", CliRun.fixture("nzt-sample.csv"), "--format", "json");

        assertThat(run.exit()).isZero();
        List<String> changes = new ArrayList<>();
        run.json().get("changes").forEach(c -> changes.add(c.get("code").asText() + " " + c.get("field").asText()
                + " " + c.get("from").asText() + " -> " + c.get("to").asText()));
        assertThat(changes).containsExactly(
                "IND status leader-statement -> declaration",
                "DEU category climate-neutral -> net-zero",
                "POL category none -> null");
        assertThat(run.json().get("added").get(0).get("code").asText()).isEqualTo("XKX");
        assertThat(run.json().get("removed")).hasSize(198 - 13);
        assertThat(run.json().get("unchanged").asInt()).isEqualTo(10);

        CliRun text = CliRun.of("targets", "compare", "2022-01", CliRun.fixture("nzt-sample.csv"), "--lang", "zh");
        assertThat(text.out()).contains("德国", "气候中和/温室气体中和", "净零", "领导人讲话", "宣言/承诺", "新增");
    }

    @Test
    void classify_returns_category_year_gases_peak_and_findings_as_json() {
        JsonNode china = CliRun.of("targets", "classify", "2030年前碳达峰，2060年前碳中和", "--format", "json").json();

        assertThat(china.get("category").asText()).isEqualTo("carbon-neutral");
        assertThat(china.get("targetYear").asInt()).isEqualTo(2060);
        assertThat(china.get("gases").asText()).isEqualTo("unspecified");
        assertThat(china.get("peakYear").asInt()).isEqualTo(2030);
        assertThat(china.get("findings").get(0).get("code").asText()).isEqualTo("GAS_COVERAGE_UNSPECIFIED");

        JsonNode costaRica = CliRun.of("targets", "classify", "--lang", "en", "--format", "json",
                "Costa Rica will be carbon neutral by 2021, with net emissions at the 2005 level.").json();
        assertThat(costaRica.get("findings").get(0).get("code").asText()).isEqualTo("MISLABELLED_TARGET");
        assertThat(costaRica.get("findings").get(0).get("message").asText()).contains("Costa Rica");
        assertThat(costaRica.has("peakYear")).isFalse();
    }

    @Test
    void classify_as_text_speaks_the_chosen_language() {
        CliRun run = CliRun.of("targets", "classify", "--lang", "zh", "India will achieve net zero emissions by 2070.");

        assertThat(run.out()).contains("净零", "2070", "目标未明确", "GAS_COVERAGE_UNSPECIFIED");
    }

    @Test
    void a_malformed_export_exits_2_with_every_error_line_numbered() {
        String file = CliRun.fixture("nzt-malformed.csv");
        CliRun run = CliRun.of("targets", "stats", "--source", file, "--format", "json");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().lines()).containsExactly(
                file + ":5, field 'End_target_year': \"20x0\" is not a year (expected a four-digit year, 1850–2200)",
                file + ":6, field 'ID_Code': code \"USA\" already appears on line 2 (expected each code once)",
                file + ":7, field 'ID_Code': empty (a value is required)",
                file + ":8, field 'End_target_year': \"1700\" is not a year (expected a four-digit year, 1850–2200)",
                file + ":8, field 'Interim_target_year': \"2030.5\" is not a year (expected a four-digit year, 1850–2200)");
        JsonNode first = run.json().get("errors").get(0);
        assertThat(first.get("line").asInt()).isEqualTo(5);
        assertThat(first.get("field").asText()).isEqualTo("End_target_year");
        assertThat(first.get("file").asText()).isEqualTo(file);
    }

    @Test
    void a_missing_file_and_an_unknown_language_exit_2() {
        CliRun missing = CliRun.of("targets", "stats", "--source", "no-such-file.csv", "--lang", "zh");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("no-such-file.csv", "既不是内置快照");

        assertThat(CliRun.of("targets", "stats", "--lang", "fr").exit()).isEqualTo(2);
        assertThat(CliRun.of("targets", "stats", "--format", "xml").exit()).isEqualTo(2);
    }
    @Test
    void the_2025_snapshot_shows_canada_in_full_and_compares_with_table_1() {
        JsonNode canada = CliRun.of("targets", "show", "CAN", "--snapshot", "2025-11", "--format", "json").json();
        CliRun text = CliRun.of("targets", "show", "CAN", "--snapshot", "2025-11", "--lang", "zh");
        JsonNode stats = CliRun.of("targets", "stats", "--snapshot", "2025-11", "--format", "json").json();
        JsonNode compare = CliRun.of("targets", "compare", "2022-01", "2025-11", "--format", "json").json();

        assertThat(canada.get("targetYear").asInt()).isEqualTo(2050);
        assertThat(canada.get("status").asText()).isEqualTo("in-law");
        assertThat(canada.get("gases").asText()).isEqualTo("all-ghg");
        assertThat(canada.get("removals").get("en").asText()).contains("CCS-based");
        assertThat(canada.get("notes").get("en").asText()).contains("net-zero greenhouse gas emissions by the year 2050");
        assertThat(text.out()).contains("加拿大", "2050", "移除");
        assertThat(stats.get("total").asInt()).isEqualTo(199);
        assertThat(compare.get("added")).hasSize(1);
        assertThat(compare.get("removed")).isEmpty();
        assertThat(compare.get("to").asText()).isEqualTo("2025-11");
    }

}
