package org.zhonghe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;


import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.zhonghe.Assessments;
import org.zhonghe.Concept;
import org.zhonghe.MassUnit;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Credit;
import org.zhonghe.assessment.Emission;
import org.zhonghe.assessment.Removal;
import org.zhonghe.profiles.Profiles;

/**
 * Totals are exact and do not depend on record order, on how a ledger is split, or on the unit
 * it is written in (rules.md §7).
 */
class ArithmeticPropertiesTest {
    private static final String[] GASES = {"CO2", "CH4", "N2O", "HFC-134a", "CO2e", "SF6", "CH4-fossil"};
    private static final String[] KINDS = {"afforestation", "daccs", "wind-power", "biochar", "crop-biomass"};
    private final ClaimEvaluator rules = ClaimEvaluator.standard();

    /** A random ledger from a seed: amounts with up to 3 decimals, mixed units, duplicate serials of equal size. */
    private Assessment ledger(long seed, int size) {
        Random r = new Random(seed);
        Assessments a = Assessments.org("p").scopes(1, 2);
        for (int i = 0; i < size; i++) {
            String amount = BigDecimal.valueOf(r.nextInt(1_000_000), r.nextInt(4)).toPlainString();
            String unit = r.nextBoolean() ? "t" : "kg";
            a.emission("e" + i, GASES[r.nextInt(GASES.length)], amount + " " + unit, 1 + r.nextInt(3), false);
            if (i % 3 == 0) a.remove(KINDS[r.nextInt(KINDS.length)], amount + " " + unit);
            if (i % 4 == 0) a.offset("S" + r.nextInt(size), "10.5 t");
        }
        return a.build();
    }

    private Totals totals(Assessment a, Concept c) {
        return rules.evaluate(a, c, Profiles.ipcc()).totals();
    }

    private static Assessment withRecords(Assessment a, List<Emission> e, List<Removal> r, List<Credit> c) {
        return new Assessment(a.entity(), a.period(), a.boundary(), a.claim(), a.baseline(), a.plan(), e, r, c,
                a.reductions(), a.history(), a.otherEffects());
    }

    @Test
    void totals_do_not_depend_on_the_order_of_records() {
        qt().withExamples(60).forAll(integers().all(), integers().between(1, 40)).checkAssert((seed, size) -> {
            Assessment a = ledger(seed, size);
            Random shuffle = new Random(seed * 31L);
            List<Emission> e = new ArrayList<>(a.emissions());
            List<Removal> r = new ArrayList<>(a.removals());
            List<Credit> c = new ArrayList<>(a.credits());
            Collections.shuffle(e, shuffle);
            Collections.shuffle(r, shuffle);
            Collections.shuffle(c, shuffle);
            for (Concept concept : Concept.values()) {
                assertThat(totals(withRecords(a, e, r, c), concept)).isEqualTo(totals(a, concept));
            }
        });
    }

    @Test
    void totals_of_a_ledger_are_the_sums_of_its_parts() {
        qt().withExamples(60).forAll(integers().all(), integers().between(2, 40), integers().between(1, 39))
                .checkAssert((seed, size, cut) -> {
                    Assessment a = ledger(seed, size);
                    int k = Math.min(cut, a.emissions().size() - 1);
                    Assessment head = withRecords(a, a.emissions().subList(0, k), a.removals(), a.credits());
                    Assessment tail = withRecords(a, a.emissions().subList(k, a.emissions().size()), List.of(), List.of());
                    Totals whole = totals(a, Concept.GHG_NEUTRALITY);
                    BigDecimal parts = totals(head, Concept.GHG_NEUTRALITY).emissions()
                            .add(totals(tail, Concept.GHG_NEUTRALITY).emissions());
                    assertThat(parts).isEqualByComparingTo(whole.emissions());
                });
    }

    @Test
    void a_ledger_in_kg_equals_the_same_ledger_in_tonnes() {
        qt().withExamples(60).forAll(integers().all(), integers().between(1, 30)).checkAssert((seed, size) -> {
            Assessment a = ledger(seed, size);
            List<Emission> inKg = a.emissions().stream().map(x -> new Emission(x.id(), x.gas(),
                    x.tonnes().movePointRight(3), MassUnit.KG, x.scope(), x.biogenic(), x.source(), x.origin())).toList();
            Assessment b = withRecords(a, inKg, a.removals(), a.credits());
            for (Concept concept : Concept.values()) {
                assertThat(totals(b, concept)).isEqualTo(totals(a, concept));
            }
        });
    }

    @Test
    void a_tenth_of_a_tonne_plus_200_kg_minus_three_tenths_nets_to_exactly_zero() {
        Assessment a = Assessments.org("x").emit("CO2", "0.1 t", 1).emit("CO2", "200 kg", 1)
                .remove("daccs", "0.3 t").build();
        Totals t = totals(a, Concept.NET_ZERO_CO2);
        assertThat(t.net().signum()).isZero();
        assertThat(t.emissions().toPlainString()).isEqualTo("0.3");
        assertThat(rules.evaluate(a, Concept.NET_ZERO_CO2, Profiles.ipcc()).verdict()).isEqualTo(Verdict.SUPPORTED);
    }
}
