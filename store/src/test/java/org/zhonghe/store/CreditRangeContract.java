package org.zhonghe.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhonghe.check.Overrides;

/**
 * Issue 16 §4 {@code SERIAL_OVERLAP} across assessments and tenants: two credits whose units
 * overlap in one registry block are one credit to the ledger, a conflict like a repeated serial
 * (docs/credit-ledger.md §2), whatever the registry's serial grammar; adjacent ranges and other
 * blocks are not.
 */
abstract class CreditRangeContract extends StoreFixture {
    /** climate-action-reserve/retirements.csv:3's block (CAR1335, units 1 to 7275). */
    static final String CAR_BLOCK = "CAR-1-US-1335-31-983-KS-2025-9659-";
    Principal other;

    @BeforeEach
    void secondTenant() {
        other = principal(store.accounts().createTenant("other", false, admin));
    }

    private Evaluations.Stored claim(Principal p, String entity, String registry, String serial) {
        long id = store.assessments().importFile(p, Ledgers.eventOffsetBy(entity, registry, serial)).id();
        return Checking.evaluate(store, p, id, Overrides.NONE).stored();
    }

    @Test
    void overlapping_units_of_one_block_across_tenants_are_a_conflict_for_both_until_a_decision() throws Exception {
        Evaluations.Stored first = claim(admin, "a-2025", "CAR", CAR_BLOCK + "1 to 1000");
        assertThat(first.verdict()).isEqualTo("SUPPORTED");

        // another tenant, another spelling, units 500 to 1500: half of them are the first claim's
        Evaluations.Stored second = claim(other, "b-2025", "Climate Action Reserve", CAR_BLOCK.toLowerCase() + "500 TO 1500");
        assertThat(second.verdict()).isEqualTo("INDETERMINATE");
        assertThat(second.result()).contains("\"code\":\"CONFLICTING_CLAIM\"").doesNotContain("a-2025");
        assertThat(second.credits()).extracting(Evaluations.Hold::status).containsExactly("contested");
        assertThat(store.evaluations().get(admin, first.assessmentId(), first.id()).credits())
                .extracting(Evaluations.Hold::status).as("a conflict for both").containsExactly("contested");

        // a look-up of units inside both: claimed, contested, never by whom
        Credits.CreditStatus inside = store.credits().lookup(other, "CAR", CAR_BLOCK + "700 to 800");
        assertThat(inside.claimed()).isTrue();
        assertThat(inside.contested()).isTrue();
        assertThat(inside.assessmentId()).as("the caller's own claim").isEqualTo(second.assessmentId());
        assertThat(store.credits().lookup(other, "CAR", CAR_BLOCK + "1501 to 1600").claimed()).isFalse();

        // adjacent units and another block are other credits
        assertThat(claim(other, "c-2025", "CAR", CAR_BLOCK + "1501 to 2000").verdict()).isEqualTo("SUPPORTED");
        assertThat(claim(other, "d-2025", "CAR", "CAR-1-US-1335-31-983-KS-2025-9660-1 to 1000").verdict()).isEqualTo("SUPPORTED");

        // the operator sees both keys with both claimants, decides one: the other claim's overlapping hold is released
        List<Credits.Contest> open = store.credits().contests(admin);
        assertThat(open).hasSize(2).allSatisfy(c -> assertThat(c.claimants()).extracting(Credits.Claimant::assessmentId)
                .containsExactly(first.assessmentId(), second.assessmentId()));
        store.credits().decide(admin, "CAR", CAR_BLOCK + "1 to 1000", first.assessmentId(), "the registry names a-2025");
        assertThat(store.credits().contests(admin)).isEmpty();
        assertThat(store.evaluations().get(other, second.assessmentId(), second.id()).credits())
                .extracting(Evaluations.Hold::status).containsExactly("released:decision");
        assertThat(store.evaluations().get(admin, first.assessmentId(), first.id()).credits())
                .extracting(Evaluations.Hold::status).containsExactly("awarded");
        Evaluations.Stored lost = Checking.evaluate(store, other, second.assessmentId(), Overrides.NONE).stored();
        assertThat(lost.verdict()).isEqualTo("NOT_SUPPORTED");
        assertThat(lost.result()).contains("\"reason\":\"DOUBLE_COUNTED\"");
        assertThat(store.audit().list(other, 0, 3)).extracting(AuditLog.Entry::action).contains("credit.decide");
    }

