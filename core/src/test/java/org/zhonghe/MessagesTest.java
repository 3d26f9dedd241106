package org.zhonghe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.zhonghe.rules.FindingCode;
import org.zhonghe.rules.Reason;
import org.zhonghe.rules.RecordStatus;
import org.zhonghe.rules.Verdict;

/** Every text a person reads exists in Chinese and English. */
class MessagesTest {
    private final Messages en = Messages.of(Locale.ENGLISH);
    private final Messages zh = Messages.of(Locale.CHINESE);

    @Test
    void every_reason_finding_status_verdict_and_concept_is_told_in_both_languages() {
        for (Messages m : new Messages[] {en, zh}) {
            for (Reason r : Reason.values()) assertThat(m.has("reason." + r)).as(r + " " + m.locale()).isTrue();
            for (FindingCode f : FindingCode.values()) assertThat(m.has("finding." + f)).as(f + " " + m.locale()).isTrue();
            for (RecordStatus s : RecordStatus.values()) assertThat(m.has("status." + s)).isTrue();
            for (Verdict v : Verdict.values()) assertThat(m.has("verdict.line." + v)).isTrue();
            for (org.zhonghe.assessment.RemovalKind k : org.zhonghe.assessment.RemovalKind.values()) {
                assertThat(m.has("removal.kind." + k.id())).as(k + " " + m.locale()).isTrue();
            }
            for (Concept c : Concept.values()) {
                assertThat(m.has("concept." + c.id() + ".name")).isTrue();
                assertThat(m.has("concept." + c.id() + ".definition")).isTrue();
            }
        }
    }

    @Test
    void both_bundles_have_the_same_keys() {
        ResourceBundle e = ResourceBundle.getBundle("org.zhonghe.messages", Locale.ENGLISH);
        ResourceBundle z = ResourceBundle.getBundle("org.zhonghe.messages", Locale.CHINESE);
        assertThat(z.keySet()).containsExactlyInAnyOrderElementsOf(e.keySet());
    }

    @Test
    void chinese_messages_are_chinese_and_arguments_are_filled_in() {
        assertThat(zh.get("reason.NATURAL_UPTAKE")).contains("自然吸收");
        assertThat(zh.get("finding.NET_NEGATIVE", "-37400")).contains("-37400").contains("净排放");
        assertThat(en.get("problem.gas.noValue", "CFC13", "SAR-GWP100")).contains("CFC13").contains("SAR-GWP100");
    }

    @Test
    void reasons_of_the_paper_cite_its_section() {
        for (Reason r : new Reason[] {Reason.NATURAL_UPTAKE, Reason.NOT_A_REMOVAL, Reason.NOT_INCREMENTAL,
                Reason.BIOGENIC_REPORTED_SEPARATELY, Reason.BEYOND_DIRECT_CONTROL, Reason.UNRECOGNIZED_METHOD}) {
            assertThat(en.get("reason." + r)).contains("§");
            assertThat(zh.get("reason." + r)).contains("§");
        }
    }
}
