package org.zhonghe.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The report of an assessment with activity data says how each tonne was computed, in zh and en. */
class DerivationSectionTest {

    @Test
    void the_english_report_shows_each_derivation_and_both_scope_2_totals() {
        String html = Examples.load("activities-electricity-market").html(Locale.ENGLISH);
        assertThat(html).contains("How each tonne was computed")
                .contains("(10000 MWh − 4000 MWh [GEC-2022-44010000001, GEC-2022-44010000002]) × 0.5703 t CO2/MWh"
                        + " [cn-mee-grid CN/2022/CO2] = 3421.8 t CO2")
                .contains("location-based 5,703 t CO2, market-based 3,421.8 t CO2; the claim uses market-based")
                .contains("never a removal");
    }

    @Test
    void the_chinese_report_says_it_in_chinese_with_the_same_arithmetic() {
        String html = Examples.load("activities-fuel-combustion").html(Locale.CHINESE);
        assertThat(html).contains("每吨如何算得").contains("排放因子集：ipcc-2006")
                .contains("1000 t × 0.001 Gg/t × 43.0 TJ/Gg [ipcc-2006 ncv/gas-diesel-oil] × 74100 kg/TJ"
                        + " [ipcc-2006 energy/gas-diesel-oil/CO2] × 0.001 t/kg = 3186.3 t CO2");
    }

    @Test
    void a_report_without_activities_has_no_such_section() {
        assertThat(Examples.load("steel-level1-wind-as-removal").html(Locale.ENGLISH))
                .doesNotContain("How each tonne was computed");
    }
}
