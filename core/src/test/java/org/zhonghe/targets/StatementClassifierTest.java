package org.zhonghe.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhonghe.targets.GasCoverage.ALL_GHG;
import static org.zhonghe.targets.GasCoverage.CO2;
import static org.zhonghe.targets.GasCoverage.UNSPECIFIED;
import static org.zhonghe.targets.StatementFinding.GAS_COVERAGE_UNSPECIFIED;
import static org.zhonghe.targets.StatementFinding.MISLABELLED_TARGET;
import static org.zhonghe.targets.TargetCategory.ABSOLUTE_REDUCTION;
import static org.zhonghe.targets.TargetCategory.BASELINE_REDUCTION;
import static org.zhonghe.targets.TargetCategory.CARBON_NEUTRAL;
import static org.zhonghe.targets.TargetCategory.CLIMATE_NEUTRAL;
import static org.zhonghe.targets.TargetCategory.INTENSITY_REDUCTION;
import static org.zhonghe.targets.TargetCategory.NET_ZERO;
import static org.zhonghe.targets.TargetCategory.NONE;
import static org.zhonghe.targets.TargetCategory.OTHER;
import static org.zhonghe.targets.TargetCategory.ZERO_CARBON;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StatementClassifierTest {

    /** One statement and everything the classifier must say about it. */
    record Case(String text, TargetCategory category, Integer year, GasCoverage gases, Integer peak,
                List<StatementFinding> findings) {
        @Override
        public String toString() {
            return text;
        }
    }

    private static Case of(String text, TargetCategory category, Integer year, GasCoverage gases, Integer peak,
                           StatementFinding... findings) {
        return new Case(text, category, year, gases, peak, List.of(findings));
    }

    static Stream<Case> statements() {
        return Stream.of(
                // China (Table 2, §4.3): the peak concerns CO2, the neutrality's gases are not stated
                of("2030年前碳达峰，2060年前碳中和", CARBON_NEUTRAL, 2060, UNSPECIFIED, 2030, GAS_COVERAGE_UNSPECIFIED),
                of("二氧化碳排放力争于2030年前达到峰值，努力争取2060年前实现碳中和", CARBON_NEUTRAL, 2060, UNSPECIFIED, 2030,
                        GAS_COVERAGE_UNSPECIFIED),
                of("China aims to peak CO2 emissions before 2030 and achieve carbon neutrality before 2060.",
                        CARBON_NEUTRAL, 2060, UNSPECIFIED, 2030, GAS_COVERAGE_UNSPECIFIED),
                of("２０６０年前实现碳中和", CARBON_NEUTRAL, 2060, UNSPECIFIED, null, GAS_COVERAGE_UNSPECIFIED),
                // United States, EU, India (Table 2)
                of("The United States will reach net-zero greenhouse gas emissions no later than 2050.",
                        NET_ZERO, 2050, ALL_GHG, null),
                of("美国不晚于2050年实现净零温室气体排放", NET_ZERO, 2050, ALL_GHG, null),
                of("欧盟到2050年实现气候中和", CLIMATE_NEUTRAL, 2050, ALL_GHG, null),
                of("The EU will be climate-neutral by 2050.", CLIMATE_NEUTRAL, 2050, ALL_GHG, null),
                of("印度到2070年实现净零排放", NET_ZERO, 2070, UNSPECIFIED, null, GAS_COVERAGE_UNSPECIFIED),
                of("India will achieve net zero emissions by 2070.", NET_ZERO, 2070, UNSPECIFIED, null,
                        GAS_COVERAGE_UNSPECIFIED),
                // the misuses of §3.1
                of("In its INDC of September 2015, Costa Rica committed to be carbon neutral by 2021, "
                        + "with total net emissions at the 2005 level.", CARBON_NEUTRAL, 2021, UNSPECIFIED, null,
                        MISLABELLED_TARGET, GAS_COVERAGE_UNSPECIFIED),
                of("哥斯达黎加2015年9月提交的国家自主贡献承诺2021年实现碳中和，总的净排放相比2005年持平",
                        CARBON_NEUTRAL, 2021, UNSPECIFIED, null, MISLABELLED_TARGET, GAS_COVERAGE_UNSPECIFIED),
                of("埃塞俄比亚2015年6月提出的INDC目标是在2025年前成为碳中和的中等收入国家，"
                        + "2030年净温室气体排放不超过1.45亿t二氧化碳当量", CARBON_NEUTRAL, 2025, ALL_GHG, null,
                        MISLABELLED_TARGET),
                of("Ethiopia's INDC of June 2015 aims to become a carbon-neutral middle-income country by 2025, "
                        + "with net greenhouse gas emissions not exceeding 145 Mt CO2e in 2030.",
                        CARBON_NEUTRAL, 2025, ALL_GHG, null, MISLABELLED_TARGET),
                // the other neutrality words and gas coverage of §3.1
                of("Ecuador aims for zero carbon by 2050.", ZERO_CARBON, 2050, UNSPECIFIED, null, GAS_COVERAGE_UNSPECIFIED),
                of("厄瓜多尔力争2050年实现零碳", ZERO_CARBON, 2050, UNSPECIFIED, null, GAS_COVERAGE_UNSPECIFIED),
                of("德国承诺2045年实现温室气体中和", CLIMATE_NEUTRAL, 2045, ALL_GHG, null),
                of("Argentina: carbon neutrality by 2050, covering carbon dioxide only.", CARBON_NEUTRAL, 2050, CO2, null),
                of("阿根廷承诺2050年实现碳中和，只包括二氧化碳排放", CARBON_NEUTRAL, 2050, CO2, null),
                of("乌克兰承诺2060年实现碳中和，覆盖各种温室气体", CARBON_NEUTRAL, 2060, ALL_GHG, null),
                of("South Africa targets net zero CO2 emissions by 2050.", NET_ZERO, 2050, CO2, null),
                // §4.3: naming methane is not covering all greenhouse gases
                of("Net-zero emissions by 2050, including methane.", NET_ZERO, 2050, UNSPECIFIED, null,
                        GAS_COVERAGE_UNSPECIFIED),
                of("Bhutan is carbon negative and will remain so.", NET_ZERO, null, UNSPECIFIED, null,
                        GAS_COVERAGE_UNSPECIFIED),
                // statements without a year
                of("We are committed to net zero.", NET_ZERO, null, UNSPECIFIED, null, GAS_COVERAGE_UNSPECIFIED),
                of("我国将努力实现碳中和", CARBON_NEUTRAL, null, UNSPECIFIED, null, GAS_COVERAGE_UNSPECIFIED),
                of("The city pledges to become climate neutral.", CLIMATE_NEUTRAL, null, ALL_GHG, null),
                // reductions (Table 1's lower rows)
                of("Kenya will reduce greenhouse gas emissions by 32% by 2030 relative to the business-as-usual scenario.",
                        BASELINE_REDUCTION, 2030, ALL_GHG, null),
                of("到2030年温室气体排放相对基准线情景减少30%", BASELINE_REDUCTION, 2030, ALL_GHG, null),
                of("Norway will cut emissions by at least 50% by 2030 compared to 1990 levels.",
                        ABSOLUTE_REDUCTION, 2030, UNSPECIFIED, null),
                of("到2030年温室气体排放比1990年减少55%", ABSOLUTE_REDUCTION, 2030, ALL_GHG, null),
                of("净温室气体排放相比2005年水平减排50%~52%", ABSOLUTE_REDUCTION, null, ALL_GHG, null),
                of("Tunisia will lower its carbon intensity by 45% by 2030 relative to 2010.",
                        INTENSITY_REDUCTION, 2030, UNSPECIFIED, null),
                of("到2030年单位国内生产总值二氧化碳排放比2005年下降65%以上", INTENSITY_REDUCTION, 2030, CO2, null),
                of("Mexico aims to decarbonise its economy by 2050.", OTHER, 2050, UNSPECIFIED, null),
                of("赞比亚提出减少人均温室气体排放", OTHER, null, ALL_GHG, null),
                of("Cuba requires each sector to reduce greenhouse gas emissions through national plans.",
                        OTHER, null, ALL_GHG, null),
                of("2030年前二氧化碳排放达峰", OTHER, null, UNSPECIFIED, 2030),
                of("Bolivia has not yet announced an emissions reduction target.", NONE, null, null, null),
                of("玻利维亚暂时未明确减排目标", NONE, null, null, null),
                of("", NONE, null, null, null));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("statements")
    void each_statement_is_classified_with_its_year_gases_peak_and_findings(Case c) {
        StatementClassification result = StatementClassifier.classify(c.text());

        assertThat(result.category()).as("category").isEqualTo(c.category());
        assertThat(result.targetYear()).as("target year").isEqualTo(c.year());
        assertThat(result.gases()).as("gases").isEqualTo(c.gases());
        assertThat(result.peakYear()).as("peak year").isEqualTo(c.peak());
        assertThat(result.findings()).as("findings").containsExactlyElementsOf(c.findings());
    }

    @Test
    void the_cases_cover_every_category_both_languages_both_misuses_and_statements_without_a_year() {
        List<Case> cases = statements().toList();
        Set<TargetCategory> covered = cases.stream().map(Case::category).collect(Collectors.toSet());
        assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
        assertThat(covered).isEqualTo(EnumSet.allOf(TargetCategory.class));
        for (TargetCategory category : TargetCategory.values()) {
            assertThat(cases.stream().filter(c -> c.category() == category).map(c -> isChinese(c.text())).distinct())
                    .as("languages for %s", category).contains(true);
        }
        assertThat(cases.stream().filter(c -> c.findings().contains(MISLABELLED_TARGET))).hasSize(4);
        assertThat(cases.stream().filter(c -> c.year() == null && c.category().isNeutrality())).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void a_neutrality_word_under_a_negation_does_not_count() {
        StatementClassification result = StatementClassifier.classify(
                "Kenya has no net zero target; it pledges a 32% cut below BAU by 2030.");

        assertThat(result.category()).isEqualTo(BASELINE_REDUCTION);
        assertThat(result.targetYear()).isEqualTo(2030);
    }

    private static boolean isChinese(String text) {
        return Arrays.stream(text.split("")).anyMatch(s -> s.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
    }
}
