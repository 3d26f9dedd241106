package org.zhonghe.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.zhonghe.Assessments;
import org.zhonghe.Concept;
import org.zhonghe.GwpTable;
import org.zhonghe.profiles.Profiles;

/** Credits compared by their canonical key (issue 14 §1): spelling does not count a credit twice. */
class CreditKeyRulesTest {
    private final ClaimEvaluator rules = ClaimEvaluator.standard();

    private Evaluation evaluate(Assessments a) {
        return rules.evaluate(a.build(), Concept.CARBON_NEUTRALITY, Profiles.ipcc());
    }

    @Test
    void a_serial_spelt_another_way_in_one_file_is_double_counted() {
        Evaluation e = evaluate(Assessments.org("acme").emit("CO2", "150 t", 1)
                .credit(c -> c.registry("Verra").serial("VCS-0001").amount("100 t"))
                .credit(c -> c.registry("vcs ").serial("vcs\u2013０００１\u200B").amount("100 t")));
        assertThat(e.records().stream().filter(r -> r.section() == Section.CREDITS))
                .extracting(RecordResult::reason).containsExactly(null, Reason.DOUBLE_COUNTED);
        assertThat(e.verdict()).isEqualTo(Verdict.NOT_SUPPORTED);
        Finding warning = e.findings().stream().filter(f -> f.code() == FindingCode.SERIAL_CONFUSABLE_CHARACTERS).findFirst().orElseThrow();
        assertThat(warning.records()).containsExactly("c2");
        assertThat(warning.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void copies_spelt_differently_with_different_amounts_conflict() {
        Evaluation e = evaluate(Assessments.org("acme").emit("CO2", "50 t", 1)
                .credit(c -> c.registry("GS").serial("GS1-1-2").amount("100 t"))
                .credit(c -> c.registry("Gold Standard").serial("gs1\u20101\u20102").amount("90 t")));
        assertThat(e.verdict()).isEqualTo(Verdict.INDETERMINATE);
        assertThat(e.has(FindingCode.CONFLICTING_DUPLICATE_SERIAL)).isTrue();
    }

    @Test
    void plain_serials_raise_no_warning() {
        assertThat(evaluate(Assessments.org("acme").emit("CO2", "50 t", 1).offset("S1", "100 t"))
                .has(FindingCode.SERIAL_CONFUSABLE_CHARACTERS)).isFalse();
    }

    @Test
    void a_credit_another_assessment_relies_on_is_a_conflicting_claim() {
        SerialLedger ledger = new SerialLedger() {
            @Override
            public boolean isCountedElsewhere(String registry, String serial) {
                return false;
            }

            @Override
            public boolean isContested(String registry, String serial) {
                return serial.equals("HELD");
            }
        };
        Evaluation e = new ClaimEvaluator(GwpTable.bundled(), ledger).evaluate(
                Assessments.org("acme").emit("CO2", "50 t", 1).offset("HELD", "100 t").offset("FREE", "1 t").build(),
                Concept.CARBON_NEUTRALITY, Profiles.ipcc());
        assertThat(e.verdict()).isEqualTo(Verdict.INDETERMINATE);
        Finding f = e.findings().stream().filter(x -> x.code() == FindingCode.CONFLICTING_CLAIM).findFirst().orElseThrow();
        assertThat(f.records()).containsExactly("c1");
        assertThat(f.args()).containsExactly("CCER HELD");
        assertThat(List.of(f.severity(), f.effect())).containsExactly(Severity.ERROR, Effect.INDETERMINATE);
    }
}