    @Test
    void every_registry_grammar_with_units_finds_the_overlap_and_leaves_adjacent_units_alone() {
        String[][] cases = {
            // registry, the first claim, a claim overlapping it, a claim adjacent to both
            {"VCS", "19381-941412555-941441125-VCS-VCU-1310-VER-CN-13-3005-01012022-31102022-0",
                "19382-941441125-941450000-VCS-VCU-1310-VER-CN-13-3005-01012022-31102022-0",
                "19380-941400000-941412554-VCS-VCU-1310-VER-CN-13-3005-01012022-31102022-0"},
            {"Gold Standard", "GS1-1-KE-GS11603-16-2025-30256-110-5463", "gs1-1-ke-gs11603-16-2025-30256-5000-6000",
                "GS1-1-KE-GS11603-16-2025-30256-1-109"},
            {"ACR", "ACR-FR-1129-2025-2917-30932 to 35143", "ACR-FR-1129-2025-2917-35143 to 35200",
                "ACR-FR-1129-2025-2917-30000 to 30931"},
            {"ART", "ART-VCS-GY-1-2016-1-1 to 100", "ART-VCS-GY-1-2016-1-50 to 60", "ART-VCS-GY-1-2016-1-101 to 200"},
            {"EcoRegistry", "CDC_1_1_1_321_14_1_2009 4426 to 4971", "CDC_1_1_1_321_14_1_2009 4000-4426",
                "CDC_1_1_1_321_14_1_2009 4972 to 5000"},
        };
        int n = 0;
        for (String[] c : cases) {
            String what = c[0];
            assertThat(claim(admin, "x" + n, c[0], c[1]).verdict()).as(what + ": first").isEqualTo("SUPPORTED");
            assertThat(claim(other, "y" + n, c[0], c[2]).verdict()).as(what + ": overlapping").isEqualTo("INDETERMINATE");
            assertThat(claim(other, "z" + n, c[0], c[3]).verdict()).as(what + ": adjacent").isEqualTo("SUPPORTED");
            n++;
        }
        // a serial without a grammar here conflicts with the same serial only, as before
        assertThat(claim(admin, "p1", "CCER", "CCER-100-1 to 10").verdict()).isEqualTo("SUPPORTED");
        assertThat(claim(other, "p2", "CCER", "CCER-100-5 to 6").verdict()).isEqualTo("SUPPORTED");
    }

