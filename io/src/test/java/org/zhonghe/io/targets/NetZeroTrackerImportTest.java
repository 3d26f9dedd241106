package org.zhonghe.io.targets;

import org.zhonghe.assessment.Problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.zhonghe.targets.*;

class NetZeroTrackerImportTest {

    private static Parsed<TargetSnapshot> fixture(String name) {
        Reader reader = new InputStreamReader(NetZeroTrackerImportTest.class.getResourceAsStream(name),
                StandardCharsets.UTF_8);
        return TargetFiles.read(reader, name);
    }

    @Test
    void every_row_of_an_export_is_accounted_for_in_exactly_one_count() {
        TargetSnapshot snapshot = fixture("nzt-sample.csv").value();
        TargetStatistics stats = snapshot.statistics();

        assertThat(stats.total()).isEqualTo(14);
        assertThat(stats.count(TargetCategory.NET_ZERO)).isEqualTo(4);
        assertThat(stats.count(TargetCategory.ZERO_CARBON)).isEqualTo(1);
        assertThat(stats.count(TargetCategory.CARBON_NEUTRAL)).isEqualTo(1);
        assertThat(stats.count(TargetCategory.CLIMATE_NEUTRAL)).isEqualTo(1);
        assertThat(stats.count(TargetCategory.BASELINE_REDUCTION)).isEqualTo(1);
        assertThat(stats.count(TargetCategory.ABSOLUTE_REDUCTION)).isEqualTo(1);
        assertThat(stats.count(TargetCategory.INTENSITY_REDUCTION)).isEqualTo(1);
        assertThat(stats.count(TargetCategory.OTHER)).isEqualTo(1);
        assertThat(stats.count(TargetCategory.NONE)).isEqualTo(1);
        assertThat(stats.unclassified()).as("an unknown and an empty label").isEqualTo(2);
        assertThat(stats.byCategory().values().stream().mapToInt(Integer::intValue).sum() + stats.unclassified())
                .isEqualTo(stats.total());
    }

    @Test
    void unknown_labels_are_reported_by_name_with_their_lines() {
        TargetSnapshot snapshot = fixture("nzt-sample.csv").value();

        assertThat(snapshot.unknownLabels()).containsExactly(
                new UnknownLabel("End_target", "Carbon zero-ish", List.of(16L)),
                new UnknownLabel("Status_of_end_target", "Under review", List.of(16L)));
        assertThat(snapshot.find("XKX").orElseThrow().category()).as("empty label").isNull();
    }

    @Test
    void a_multi_line_quoted_field_is_read_whole_and_later_lines_keep_their_numbers() {
        TargetSnapshot snapshot = fixture("nzt-sample.csv").value();
        TargetEntry usa = snapshot.find("USA").orElseThrow();

        assertThat(usa.notes().en()).isEqualTo("Reach net-zero emissions\nno later than 2050, economy-wide,\n\"all greenhouse gases\"");
        assertThat(usa.category()).isEqualTo(TargetCategory.NET_ZERO);
        assertThat(usa.targetYear()).isEqualTo(2050);
        assertThat(usa.status()).isEqualTo(TargetStatus.POLICY_DOCUMENT);
        assertThat(usa.gases()).isEqualTo(GasCoverage.ALL_GHG);
        assertThat(usa.interim().en()).isEqualTo("Emissions reduction target, 50% by 2030 vs 2005");
        assertThat(usa.name().zh()).as("Chinese name from the bundled snapshot").isEqualTo("美国");
    }

