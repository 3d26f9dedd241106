package org.zhonghe.targets;

import org.zhonghe.assessment.Problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.zhonghe.targets.AuditFinding.ACHIEVEMENT_SELF_DECLARED;
import static org.zhonghe.targets.AuditFinding.CO2_ONLY_UNDER_GHG_WORD;
import static org.zhonghe.targets.AuditFinding.GAS_COVERAGE_UNSPECIFIED;
import static org.zhonghe.targets.AuditFinding.LABEL_DIFFERS_FROM_WORDING;
import static org.zhonghe.targets.AuditFinding.MISLABELLED_TARGET;
import static org.zhonghe.targets.AuditFinding.NET_ZERO_RELIES_ON_OFFSETS;
import static org.zhonghe.targets.AuditFinding.VALUE_CHAIN_UNCOVERED;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetAuditTest {

    private static TrackerRow row(String id, String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("ID_Code", id);
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return new TrackerRow("t.csv", 3, EntityType.of("", id).orElse(null), values);
    }

    @Test
    void a_city_quoting_carbon_neutrality_filed_as_net_zero_is_the_papers_point() {
        AuditedEntity e = TargetAudit.audit(row("CIT-1", "End_target", "Net zero",
                "End_target_text", "The city will achieve carbon neutrality by 2050.", "GHGs_covered", "Not Specified"));

        assertThat(e.label()).isEqualTo(TargetCategory.NET_ZERO);
        assertThat(e.wording()).isEqualTo(TargetCategory.CARBON_NEUTRAL);
        assertThat(e.findings()).containsExactly(LABEL_DIFFERS_FROM_WORDING, GAS_COVERAGE_UNSPECIFIED);
    }

    @Test
    void net_zero_with_carbon_credits_relies_on_offsets() {
        assertThat(TargetAudit.audit(row("REG-1", "End_target", "Net zero", "Carbon_credits", "Yes")).findings())
                .containsExactly(NET_ZERO_RELIES_ON_OFFSETS);
        assertThat(TargetAudit.audit(row("REG-2", "End_target", "Carbon neutral(ity)", "Carbon_credits", "Yes")).findings())
                .as("carbon neutrality admits offsets (Table 3)").isEmpty();
    }

    @Test
    void a_ghg_word_over_co2_only_coverage_is_flagged() {
        assertThat(TargetAudit.audit(row("REG-1", "End_target", "Climate neutral",
                "GHGs_covered", "Carbon dioxide only")).findings()).containsExactly(CO2_ONLY_UNDER_GHG_WORD);
        assertThat(TargetAudit.audit(row("REG-2", "End_target", "Net zero", "GHGs_covered", "Carbon dioxide only",
                "End_target_text", "Net zero greenhouse gas emissions by 2050.")).findings())
                .containsExactly(CO2_ONLY_UNDER_GHG_WORD);
    }

    @Test
    void a_company_without_scope_3_is_at_most_level_1_while_a_city_is_not_asked() {
        assertThat(TargetAudit.audit(row("COM-1", "End_target", "Net zero", "Scope_3_coverage", "No")).findings())
                .containsExactly(VALUE_CHAIN_UNCOVERED);
        assertThat(TargetAudit.audit(row("COM-2", "End_target", "Net zero", "Scope_3_coverage", "Yes")).findings()).isEmpty();
        assertThat(TargetAudit.audit(row("CIT-3", "End_target", "Net zero", "Scope_3_coverage", "No")).findings()).isEmpty();
    }

    @Test
    void a_misused_word_and_a_self_declared_achievement_are_findings() {
        AuditedEntity e = TargetAudit.audit(row("CIT-1", "End_target", "Carbon neutral(ity)",
                "Status_of_end_target", "Achieved (self-declared)", "GHGs_covered", "Carbon dioxide and other GHGs",
                "End_target_text", "Carbon neutral by 2021, with net emissions at the 2005 level."));

        assertThat(e.findings()).containsExactly(MISLABELLED_TARGET, ACHIEVEMENT_SELF_DECLARED);
        assertThat(e.status()).isEqualTo(TargetStatus.ACHIEVED_SELF_DECLARED);
    }
}
