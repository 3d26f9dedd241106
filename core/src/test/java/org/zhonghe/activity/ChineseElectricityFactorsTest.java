package org.zhonghe.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhonghe.activity.Activities.electricity;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * China's published electricity factors, each worked by hand from its notice: the carbon market's
 * 全国电网平均排放因子 ({@code cn-mee-grid}) and the MEE/NBS 电力二氧化碳排放因子
 * ({@code cn-mee-nbs-electricity}; national, regional, without market-traded non-fossil power,
 * fossil power).
 */
class ChineseElectricityFactorsTest {
    private final ActivityCalculator calc = ActivityCalculator.builtIn();

    @ParameterizedTest(name = "{0} {1} {2}: 1000 MWh → {3} t CO2")
    @CsvSource({
            // 环办气候函〔2022〕111号: 0.5810 t/MWh; 〔2023〕43号: 0.5703
            "cn-mee-grid, CN, 2021, 581.0, CN/2021/CO2",
            "cn-mee-grid, CN, 2022, 570.3, CN/2022/CO2",
            // 公告2024年第12号 (2021): 0.5568 kg/kWh; the 2022 notice: 0.5366; the 2023 notice: 0.5306
            "cn-mee-nbs-electricity, CN, 2021, 556.8, CN/2021/CO2",
            "cn-mee-nbs-electricity, CN, 2022, 536.6, CN/2022/CO2",
            "cn-mee-nbs-electricity, CN, 2023, 530.6, CN/2023/CO2",
            // 2023 regional averages: 华东 0.5500, 西南 0.2472
            "cn-mee-nbs-electricity, CN-EAST, 2023, 550.0, CN-EAST/2023/CO2",
            "cn-mee-nbs-electricity, CN-SOUTHWEST, 2023, 247.2, CN-SOUTHWEST/2023/CO2",
            // without market-traded non-fossil power 2023: 0.6096; fossil power 2021: 0.8426
            "cn-mee-nbs-electricity, CN-EXCL-MARKET-NONFOSSIL, 2023, 609.6, CN-EXCL-MARKET-NONFOSSIL/2023/CO2",
            "cn-mee-nbs-electricity, CN-FOSSIL, 2021, 842.6, CN-FOSSIL/2021/CO2"})
    void a_thousand_megawatt_hours_at_the_published_factor(String set, String grid, int year, String tonnes,
                                                           String factorId) {
        var r = calc.compute(List.of(electricity("power", grid, year, "1000", "MWh")), List.of(set),
                Scope2Method.LOCATION, year);
        assertThat(r.problems()).isEmpty();
        var e = r.inventory().emissions().get(0);
        assertThat(e.tonnes()).isEqualByComparingTo(new BigDecimal(tonnes));
        assertThat(e.derivation()).contains("[" + set + " " + factorId + "]");
    }

    @ParameterizedTest(name = "{0} has no {1} {2}")
    @CsvSource({"cn-mee-grid, CN, 2023", "cn-mee-nbs-electricity, CN-EAST, 2022", "cn-mee-nbs-electricity, CN, 2020"})
    void a_year_or_grid_not_published_is_a_problem_naming_the_years_there_are(String set, String grid, int year) {
        var r = calc.compute(List.of(electricity("power", grid, year, "1000", "MWh")), List.of(set),
                Scope2Method.LOCATION, year);
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.key()).startsWith("activity.noFactor"));
    }
}
