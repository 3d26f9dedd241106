package org.zhonghe.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zhonghe.check.Overrides;

/**
 * Issue 14 §1: a credit counts once. It stays held by the stored evaluation that relied on it;
 * only an explicit, audited act releases it; two claims on it are a conflict for both.
 */
abstract class CreditLedgerContract extends StoreFixture {
    /** The acts of the property test, weighted: import, evaluate, evaluate without offsets, edit, withdraw, decide. */
    private static final int[] ACTS = {0, 0, 1, 1, 1, 1, 2, 3, 4, 5};
    static final Overrides NO_OFFSETS = new Overrides("net-zero-co2", null, null, "query");
    Principal other;

    @BeforeEach
    void secondTenant() {
        other = principal(store.accounts().createTenant("other", false, admin));
    }

    String verdict(Principal p, long assessment) {
        return Checking.evaluate(store, p, assessment, Overrides.NONE).stored().verdict();
    }

    @Test
    void neither_re_evaluation_without_offsets_nor_an_edit_that_drops_the_credit_frees_it() {
        long mine = store.assessments().importFile(admin, Ledgers.eventOffsetBy("a-2024", "VCS", "VCS-42")).id();
        Evaluations.Stored first = Checking.evaluate(store, admin, mine, Overrides.NONE).stored();
        assertThat(first.verdict()).isEqualTo("SUPPORTED");
        Checking.evaluate(store, admin, mine, NO_OFFSETS);
        store.assessments().update(admin, mine, Ledgers.eventOffsetBy("a-2024", "GS", "GS-ELSE"));
        Checking.evaluate(store, admin, mine, Overrides.NONE);

        long theirs = store.assessments().importFile(other, Ledgers.eventOffsetBy("b-2024", "Verra", " vcs\u201342\u200B")).id();
        Checking.Evaluated second = Checking.evaluate(store, other, theirs, Overrides.NONE);
        assertThat(second.stored().verdict()).isEqualTo("INDETERMINATE");
        assertThat(second.stored().result()).contains("\"code\":\"CONFLICTING_CLAIM\"").doesNotContain("a-2024").doesNotContain("demo");
        assertThat(store.evaluations().get(admin, mine, first.id()).credits())
                .containsExactly(new Evaluations.Hold("VCS", "VCS-42", "contested"));
        assertThat(store.credits().lookup(admin, "VCS", "VCS-42").contested()).as("a conflict for both").isTrue();
    }

    @Test
    void withdrawing_the_evaluation_that_held_a_credit_releases_it_and_the_evaluation_shows_it() throws SQLException {
        long mine = store.assessments().importFile(admin, Ledgers.eventOffsetBy("a-2024", "GS", "GS-7")).id();
        long held = Checking.evaluate(store, admin, mine, Overrides.NONE).stored().id();
        long theirs = store.assessments().importFile(other, Ledgers.eventOffsetBy("b-2024", "Gold Standard", "gs-7")).id();
        assertThat(verdict(other, theirs)).isEqualTo("INDETERMINATE");

        Evaluations.Stored withdrawn = store.credits().withdrawEvaluation(admin, mine, held, "the credit was retired for b-2024");
        assertThat(withdrawn.withdrawn().reason()).isEqualTo("the credit was retired for b-2024");
        assertThat(withdrawn.withdrawn().by()).isEqualTo("admin");
        assertThat(withdrawn.credits()).extracting(Evaluations.Hold::status).containsExactly("released:withdrawn");
        assertThat(verdict(other, theirs)).isEqualTo("SUPPORTED");
        assertThat(store.audit().list(admin, 0, 1)).extracting(AuditLog.Entry::action).containsExactly("evaluation.withdraw");
        assertThat(count("SELECT COUNT(*) FROM credit_holds WHERE evaluation_id = " + held)).as("kept, marked released").isEqualTo(1);
        assertThatThrownBy(() -> store.credits().withdrawEvaluation(admin, mine, held, "again")).isInstanceOf(StateConflict.class);
        assertThatThrownBy(() -> store.credits().withdrawEvaluation(other, mine, held, "not theirs")).isInstanceOf(UnknownRecord.class);
        assertThatThrownBy(() -> store.credits().withdrawEvaluation(admin, mine, held, " ")).isInstanceOf(InvalidValue.class);
    }

