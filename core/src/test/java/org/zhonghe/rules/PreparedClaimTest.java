package org.zhonghe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.zhonghe.Assessments;
import org.zhonghe.Concept;
import org.zhonghe.Metric;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.EntityType;
import org.zhonghe.rules.Profile;
import org.zhonghe.profiles.Profiles;

/**
 * The contract the batch engines rely on: a claim prepared on an assessment of emissions alone
 * finishes, given the counted total of another assessment with the same records but other
 * amounts (zero included), exactly as evaluating that assessment whole — verdict, findings and
 * totals — under every profile and concept.
 */
class PreparedClaimTest {
    private static final String[] GASES = {"CO2", "CO2", "CH4", "N2O", "HFC-134a", "CO2e", "SF6", "CH4-fossil", "CFC-11", "SO2"};
    private final ClaimEvaluator rules = ClaimEvaluator.standard();

    /** Records from {@code shape}, amounts from {@code amounts} (null: all zero). */
    private static Assessment ledger(long shape, Long amounts, Concept concept, String profile) {
        Random s = new Random(shape);
        Random r = amounts == null ? null : new Random(amounts);
        EntityType[] types = EntityType.values();
        Assessments a = Assessments.of("x", types[s.nextInt(types.length)]).claim(concept).profile(profile)
                .metric(s.nextBoolean() ? Metric.AR5_GWP100 : Metric.AR6_GWP100);
        if (s.nextInt(4) == 0) a.scopes(1, 2);
        if (s.nextInt(8) == 0) a.scopes(1);
        int n = s.nextInt(6);
        for (int i = 0; i < n; i++) {
            String amount = r == null ? "0" : BigDecimal.valueOf(r.nextInt(10_000_000), r.nextInt(4)).toPlainString();
            a.emission("e" + i, GASES[s.nextInt(GASES.length)], amount + (s.nextBoolean() ? " t" : " kg"), 1 + s.nextInt(3),
                    s.nextInt(6) == 0);
        }
        return a.build();
    }

    @Test
    void one_prepared_claim_finishes_every_ledger_of_the_same_records_as_evaluating_it_whole() {
        int checked = 0;
        for (long shape = 0; shape < 120; shape++) {
            for (Profile profile : Profiles.all()) {
                for (Concept concept : Concept.values()) {
                    Assessment template = ledger(shape, null, concept, profile.id());
                    if (!rules.validate(template).isEmpty()) continue; // e.g. biogenic CH4: never evaluated
                    PreparedClaim prepared = rules.prepare(template, concept, profile);
                    assertThat(prepared.emissionsOnly()).isTrue();
                    for (long amounts = 0; amounts < 3; amounts++) {
                        Evaluation whole = rules.evaluate(ledger(shape, amounts, concept, profile.id()), concept, profile);
                        PreparedClaim.Balance b = prepared.finish(whole.totals().emissions());
                        assertThat(b.verdict()).isEqualTo(whole.verdict());
                        assertThat(b.findings()).isEqualTo(whole.findings());
                        assertThat(b.totals().net()).isEqualByComparingTo(whole.totals().net());
                        assertThat(b.totals().emissions()).isEqualByComparingTo(whole.totals().emissions());
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(5_000);
    }

    /**
     * The batch engines ask {@link PreparedClaim#outcome} once per sign and write the total
     * themselves: for totals from 10⁻¹⁵ t to 10³⁰ t the verdict and codes must be the sign's, the
     * totals (total, 0, 0, 0). A rule that read the amount (a threshold) would fail this.
     */
    @Test
    void the_outcome_of_an_assessment_of_emissions_alone_depends_on_its_total_only_through_its_sign() {
        Random r = new Random(7);
        int checked = 0;
        for (long shape = 0; shape < 60; shape++) {
            for (Profile profile : Profiles.all()) {
                for (Concept concept : Concept.values()) {
                    Assessment template = ledger(shape, null, concept, profile.id());
                    if (!rules.validate(template).isEmpty()) continue;
                    PreparedClaim prepared = rules.prepare(template, concept, profile);
                    for (int i = 0; i < 8; i++) {
                        BigDecimal total = i == 0 ? BigDecimal.ZERO
                                : BigDecimal.valueOf(1 + r.nextInt(999_999_999), r.nextInt(46) - 30);
                        if (i == 1) total = total.negate();
                        PreparedClaim.Balance b = prepared.finish(total);
                        PreparedClaim.Outcome o = prepared.outcome(total.signum());
                        assertThat(o.verdict()).as("%s %s %s", concept, profile.id(), total).isEqualTo(b.verdict());
                        assertThat(o.codes()).isEqualTo(b.findings().stream().map(Finding::code).toList());
                        assertThat(b.totals().emissions()).isEqualByComparingTo(total);
                        assertThat(b.totals().net()).isEqualByComparingTo(total);
                        assertThat(b.totals().removals().signum() | b.totals().credits().signum()
                                | b.totals().otherEffects().signum()).isZero();
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(10_000);
    }

    /**
     * What batch reads of an entity evaluated whole (prepare, finish, results) is what
     * {@link ClaimEvaluator#evaluateValidated} gives — records, verdict, findings, totals — on
     * ledgers with removals, credits (a duplicated serial among them) and reductions, and the
     * records it reads cannot be changed.
     */
    @Test
    void prepare_finish_and_results_are_the_whole_evaluation_without_its_copies() {
        String[] kinds = {"afforestation", "forest-stock", "beccs", "daccs", "biochar", "soil-carbon"};
        int checked = 0;
        for (long shape = 0; shape < 40; shape++) {
            Random s = new Random(shape);
            for (Profile profile : Profiles.all()) {
                for (Concept concept : Concept.values()) {
                    Assessments b = Assessments.org("o").claim(concept).profile(profile.id())
                            .emit("CO2", (1 + s.nextInt(500)) + " t", 1).emit("CH4", s.nextInt(20) + " t", 2);
                    for (int i = s.nextInt(3); i > 0; i--) b.remove(kinds[s.nextInt(kinds.length)], (1 + s.nextInt(300)) + " t");
                    for (int i = s.nextInt(3); i > 0; i--) b.offset("CCER-" + s.nextInt(3), (1 + s.nextInt(200)) + " t");
                    if (s.nextInt(4) == 0) b.reduce("led", "5 t");
                    Assessment a = b.build();
                    if (!rules.validate(a).isEmpty()) continue;
                    Evaluation whole = rules.evaluateValidated(a, concept, profile);
                    PreparedClaim prepared = rules.prepare(a, concept, profile);
                    PreparedClaim.Balance balance = prepared.finish();
                    assertThat(prepared.results()).isEqualTo(whole.records());
                    assertThat(balance.verdict()).isEqualTo(whole.verdict());
                    assertThat(balance.findings()).isEqualTo(whole.findings());
                    assertThat(balance.totals()).isEqualTo(whole.totals());
                    assertThatThrownBy(() -> prepared.results().clear()).isInstanceOf(UnsupportedOperationException.class);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(1_000);
    }

    @Test
    void a_claim_with_anything_but_emissions_does_not_finish_with_other_amounts() {
        Assessment a = Assessments.org("o").emit("CO2", "10 t", 1).remove("afforestation", "4 t").build();
        PreparedClaim p = rules.prepare(a, Concept.CARBON_NEUTRALITY, Profiles.ipcc());
        assertThat(p.emissionsOnly()).isFalse();
        assertThatThrownBy(() -> p.finish(BigDecimal.ONE)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> p.outcome(1)).isInstanceOf(IllegalStateException.class);
        assertThat(p.finish().totals().net()).isEqualByComparingTo("6");
    }
}
