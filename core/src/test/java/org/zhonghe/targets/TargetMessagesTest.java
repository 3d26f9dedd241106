package org.zhonghe.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class TargetMessagesTest {

    @Test
    void chinese_and_english_bundles_have_the_same_keys() {
        ResourceBundle zh = ResourceBundle.getBundle("org.zhonghe.targets.messages", Locale.CHINESE);
        ResourceBundle en = ResourceBundle.getBundle("org.zhonghe.targets.messages", Locale.ENGLISH);

        assertThat(zh.keySet()).isEqualTo(en.keySet());
        assertThat(zh.getString("category.net-zero")).isEqualTo("净零");
    }

    @Test
    void every_category_gas_status_peak_finding_and_problem_has_a_text_in_both_languages() {
        for (Locale locale : new Locale[] {Locale.CHINESE, Locale.ENGLISH}) {
            for (TargetCategory c : TargetCategory.values()) {
                assertThat(TargetMessages.text(locale, "category." + c.id())).isNotBlank();
            }
            for (GasCoverage g : GasCoverage.values()) {
                assertThat(TargetMessages.text(locale, "gases." + g.id())).isNotBlank();
            }
            for (TargetStatus s : TargetStatus.values()) {
                assertThat(TargetMessages.text(locale, "status." + s.id())).isNotBlank();
            }
            for (PeakStatus p : PeakStatus.values()) {
                assertThat(TargetMessages.text(locale, "peak." + p.name())).isNotBlank();
            }
            for (StatementFinding f : StatementFinding.values()) {
                assertThat(TargetMessages.text(locale, "finding." + f.name())).isNotBlank();
            }
            for (ProblemKind k : ProblemKind.values()) {
                assertThat(TargetMessages.text(locale, "problem." + k.key())).isNotBlank();
            }
        }
    }

    @Test
    void years_are_printed_without_digit_grouping() {
        assertThat(TargetMessages.format(Locale.ENGLISH, "trajectory.per-year", "25", 2060))
                .isEqualTo("25 per year until 2060");
    }
}