    @Test
    void a_withdrawn_claim_releases_every_credit_and_is_no_longer_evaluated() {
        long mine = store.assessments().importFile(admin, Ledgers.eventOffsetBy("a-2024", "ACR", "ACR-1")).id();
        verdict(admin, mine);
        verdict(admin, mine);
        assertThat(store.credits().withdrawClaim(admin, mine, "claim dropped")).isEqualTo(2);
        assertThatThrownBy(() -> verdict(admin, mine)).isInstanceOf(StateConflict.class).hasMessageContaining("withdrawn");
        assertThat(store.evaluations().list(admin, mine)).allSatisfy(e -> assertThat(e.withdrawn()).isNotNull());
        long theirs = store.assessments().importFile(other, Ledgers.eventOffsetBy("b-2024", "American Carbon Registry", "acr-1")).id();
        assertThat(verdict(other, theirs)).isEqualTo("SUPPORTED");
    }

    @Test
    void the_operators_decision_settles_a_conflict_and_each_tenant_learns_only_its_own_side() {
        Principal third = principal(store.accounts().createTenant("third", false, admin));
        long a = store.assessments().importFile(other, Ledgers.eventOffsetBy("a-2024", "CAR", "CAR-9")).id();
        long b = store.assessments().importFile(third, Ledgers.eventOffsetBy("b-2024", "Climate Action Reserve", "car-9")).id();
        assertThat(List.of(verdict(other, a), verdict(third, b))).containsExactly("SUPPORTED", "INDETERMINATE");
        assertThat(store.credits().contests(admin)).singleElement().satisfies(c ->
                assertThat(c.claimants()).extracting(Credits.Claimant::tenant).containsExactly("other", "third"));
        assertThatThrownBy(() -> store.credits().contests(other)).as("not the operator").isInstanceOf(UnknownRecord.class);
        assertThatThrownBy(() -> store.credits().decide(other, "CAR", "CAR-9", a, "mine")).isInstanceOf(UnknownRecord.class);

        store.credits().decide(admin, "car", "CAR-9", b, "the registry names b-2024 as beneficiary");
        assertThat(verdict(third, b)).isEqualTo("SUPPORTED");
        Checking.Evaluated lost = Checking.evaluate(store, other, a, Overrides.NONE);
        assertThat(lost.stored().verdict()).isEqualTo("NOT_SUPPORTED");
        assertThat(lost.stored().result()).contains("\"reason\":\"DOUBLE_COUNTED\"");
        assertThat(store.credits().contests(admin)).isEmpty();
        assertThat(store.audit().list(admin, 0, 1).get(0).detail()).contains("other/" + a, "third/" + b);
        AuditLog.Entry told = store.audit().list(other, 0, 5).stream().filter(e -> e.action().equals("credit.decide")).findFirst().orElseThrow();
        assertThat(told.target()).isEqualTo("credit CAR CAR-9");
        assertThat(told.detail()).contains("awarded to another claim").doesNotContain("third").doesNotContain("b-2024");
    }

    @Test
    void a_look_up_compares_by_the_canonical_key_and_is_written_to_the_audit_log() {
        long mine = store.assessments().importFile(admin, Ledgers.eventOffsetBy("a-2024", "Isometric", "ISO-1-2")).id();
        verdict(admin, mine);
        Credits.CreditStatus theirs = store.credits().lookup(other, "isometric ", "iso\u20131\u20142");
        assertThat(theirs.claimed()).isTrue();
        assertThat(theirs.assessmentId()).as("never who").isNull();
        assertThat(store.credits().lookup(admin, "Isometric", "ISO-1-2").assessmentId()).isEqualTo(mine);
        assertThat(store.credits().lookup(other, "Isometric", "ISO-1-3").claimed()).isFalse();
        assertThat(store.audit().list(other, 0, 2)).extracting(AuditLog.Entry::action, AuditLog.Entry::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("credit.lookup", "credit ISOMETRIC ISO-1-3"),
                        org.assertj.core.groups.Tuple.tuple("credit.lookup", "credit ISOMETRIC ISO-1-2"));
    }

