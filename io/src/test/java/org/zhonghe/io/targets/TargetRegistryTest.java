package org.zhonghe.io.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.zhonghe.targets.*;

class TargetRegistryTest {

    /**
     * Table 1 of the paper, written out here from the paper's text (not read back from the shipped
     * file): the parties of each row, in the paper's order and spelling.
     */
    static final Map<TargetCategory, String> TABLE_1 = new LinkedHashMap<>();

    static {
        TABLE_1.put(TargetCategory.NET_ZERO, "阿富汗，安哥拉，亚美尼亚，安提瓜和巴布达，比利时，贝宁，布基纳法索，孟加拉国，巴哈马，伯利兹，"
                + "中非共和国，加拿大，瑞士，哥伦比亚，科摩罗，佛得角，哥斯达黎加，塞浦路斯，丹麦，多米尼加共和国，厄立特里亚，埃塞俄比亚，"
                + "斐济，法国，密克罗尼西亚，英国，几内亚，冈比亚，几内亚比绍，希腊，格林纳达，圭亚那，克罗地亚，海地，匈牙利，爱尔兰，牙买加，"
                + "日本，柬埔寨，基里巴斯，韩国，老挝，黎巴嫩，利比里亚，莱索托，立陶宛，卢森堡，拉脱维亚，摩纳哥，马达加斯加，马尔代夫，"
                + "马绍尔群岛，马里，缅甸，莫桑比克，毛里塔尼亚，毛里求斯，马拉维，纳米比亚，尼日尔，尼加拉瓜，尼泊尔，瑙鲁，新西兰，巴基斯坦，"
                + "秘鲁，帕劳，巴布亚新几内亚，卢旺达，塞内加尔，所罗门群岛，塞拉利昂，圣多美和普林西比，苏里南，斯洛伐克，瑞典，塞舌尔，乍得，"
                + "多哥，东帝汶，汤加，特立尼达和多巴哥，图瓦卢，乌干达，乌拉圭，美国，圣文森特和格林纳丁斯，瓦努阿图，萨摩亚，也门，南非，赞比亚，"
                + "阿联酋，澳大利亚，布隆迪，保加利亚，巴林，印度尼西亚，印度，以色列，哈萨克斯坦，尼日利亚，巴拿马，沙特，苏丹，索马里，泰国，"
                + "土耳其，坦桑尼亚，越南，新加坡，纽埃");
        TABLE_1.put(TargetCategory.ZERO_CARBON, "厄瓜多尔");
        TABLE_1.put(TargetCategory.CARBON_NEUTRAL, "中国，阿根廷，巴巴多斯，不丹，智利，冰岛，葡萄牙，安道尔，巴西，斯里兰卡，马来西亚，俄罗斯，乌克兰");
        TABLE_1.put(TargetCategory.CLIMATE_NEUTRAL, "奥地利，德国，西班牙，爱沙尼亚，意大利，芬兰，马耳他，斯洛维尼亚，欧盟，南苏丹");
        TABLE_1.put(TargetCategory.BASELINE_REDUCTION, "刚果（金），吉布提，圣卢西亚，喀麦隆，阿尔及利亚，约旦，肯尼亚，菲律宾，朝鲜，巴拉圭");
        TABLE_1.put(TargetCategory.ABSOLUTE_REDUCTION, "捷克，多米尼加，圣基茨和尼维斯，挪威，阿尔巴尼亚，阿塞拜疆，波黑，白俄罗斯，文莱，"
                + "格鲁吉亚，危地马拉，列支敦士登，摩尔多瓦，摩洛哥，马其顿，黑山，蒙古，荷兰，卡塔尔，罗马尼亚，圣马力诺，塞尔维亚，塔吉克斯坦，委内瑞拉");
        TABLE_1.put(TargetCategory.INTENSITY_REDUCTION, "乌兹别克斯坦，突尼斯");
        TABLE_1.put(TargetCategory.OTHER, "刚果（布），加蓬，墨西哥，津巴布韦，百慕大群岛，科特迪瓦，古巴，埃及，加纳，伊朗，伊拉克，"
                + "吉尔吉斯斯坦，巴勒斯坦，斯威士兰，土库曼斯坦");
        TABLE_1.put(TargetCategory.NONE, "玻利维亚，博茨瓦纳，开曼群岛，赤道几内亚，洪都拉斯，科威特，利比亚，萨尔瓦多，阿曼，波兰，叙利亚");
    }

    /** The counts printed in Table 1's last column. */
    static final Map<TargetCategory, Integer> TABLE_1_COUNTS = Map.of(
            TargetCategory.NET_ZERO, 112, TargetCategory.ZERO_CARBON, 1, TargetCategory.CARBON_NEUTRAL, 13,
            TargetCategory.CLIMATE_NEUTRAL, 10, TargetCategory.BASELINE_REDUCTION, 10,
            TargetCategory.ABSOLUTE_REDUCTION, 24, TargetCategory.INTENSITY_REDUCTION, 2, TargetCategory.OTHER, 15,
            TargetCategory.NONE, 11);

    private final TargetSnapshot snapshot = TargetRegistry.snapshot("2022-01");

    @Test
    void the_lists_written_out_here_have_exactly_the_counts_the_paper_prints() {
        TABLE_1.forEach((category, names) ->
                assertThat(names.split("，")).as(category.id()).hasSize(TABLE_1_COUNTS.get(category)));
    }

    @Test
    void every_party_of_table_1_is_in_the_snapshot_with_the_category_of_its_row() {
        List<String> seen = new ArrayList<>();
        TABLE_1.forEach((category, names) -> {
            for (String name : names.split("，")) {
                TargetEntry entry = snapshot.find(name).orElseThrow(() -> new AssertionError("missing " + name));
                assertThat(entry.category()).as(name).isEqualTo(category);
                seen.add(entry.code());
            }
        });
        assertThat(seen).doesNotHaveDuplicates().hasSize(198);
        assertThat(snapshot.entries()).extracting(TargetEntry::code).containsExactlyInAnyOrderElementsOf(seen);
    }