    @Test
    void two_evaluations_of_overlapping_units_at_once_see_each_other() throws Exception {
        for (int round = 0; round < 3; round++) {
            String block = "ACR-US-" + round + "-2024-7-";
            long a = store.assessments().importFile(admin, Ledgers.eventOffsetBy("ra-" + round, "ACR", block + "1 to 100")).id();
            long b = store.assessments().importFile(other, Ledgers.eventOffsetBy("rb-" + round, "acr", block + "100 to 200")).id();
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Callable<String>> both = List.of(
                        () -> { start.await(); return Checking.evaluate(store, admin, a, Overrides.NONE).stored().verdict(); },
                        () -> { start.await(); return Checking.evaluate(store, other, b, Overrides.NONE).stored().verdict(); });
                List<String> verdicts = new ArrayList<>();
                for (Future<String> f : pool.invokeAll(both)) verdicts.add(f.get());
                assertThat(verdicts).as("round " + round).containsExactlyInAnyOrder("SUPPORTED", "INDETERMINATE");
            } finally {
                pool.shutdown();
            }
            assertThat(count("SELECT COUNT(*) FROM credit_blocks WHERE block_key = '" + block.substring(0, block.length() - 1) + "'"))
                    .as("one lock row for the block").isEqualTo(1);
        }
    }

    @Test
    void credits_and_records_stored_before_the_migration_are_given_their_units_and_index() throws Exception {
        Evaluations.Stored first = claim(admin, "a-2025", "CAR", CAR_BLOCK + "1 to 1000");
        // as migration 12 found them: no block, no units, no lock row, no name index
        execute("UPDATE credit_keys SET block_key = NULL, first_unit = NULL, last_unit = NULL");
        execute("UPDATE credit_holds SET block_key = NULL, first_unit = NULL, last_unit = NULL");
        execute("DELETE FROM credit_blocks");
        execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('13', '14', '15')"); // a store before 13 lacks 14 and 15 too
        store.close();
        store = Store.open(store.url());
        assertThat(count("SELECT COUNT(*) FROM credit_holds WHERE block_key = '" + CAR_BLOCK.substring(0, CAR_BLOCK.length() - 1)
                + "' AND first_unit = 1 AND last_unit = 1000")).isEqualTo(1);
        Evaluations.Stored second = claim(other, "b-2025", "CAR", CAR_BLOCK + "1000 to 1001");
        assertThat(second.verdict()).isEqualTo("INDETERMINATE");
        assertThat(first.credits()).hasSize(1);
    }

    /**
     * Property: whatever ranges of one block two tenants claim, and whatever the order of
     * evaluations, withdrawals and decisions, no unit backs two claims' standing SUPPORTED
     * evaluations. Seeded, so a failure replays.
     */
    @Test
    void no_order_of_acts_lets_overlapping_units_back_two_supported_claims() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            java.util.Random random = new java.util.Random(seed);
            String block = "ACR-US-" + seed + "-2024-9-";
            List<Principal> tenants = List.of(admin, other);
            List<long[]> claims = new ArrayList<>(); // {tenant index, assessment id}
            for (int step = 0; step < 16; step++) {
                int act = step < 2 ? 0 : random.nextInt(5);
                if (act == 0 && claims.size() < 5) {
                    int t = random.nextInt(2);
                    int first = 1 + random.nextInt(20);
                    int last = first + random.nextInt(10);
                    long id = store.assessments().importFile(tenants.get(t), Ledgers.eventOffsetBy("r" + seed + "-" + step,
                            random.nextBoolean() ? "ACR" : "American Carbon Registry", block + first + " to " + last)).id();
                    claims.add(new long[] {t, id});
                    Checking.evaluate(store, tenants.get(t), id, Overrides.NONE);
                    continue;
                }
                long[] claim = claims.get(random.nextInt(claims.size()));
                Principal owner = tenants.get((int) claim[0]);
                try {
                    switch (act) {
                        case 0, 1, 2 -> Checking.evaluate(store, owner, claim[1], Overrides.NONE);
                        case 3 -> {
                            List<Evaluations.Stored> all = store.evaluations().list(owner, claim[1]);
                            if (!all.isEmpty()) store.credits().withdrawEvaluation(owner, claim[1],
                                    all.get(random.nextInt(all.size())).id(), "property test");
                        }
                        default -> {
                            List<Credits.Contest> open = store.credits().contests(admin);
                            if (!open.isEmpty()) {
                                Credits.Contest c = open.get(random.nextInt(open.size()));
                                store.credits().decide(admin, c.key().registry(), c.key().serial(),
                                        c.claimants().get(random.nextInt(c.claimants().size())).assessmentId(), "property test");
                            }
                        }
                    }
                } catch (StateConflict expected) {
                    // withdrawing what is withdrawn: refused, nothing changes
                }
                assertThat(count("SELECT COUNT(*) FROM credit_holds h1 JOIN evaluations e1 ON e1.id = h1.evaluation_id"
                        + " JOIN credit_holds h2 ON h2.registry_key = h1.registry_key AND h2.block_key = h1.block_key"
                        + " AND h2.assessment_id <> h1.assessment_id AND h2.first_unit <= h1.last_unit AND h1.first_unit <= h2.last_unit"
                        + " JOIN evaluations e2 ON e2.id = h2.evaluation_id"
                        + " WHERE e1.verdict = 'SUPPORTED' AND e2.verdict = 'SUPPORTED' AND e1.withdrawn_at IS NULL"
                        + " AND e2.withdrawn_at IS NULL AND h1.released_at IS NULL AND h2.released_at IS NULL"))
                        .as("seed " + seed + " step " + step + " act " + act + ": units backing two SUPPORTED claims").isZero();
            }
        }
        assertThat(count("SELECT COUNT(*) FROM evaluations WHERE verdict = 'INDETERMINATE'")).as("conflicts arose").isPositive();
    }
}
