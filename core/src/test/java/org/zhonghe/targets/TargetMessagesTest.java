package org.zhonghe.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.zhonghe.Messages;

/** The targets' texts are keys {@code targets.*} (and problems {@code problem.targets.*}) of core's one bundle. */
class TargetMessagesTest {

    @Test
    void every_category_gas_status_peak_finding_and_problem_has_a_text_in_both_languages() {
        for (Locale locale : new Locale[] {Locale.CHINESE, Locale.ENGLISH}) {
            Messages m = Messages.of(locale);
            for (TargetCategory c : TargetCategory.values()) {
                assertThat(m.plain("targets.category." + c.id())).isNotBlank();
            }
            for (GasCoverage g : GasCoverage.values()) {
                assertThat(m.plain("targets.gases." + g.id())).isNotBlank();
            }
            for (TargetStatus s : TargetStatus.values()) {
                assertThat(m.plain("targets.status." + s.id())).isNotBlank();
            }
            for (PeakStatus p : PeakStatus.values()) {
                assertThat(m.plain("targets.peak." + p.name())).isNotBlank();
            }
            for (StatementFinding f : StatementFinding.values()) {
                assertThat(m.plain("targets.finding." + f.name())).isNotBlank();
            }
            for (ProblemKind k : ProblemKind.values()) {
                assertThat(m.plain("problem." + k.code(), "v", "f", "d")).isNotBlank();
            }
        }
        assertThat(Messages.of(Locale.CHINESE).plain("targets.category.net-zero")).isEqualTo("净零");
    }

    @Test
    void years_are_printed_without_digit_grouping_and_apostrophes_once() {
        assertThat(Messages.of(Locale.ENGLISH).plain("targets.trajectory.per-year", "25", 2060))
                .isEqualTo("25 per year until 2060");
        assertThat(Messages.of(Locale.ENGLISH).plain("targets.audit.finding.LABEL_DIFFERS_FROM_WORDING"))
                .startsWith("The source's words");
    }

    @Test
    void a_targets_problem_prints_in_the_one_layout() {
        assertThat(ProblemKind.NOT_A_YEAR.at("nzt.csv", 17, "End_target_year", "20x0", "1850 to 2200")
                .toText(Locale.ENGLISH))
                .isEqualTo("nzt.csv:17, field 'End_target_year': \"20x0\" is not a year (expected a four-digit year, 1850 to 2200)");
        assertThat(ProblemKind.NOT_A_YEAR.at("nzt.csv", 17, "End_target_year", "20x0", "1850 至 2200")
                .toText(Locale.CHINESE))
                .isEqualTo("nzt.csv:17，字段 'End_target_year'：“20x0”不是年份（应为四位数年份，1850 至 2200）");
    }
}