    /**
     * Property: whatever the spellings of one credit and the order of imports, evaluations (with
     * and without offsets), edits, withdrawals and decisions across two tenants, no credit backs
     * two claims' standing SUPPORTED evaluations. Seeded, so a failure replays.
     */
    @Test
    void no_spelling_or_order_of_acts_lets_one_credit_back_two_supported_claims() throws SQLException {
        for (long seed = 1; seed <= 3; seed++) {
            java.util.Random random = new java.util.Random(seed);
            String serial = "VCS-VCU-" + seed + "0042";
            List<Principal> tenants = List.of(admin, other);
            List<long[]> claims = new java.util.ArrayList<>(); // {tenant index, assessment id}
            for (int step = 0; step < 14; step++) {
                int t = step < 2 ? step : random.nextInt(2);
                Principal p = tenants.get(t);
                int act = step < 2 ? 0 : ACTS[random.nextInt(ACTS.length)];
                String desc = "seed " + seed + " step " + step + " act " + act;
                if (act == 0 && claims.size() < 4) {
                    String entity = "p" + seed + "-" + step;
                    long id = store.assessments().importFile(p, Ledgers.eventOffsetBy(entity, Spellings.registry(random),
                            Spellings.serial(random, serial))).id();
                    claims.add(new long[] {t, id});
                } else {
                    long[] claim = claims.get(random.nextInt(claims.size()));
                    Principal owner = tenants.get((int) claim[0]);
                    try {
                        switch (act) {
                            case 1, 0 -> Checking.evaluate(store, owner, claim[1], Overrides.NONE);
                            case 2 -> Checking.evaluate(store, owner, claim[1], NO_OFFSETS);
                            case 3 -> store.assessments().update(owner, claim[1], random.nextBoolean()
                                    ? Ledgers.eventOffsetBy("p" + seed + "-e" + step, "GS", "GS-ELSE-" + step)
                                    : Ledgers.eventOffsetBy("p" + seed + "-e" + step, Spellings.registry(random), Spellings.serial(random, serial)));
                            case 4 -> {
                                List<Evaluations.Stored> all = store.evaluations().list(owner, claim[1]);
                                if (!all.isEmpty()) store.credits().withdrawEvaluation(owner, claim[1],
                                        all.get(random.nextInt(all.size())).id(), "property test");
                            }
                            default -> {
                                List<Credits.Contest> open = store.credits().contests(admin);
                                if (!open.isEmpty()) {
                                    Credits.Contest c = open.get(0);
                                    store.credits().decide(admin, c.key().registry(), c.key().serial(),
                                            c.claimants().get(random.nextInt(c.claimants().size())).assessmentId(), "property test");
                                }
                            }
                        }
                    } catch (StateConflict expected) {
                        // withdrawing what is withdrawn, evaluating a withdrawn claim: refused, nothing changes
                    }
                }
                assertThat(count("SELECT COUNT(DISTINCT serial_key) FROM credit_keys WHERE registry_key = 'VERRA'"
                        + " AND serial_key LIKE 'VCS-VCU-" + seed + "%'")).as(desc + ": one key for every spelling").isLessThanOrEqualTo(1);
                assertThat(count("SELECT COUNT(DISTINCT e.assessment_id) FROM evaluations e JOIN credit_holds h ON h.evaluation_id = e.id"
                        + " WHERE e.verdict = 'SUPPORTED' AND e.withdrawn_at IS NULL AND h.released_at IS NULL"
                        + " AND h.registry_key = 'VERRA' AND h.serial_key = '" + serial + "'")).as(desc + ": claims whose standing SUPPORTED evaluation it backs")
                        .isLessThanOrEqualTo(1);
            }
        }
    }
}
