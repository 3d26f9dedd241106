package org.zhonghe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
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
        assertThat(p.emissionsAndRemovalsOnly()).isTrue();
        assertThatThrownBy(() -> p.finish(BigDecimal.ONE)).isInstanceOf(IllegalStateException.class);
        assertThat(p.finish().totals().net()).isEqualByComparingTo("6");
        Assessment credited = Assessments.org("o").emit("CO2", "10 t", 1).offset("S", "4 t").build();
        PreparedClaim q = rules.prepare(credited, Concept.CARBON_NEUTRALITY, Profiles.ipcc());
        assertThat(q.emissionsAndRemovalsOnly()).isFalse();
        assertThatThrownBy(() -> q.outcome(1)).isInstanceOf(IllegalStateException.class);
    }

    /** {@link #ledger} with removals: kinds and declarations from {@code shape}, amounts from {@code amounts}. */
    private static Assessment withRemovals(long shape, long amounts, Concept concept, String profile) {
        return withRemovals(shape, shape, amounts, concept, profile);
    }

    /** As above, the removals' kinds and declarations from {@code removals} rather than {@code shape}. */
    private static Assessment withRemovals(long shape, long removals, long amounts, Concept concept, String profile) {
        Assessment emissions = ledger(shape, amounts, concept, profile);
        Random s = new Random(removals * 31 + 5);
        Random r = new Random(amounts * 17 + 3);
        Assessments a = Assessments.of("x", emissions.entity().type()).claim(concept).profile(profile)
                .metric(emissions.claim().metric());
        emissions.emissions().forEach(e -> a.emission(e.id(), e.gas(), e.amount().toPlainString() + " " + e.unit().symbol(),
                e.scope().number(), e.biogenic()));
        a.scopes(emissions.boundary().scopes().stream().map(org.zhonghe.assessment.Scope::number).toArray(Integer[]::new));
        int n = 1 + s.nextInt(4);
        for (int i = 0; i < n; i++) {
            var kinds = org.zhonghe.assessment.RemovalKind.values();
            String kind = kinds[s.nextInt(kinds.length)].id();
            String amount = BigDecimal.valueOf(r.nextInt(20_000_000), r.nextInt(4)).toPlainString() + " t";
            Boolean managed = s.nextInt(5) == 0 ? null : s.nextBoolean();
            org.zhonghe.assessment.Basis basis = s.nextInt(4) == 0 ? org.zhonghe.assessment.Basis.STOCK
                    : org.zhonghe.assessment.Basis.INCREMENT;
            Integer years = s.nextInt(4) == 0 ? null : new int[] {10, 100, 1000}[s.nextInt(3)];
            String lifecycle = s.nextBoolean() ? null : BigDecimal.valueOf(r.nextInt(1000)).toPlainString();
            a.removal(kind, amount, managed, basis, years, lifecycle, s.nextInt(6) != 0);
        }
        return a.build();
    }

    /**
     * Session 23: what batch keys an entity of emissions and removals by — its emissions' records and
     * the findings its counted removals lead to ({@link RemovalFindings}), never the removals
     * themselves — decides the outcome: ledgers of the same emissions whose counted removals lead
     * to the same findings have the same verdict and codes for each sign of the net, whatever their
     * other removals (rejected ones, other kinds, other amounts).
     */
    @Test
    void removals_reach_the_outcome_only_through_the_findings_of_the_counted_ones() {
        int checked = 0;
        for (long shape = 0; shape < 30; shape++) {
            for (Profile profile : Profiles.all()) {
                for (Concept concept : Concept.values()) {
                    java.util.Map<Integer, PreparedClaim> first = new java.util.HashMap<>();
                    for (long removals = 0; removals < 12; removals++) {
                        Assessment a = withRemovals(shape, removals, removals, concept, profile.id());
                        if (!rules.validate(a).isEmpty()) continue;
                        Evaluation whole = rules.evaluate(a, concept, profile);
                        int bits = 0;
                        for (RecordResult r : whole.records()) {
                            if (r.section() != Section.REMOVALS || !r.isCounted()) continue;
                            var removal = a.removals().stream().filter(x -> x.id().equals(r.id())).findFirst().orElseThrow();
                            bits |= RemovalFindings.of(removal.kind(), removal.lifecycleDeclared());
                        }
                        PreparedClaim p = first.computeIfAbsent(bits, b -> rules.prepare(a, concept, profile));
                        PreparedClaim.Outcome o = p.outcome(whole.totals().net().signum());
                        assertThat(o.verdict()).as("%s %s shape %d removals %d", concept, profile.id(), shape, removals)
                                .isEqualTo(whole.verdict());
                        assertThat(o.codes()).isEqualTo(whole.findings().stream().map(Finding::code).toList());
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(5_000);
    }

    /**
     * Session 23: batch prepares an entity of emissions and removals once per structure and writes
     * its amounts itself; for any amounts of the same records, the verdict and codes must be the
     * outcome of the net's sign. A rule that read a removal's amount would fail this.
     */
    @Test
    void the_outcome_of_emissions_and_removals_depends_on_their_amounts_only_through_the_nets_sign() {
        int checked = 0;
        int negative = 0;
        for (long shape = 0; shape < 40; shape++) {
            for (Profile profile : Profiles.all()) {
                for (Concept concept : Concept.values()) {
                    Assessment template = withRemovals(shape, 0, concept, profile.id());
                    if (!rules.validate(template).isEmpty()) continue;
                    PreparedClaim prepared = rules.prepare(template, concept, profile);
                    assertThat(prepared.emissionsAndRemovalsOnly()).isTrue();
                    for (long amounts = 1; amounts < 5; amounts++) {
                        Assessment other = withRemovals(shape, amounts, concept, profile.id());
                        if (!rules.validate(other).isEmpty()) continue;
                        Evaluation whole = rules.evaluate(other, concept, profile);
                        PreparedClaim.Outcome o = prepared.outcome(whole.totals().net().signum());
                        assertThat(o.verdict()).as("%s %s shape %d amounts %d", concept, profile.id(), shape, amounts)
                                .isEqualTo(whole.verdict());
                        assertThat(o.codes()).isEqualTo(whole.findings().stream().map(Finding::code).toList());
                        if (whole.totals().net().signum() < 0) negative++;
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(3_000);
        assertThat(negative).isGreaterThan(100);
    }

    /** {@link #withRemovals} with 0–3 credits whose every field comes from {@code credits}. */
    private static Assessment withCredits(long shape, long removals, long credits, Concept concept, String profile) {
        Assessment base = withRemovals(shape, removals, removals, concept, profile);
        Random c = new Random(credits * 13 + 7 + shape * 1_000_003);
        Assessments made = Assessments.of(base.entity().id(), base.entity().type());
        String[] serials = {"SER-1", "SER-２", "SER\u200B3", "SER–4", "VCS-9-Ο"}; // fullwidth, zero-width, en dash, Greek omicron
        String[] registries = {"CCER", "VCS", "GS", "Puro", "CN-ETS"};
        var types = org.zhonghe.assessment.CreditType.values();
        var kinds = org.zhonghe.assessment.RemovalKind.values();
        int n = c.nextInt(4);
        for (int i = 0; i < n; i++) {
            made.credit(x -> {
                x.registry(registries[c.nextInt(registries.length)])
                        .serial((c.nextBoolean() ? "SER-0" : serials[c.nextInt(serials.length)]) + "-" + c.nextInt(3))
                        .type(types[c.nextInt(types.length)]).vintage(2015 + c.nextInt(12))
                        .amount(BigDecimal.valueOf(c.nextInt(5_000_000), c.nextInt(4)).toPlainString() + " t");
                if (c.nextBoolean()) x.kind(kinds[c.nextInt(kinds.length)].id());
                if (c.nextInt(3) == 0) x.durabilityYears(new int[] {5, 100, 1000}[c.nextInt(3)]);
                if (c.nextInt(4) == 0) x.notRetired();
                if (c.nextInt(4) == 0) x.beneficiary("someone-else");
                if (c.nextBoolean()) x.verified();
                return x;
            });
        }
        return new Assessment(base.entity(), base.period(), base.boundary(), base.claim(), null, null, base.emissions(),
                base.removals(), made.build().credits(), List.of(), List.of(), base.otherEffects());
    }

    /**
     * Session 24: credits the concept does not admit for the entity are each rejected at check 1,
     * whatever their fields, and reach the outcome only through {@link CreditFindings}. So, as for
     * removals, ledgers of the same emissions whose counted removals and whose credits lead to the
     * same findings' bits have the same verdict and codes for each sign of the net, whatever their
     * credits' registries, types, kinds, vintages, amounts, retirement and beneficiaries, or their
     * number (none included). A rule that let such a credit count, or that read more of it, fails this.
     */
    @Test
    void credits_not_admitted_reach_the_outcome_only_through_their_findings_bits() {
        int checked = 0;
        int withCredits = 0;
        java.util.Set<Integer> bitsSeen = new java.util.HashSet<>();
        for (long shape = 0; shape < 30; shape++) {
            for (Profile profile : Profiles.all()) {
                for (Concept concept : Concept.values()) {
                    java.util.Map<Integer, PreparedClaim> first = new java.util.HashMap<>();
                    for (long variant = 0; variant < 10; variant++) {
                        Assessment a = withCredits(shape, variant, variant, concept, profile.id());
                        if (!rules.validate(a).isEmpty()) continue;
                        PreparedClaim own = rules.prepare(a, concept, profile);
                        if (!a.credits().isEmpty() && !own.creditsNotAdmitted()) break; // this concept admits them here
                        Evaluation whole = rules.evaluate(a, concept, profile);
                        int bits = 0;
                        for (RecordResult r : whole.records()) {
                            if (r.section() == Section.CREDITS) {
                                assertThat(r.reason()).isEqualTo(Reason.OFFSETS_NOT_ADMITTED);
                                assertThat(r.isCounted()).isFalse();
                            }
                            if (r.section() != Section.REMOVALS || !r.isCounted()) continue;
                            var removal = a.removals().stream().filter(x -> x.id().equals(r.id())).findFirst().orElseThrow();
                            bits |= RemovalFindings.of(removal.kind(), removal.lifecycleDeclared());
                        }
                        assertThat(whole.totals().credits()).isEqualByComparingTo("0");
                        int creditBits = 0;
                        for (var c : a.credits()) creditBits |= CreditFindings.of(c);
                        bitsSeen.add(creditBits);
                        PreparedClaim p = first.computeIfAbsent(bits << 2 | creditBits, b -> own);
                        PreparedClaim.Outcome o = p.outcome(whole.totals().net().signum());
                        assertThat(o.verdict()).as("%s %s shape %d variant %d", concept, profile.id(), shape, variant)
                                .isEqualTo(whole.verdict());
                        assertThat(o.codes()).as("%s %s shape %d variant %d", concept, profile.id(), shape, variant)
                                .isEqualTo(whole.findings().stream().map(Finding::code).toList());
                        if (!a.credits().isEmpty()) withCredits++;
                        checked++;
                    }
                }
            }
        }
        assertThat(withCredits).isGreaterThan(2_000);
        assertThat(bitsSeen).contains(0, CreditFindings.CONFUSABLE, CreditFindings.MISDECLARED,
                CreditFindings.CONFUSABLE | CreditFindings.MISDECLARED);
        assertThat(checked).isGreaterThan(withCredits);
    }
}