    @Test
    void the_statistics_reproduce_table_1() {
        TargetStatistics stats = snapshot.statistics();

        TABLE_1_COUNTS.forEach((category, count) -> assertThat(stats.count(category)).as(category.id()).isEqualTo(count));
        assertThat(stats.neutralityTargets()).isEqualTo(136);
        assertThat(stats.total()).isEqualTo(198);
        assertThat(stats.unclassified()).isZero();
        assertThat(stats.unknownLabels()).isEmpty();
    }

    @Test
    void look_alike_names_get_their_own_iso_codes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("多米尼加", "DMA");
        codes.put("多米尼加共和国", "DOM");
        codes.put("刚果（金）", "COD");
        codes.put("刚果（布）", "COG");
        codes.put("百慕大群岛", "BMU");
        codes.put("开曼群岛", "CYM");
        codes.put("巴勒斯坦", "PSE");
        codes.put("纽埃", "NIU");
        codes.put("朝鲜", "PRK");
        codes.put("韩国", "KOR");
        codes.put("斯威士兰", "SWZ");
        codes.put("马其顿", "MKD");
        codes.put("欧盟", "EUU");
        codes.put("几内亚", "GIN");
        codes.put("几内亚比绍", "GNB");
        codes.put("赤道几内亚", "GNQ");
        codes.put("巴布亚新几内亚", "PNG");
        codes.put("尼日尔", "NER");
        codes.put("尼日利亚", "NGA");
        codes.forEach((name, code) -> assertThat(snapshot.find(name)).as(name).get()
                .extracting(TargetEntry::code).isEqualTo(code));
        assertThat(snapshot.find("DMA").orElseThrow().name().en()).isEqualTo("Dominica");
        assertThat(snapshot.find("DOM").orElseThrow().name().en()).isEqualTo("Dominican Republic");
    }

    @Test
    void every_entry_has_a_three_letter_code_and_names_in_both_languages() {
        assertThat(snapshot.entries()).allSatisfy(e -> {
            assertThat(e.code()).matches("[A-Z]{3}");
            assertThat(e.name().zh()).isNotBlank();
            assertThat(e.name().en()).isNotBlank();
        });
    }

    @Test
    void table_2_gives_year_wording_and_status_for_china_the_us_the_eu_and_india() {
        assertEntry("CHN", TargetCategory.CARBON_NEUTRAL, 2060, TargetStatus.POLICY_DOCUMENT, GasCoverage.UNSPECIFIED, "碳中和");
        assertEntry("USA", TargetCategory.NET_ZERO, 2050, TargetStatus.POLICY_DOCUMENT, GasCoverage.ALL_GHG, "净零温室气体排放");
        assertEntry("EUU", TargetCategory.CLIMATE_NEUTRAL, 2050, TargetStatus.IN_LAW, GasCoverage.ALL_GHG, "气候中和");
        assertEntry("IND", TargetCategory.NET_ZERO, 2070, TargetStatus.LEADER_STATEMENT, GasCoverage.UNSPECIFIED, "净零排放");
        assertThat(snapshot.find("CHN").orElseThrow().interim().zh()).contains("2030年前碳达峰", "65%");
        assertThat(snapshot.find("USA").orElseThrow().interim().zh()).contains("50%~52%");
        assertThat(snapshot.find("EUU").orElseThrow().interim().zh()).contains("55%");
        assertThat(snapshot.find("IND").orElseThrow().interim().zh()).contains("33%~35%");
        assertThat(snapshot.find("EUU").orElseThrow().credits().en()).contains("not to use");
    }

    @Test
    void section_3_1_gas_coverage_and_caveats_are_recorded() {
        assertThat(snapshot.find("ZAF").orElseThrow().gases()).isEqualTo(GasCoverage.CO2);
        assertThat(snapshot.find("ARG").orElseThrow().gases()).isEqualTo(GasCoverage.CO2);
        assertThat(snapshot.find("UKR").orElseThrow().gases()).isEqualTo(GasCoverage.ALL_GHG);
        assertThat(snapshot.find("RUS").orElseThrow().gases()).isEqualTo(GasCoverage.UNSPECIFIED);
        assertThat(snapshot.find("GBR").orElseThrow().notes().en()).contains("overseas territories");
        assertThat(snapshot.find("CRI").orElseThrow().notes().zh()).contains("2015", "2021", "2005", "误用");
        assertThat(snapshot.find("ETH").orElseThrow().notes().zh()).contains("2015", "2025", "1.45亿t", "误用");
        assertThat(snapshot.find("JPN").orElseThrow().gases()).as("the paper says nothing about Japan's gases").isNull();
    }

    @Test
    void an_unknown_snapshot_is_refused_with_the_known_ones() {
        assertThat(TargetRegistry.find("2030-01")).isEmpty();
        assertThatThrownBy(() -> TargetRegistry.snapshot("2030-01")).hasMessageContaining("2022-01");
    }

    private void assertEntry(String code, TargetCategory category, int year, TargetStatus status, GasCoverage gases,
                             String wording) {
        TargetEntry e = snapshot.find(code).orElseThrow();
        assertThat(e.category()).as(code).isEqualTo(category);
        assertThat(e.targetYear()).as(code).isEqualTo(year);
        assertThat(e.status()).as(code).isEqualTo(status);
        assertThat(e.gases()).as(code).isEqualTo(gases);
        assertThat(e.wording().zh()).as(code).isEqualTo(wording);
    }
}