    @Test
    void labels_map_to_categories_gases_and_statuses_as_the_issue_lists() {
        for (String label : List.of("Net zero", "Net negative", "Carbon negative", "Climate positive")) {
            assertThat(NetZeroTrackerLabels.category(label)).as(label).contains(TargetCategory.NET_ZERO);
        }
        assertThat(NetZeroTrackerLabels.category("Zero emissions")).contains(TargetCategory.ZERO_CARBON);
        assertThat(NetZeroTrackerLabels.category("Carbon neutral(ity)")).contains(TargetCategory.CARBON_NEUTRAL);
        assertThat(NetZeroTrackerLabels.category("GHG neutral(ity)")).contains(TargetCategory.CLIMATE_NEUTRAL);
        assertThat(NetZeroTrackerLabels.category("Absolute emissions target")).contains(TargetCategory.ABSOLUTE_REDUCTION);
        assertThat(NetZeroTrackerLabels.category("1.5°C target")).contains(TargetCategory.OTHER);
        assertThat(NetZeroTrackerLabels.category("  no   TARGET ")).contains(TargetCategory.NONE);
        assertThat(NetZeroTrackerLabels.category("")).isEmpty();
        assertThat(NetZeroTrackerLabels.gases("Carbon dioxide only")).contains(GasCoverage.CO2);
        assertThat(NetZeroTrackerLabels.gases("Not Specified")).contains(GasCoverage.UNSPECIFIED);
        assertThat(NetZeroTrackerLabels.status("Achieved (self-declared)")).contains(TargetStatus.ACHIEVED_SELF_DECLARED);
    }

    @Test
    void bad_years_duplicate_codes_and_empty_codes_are_all_reported_with_line_field_and_value() {
        Parsed<TargetSnapshot> parsed = fixture("nzt-malformed.csv");

        assertThat(parsed.isValid()).isFalse();
        assertThat(parsed.problems()).extracting(p -> p.toText(Locale.ENGLISH)).containsExactly(
                "nzt-malformed.csv:5, field 'End_target_year': \"20x0\" is not a year (expected a four-digit year, 1850–2200)",
                "nzt-malformed.csv:6, field 'ID_Code': code \"USA\" already appears on line 2 (expected each code once)",
                "nzt-malformed.csv:7, field 'ID_Code': empty (a value is required)",
                "nzt-malformed.csv:8, field 'End_target_year': \"1700\" is not a year (expected a four-digit year, 1850–2200)",
                "nzt-malformed.csv:8, field 'Interim_target_year': \"2030.5\" is not a year (expected a four-digit year, 1850–2200)");
        assertThat(parsed.problems().get(0).toText(Locale.CHINESE))
                .isEqualTo("nzt-malformed.csv:5，字段 'End_target_year'：“20x0”不是年份（应为四位数年份，1850–2200）");
    }

    @Test
    void missing_columns_are_each_named_on_line_1() {
        Parsed<TargetSnapshot> parsed = fixture("nzt-missing-columns.csv");

        assertThat(parsed.problems()).extracting(Problem::line, Problem::field, Problem::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, "End_target_year", ProblemKind.MISSING_COLUMN.code()),
                org.assertj.core.groups.Tuple.tuple(1L, "Status_of_end_target", ProblemKind.MISSING_COLUMN.code()));
    }

    @Test
    void a_file_in_the_registry_format_reads_back_and_its_errors_are_named() {
        String csv = "code,name_zh,name_en,category,target_year\n"
                + "CHN,中国,China,carbon-neutral,2060\n"
                + "chn,中国,China,carbon-neutral,2060\n"
                + "USA,美国,United States,net-zeroish,2050\n"
                + "CHN,中国,China,net-zero,205\n";
        Parsed<TargetSnapshot> parsed = TargetFiles.read(new StringReader(csv), "mine.csv");

        assertThat(parsed.problems()).extracting(p -> p.line() + " " + p.field() + " " + p.key()).containsExactly(
                "3 code targets.not-a-code", "4 category targets.unknown-category", "5 code targets.duplicate-code",
                "5 target_year targets.not-a-year");
        assertThat(TargetFiles.read(new StringReader("code,name_zh,name_en,category\nCHN,中国,China,\n"), "ok.csv")
                .value().statistics().unclassified()).isEqualTo(1);
    }

    @Test
    void an_unrecognised_header_and_broken_quoting_are_clear_errors() {
        assertThat(TargetFiles.read(new StringReader("a,b\n1,2\n"), "x.csv").problems())
                .extracting(Problem::key).containsExactly(ProblemKind.UNKNOWN_FORMAT.code());
        assertThat(TargetFiles.read(new StringReader("code,name_zh,name_en,category\n\"CHN,中国,China,x\n"), "q.csv")
                .problems()).extracting(Problem::key).containsExactly(ProblemKind.MALFORMED_CSV.code());
    }
}
