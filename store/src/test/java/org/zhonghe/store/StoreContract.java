package org.zhonghe.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.zhonghe.check.Overrides;

/**
 * The storage contract: one class of tests, run against embedded H2 ({@link H2StoreTest}) and
 * against a real PostgreSQL ({@link PostgresStoreTest}: {@code ZHONGHE_TEST_PG_URL}; with
 * {@code ZHONGHE_REQUIRE_PG=1} its absence fails).
 */
abstract class StoreContract extends StoreFixture {
    @Test
    void the_first_start_creates_the_demo_tenant_with_an_admin_and_later_starts_create_nothing() {
        assertThat(admin.tenant()).isEqualTo("demo");
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.operator()).isTrue();
        assertThat(store.initialize(List.of())).isEmpty();
    }

    /**
     * H2 2.4.240 refused every insert into a table with a {@code CHECK (… IN …)} once the session
     * that created the constraint had closed ({@code Check constraint invalid}): after the pool's
     * idle timeout, no user or tenant could be created until a restart. Another connection stays
     * open meanwhile, as in a running server: with every connection closed, H2 closes the database
     * and reopens it (a restart), and the test passed on 2.4.240 too; so held, it fails there with
     * {@code CONSTRAINT_4D4} ({@code -Dh2.version=2.4.240}).
     */
    @Test
    void users_and_tenants_are_created_after_the_pool_has_recycled_every_connection() throws SQLException {
        try (Connection keepsItOpen = java.sql.DriverManager.getConnection(store.url())) {
            store.recycleConnections();
            Principal other = principal(store.accounts().createTenant("later", false, admin));
            store.recycleConnections();
            assertThat(store.accounts().createUser(admin, "late-viewer", Role.VIEWER).role()).isEqualTo(Role.VIEWER);
            assertThat(store.accounts().createUser(other, "late-editor", Role.EDITOR).role()).isEqualTo(Role.EDITOR);
        }
    }

    @Test
    void tokens_are_stored_only_as_hashes_and_revoked_tokens_no_longer_authenticate() throws SQLException {
        Accounts.Issued viewer = store.accounts().createUser(admin, "auditor", Role.VIEWER);
        assertThat(count("SELECT COUNT(*) FROM api_tokens WHERE token_hash = '" + Accounts.sha256(viewer.token()) + "'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM api_tokens WHERE token_hash = '" + viewer.token() + "'")).isZero();
        assertThat(store.accounts().authenticate(viewer.token())).get().extracting(Principal::role).isEqualTo(Role.VIEWER);
        store.accounts().revokeTokens(admin, viewer.userId());
        assertThat(store.accounts().authenticate(viewer.token())).isEmpty();
        assertThat(store.accounts().authenticate("zh_not-a-token")).isEmpty();
    }

    @Test
    void editing_an_assessment_makes_a_new_version_and_the_old_one_stays_readable() {
        CheckedAssessment first = Ledgers.eventOffsetBy("run-2024", "GS", "GS-1");
        long id = store.assessments().importFile(admin, first).id();
        CheckedAssessment second = Ledgers.eventOffsetBy("run-2024", "GS", "GS-2");
        assertThat(store.assessments().update(admin, id, second).latestVersion()).isEqualTo(2);
        assertThat(store.assessments().version(admin, id, 1).parts()).isEqualTo(first.parts());
        assertThat(store.assessments().version(admin, id, null).parts()).isEqualTo(second.parts());
        assertThat(store.assessments().versions(admin, id)).extracting(Assessments.VersionInfo::version).containsExactly(1, 2);
    }

    @Test
    void the_list_gives_each_assessment_the_verdict_of_its_latest_evaluation() {
        long id = store.assessments().importFile(admin, Ledgers.eventOffsetBy("last-2024", "GS", "GS-LAST")).id();
        assertThat(store.assessments().get(admin, id).lastVerdict()).isNull();
        Checking.evaluate(store, admin, id, Overrides.NONE);
        assertThat(store.assessments().get(admin, id).lastVerdict()).isEqualTo("SUPPORTED");
        Checking.evaluate(store, admin, id, new Overrides("net-zero-co2", null, null, "query"));
        assertThat(store.assessments().list(admin)).filteredOn(s -> s.id() == id).singleElement()
                .extracting(Assessments.Summary::lastVerdict).isEqualTo("NOT_SUPPORTED");
    }

    @Test
    void an_evaluation_its_evaluator_refuses_leaves_the_database_unchanged() throws SQLException {
        CheckedAssessment event = Ledgers.eventOffsetBy("bad-2024", "GS", "GS-BAD-1");
        long id = store.assessments().importFile(admin, event).id();
        Map<String, Long> before = tableCounts();
        assertThatThrownBy(() -> store.evaluations().evaluate(admin, id, 1, event.assessment().credits(), "hash", elsewhere -> {
            throw new IllegalStateException("refused after the credits were locked");
        })).hasMessageContaining("refused");
        assertThat(tableCounts()).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void ledger_records_are_paged_in_file_order() {
        long id = store.assessments().importFile(admin, Ledgers.eventOffsetBy("page-2024", "GS", "GS-P")).id();
        Assessments.Page all = store.assessments().records(admin, id, null, null, 0, 2);
        assertThat(all.total()).isEqualTo(3);
        assertThat(all.items()).extracting(m -> m.get("id")).containsExactly("e1", "e2");
        Assessments.Page credits = store.assessments().records(admin, id, null, "credits", 0, 10);
        assertThat(credits.items()).singleElement().satisfies(m -> {
            assertThat(m.get("line")).isEqualTo(9);
            assertThat((Map<Object, Object>) m.get("fields")).containsEntry("serial", "GS-P").containsEntry("amount", "100");
        });
    }

    @Test
    void when_two_assessments_with_one_serial_are_evaluated_at_once_the_second_sees_the_first() throws Exception {
        Principal other = principal(store.accounts().createTenant("rival", false, admin));
        for (int round = 0; round < 3; round++) {
            String serial = "GS-RACE-" + round;
            long a = store.assessments().importFile(admin, Ledgers.eventOffsetBy("ra-" + round, "GS", serial)).id();
            long b = store.assessments().importFile(other, Ledgers.eventOffsetBy("rb-" + round, "Gold Standard", serial.toLowerCase())).id();
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Callable<String>> both = List.of(
                        () -> { start.await(); return Checking.evaluate(store, admin, a, Overrides.NONE).stored().verdict(); },
                        () -> { start.await(); return Checking.evaluate(store, other, b, Overrides.NONE).stored().verdict(); });
                List<String> verdicts = new ArrayList<>();
                for (Future<String> f : pool.invokeAll(both)) verdicts.add(f.get());
                assertThat(verdicts).containsExactlyInAnyOrder("SUPPORTED", "INDETERMINATE");
            } finally {
                pool.shutdown();
            }
            assertThat(count("SELECT COUNT(*) FROM credit_keys WHERE serial_key = '" + serial + "'")).isEqualTo(1);
        }
    }

    @Test
    void an_evaluation_is_stored_with_its_result_the_rules_version_and_the_hash_of_its_input() {
        long id = store.assessments().importFile(admin, Ledgers.eventOffsetBy("h-2024", "GS", "GS-H")).id();
        Evaluations.Stored first = Checking.evaluate(store, admin, id, Overrides.NONE).stored();
        Evaluations.Stored again = Checking.evaluate(store, admin, id, Overrides.NONE).stored();
        Evaluations.Stored other = Checking.evaluate(store, admin, id, new Overrides("net-zero-co2", null, null, "query")).stored();
        assertThat(first.inputHash()).hasSize(64).isEqualTo(again.inputHash()).isNotEqualTo(other.inputHash());
        assertThat(first.rulesVersion()).isNotBlank().isNotEqualTo("unknown");
        assertThat(store.evaluations().get(admin, id, first.id()).result()).contains("\"verdict\":\"SUPPORTED\"");
        assertThat(store.evaluations().list(admin, id)).extracting(Evaluations.Stored::id).containsExactly(other.id(), again.id(), first.id());
    }

    @Test
    void an_export_reimports_to_the_same_result() {
        long id = store.assessments().importFile(admin, Ledgers.eventOffsetBy("x-2024", "GS", "GS-X")).id();
        String result = Checking.evaluate(store, admin, id, Overrides.NONE).stored().result();
        StoredParts exported = store.assessments().version(admin, id, null).parts();
        Principal other = principal(store.accounts().createTenant("copy", false, admin));
        long copy = store.assessments().importFile(other, Checking.checked(exported)).id();
        // the original claim is withdrawn, which releases GS-X for the copy
        store.credits().withdrawClaim(admin, id, "moved to tenant copy");
        String again = Checking.evaluate(store, other, copy, Overrides.NONE).stored().result();
        assertThat(again).isEqualTo(result);
    }

    @Test
    void another_tenants_resources_are_not_found_and_its_audit_log_is_its_own() {
        Principal other = principal(store.accounts().createTenant("nosy", false, admin));
        long id = store.assessments().importFile(admin, Ledgers.eventOffsetBy("secret-2024", "GS", "GS-S")).id();
        assertThatThrownBy(() -> store.assessments().get(other, id)).isInstanceOf(UnknownRecord.class);
        assertThatThrownBy(() -> store.assessments().version(other, id, 1)).isInstanceOf(UnknownRecord.class);
        assertThatThrownBy(() -> Checking.evaluate(store, other, id, Overrides.NONE)).isInstanceOf(UnknownRecord.class);
        assertThatThrownBy(() -> store.entities().get(other, "secret-2024")).isInstanceOf(UnknownRecord.class);
        assertThat(store.audit().list(admin, 0, 10)).extracting(AuditLog.Entry::action).contains("assessment.import");
        assertThat(store.audit().list(other, 0, 10)).extracting(AuditLog.Entry::action).containsExactly("tenant.create");
    }

    /** Not only no route changes the audit log: the database itself refuses to, whoever asks. */
    @Test
    void the_audit_log_is_append_only_in_the_database_itself() throws SQLException {
        store.assessments().importFile(admin, Ledgers.eventOffsetBy("kept-2024", "GS", "GS-K"));
        long rows = count("SELECT COUNT(*) FROM audit_log");
        assertThatThrownBy(() -> execute("UPDATE audit_log SET actor = 'someone else'"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("DELETE FROM audit_log")).isInstanceOf(SQLException.class)
                .hasMessageContaining("append-only");
        if (store.url().startsWith("jdbc:postgresql:")) {
            assertThatThrownBy(() -> execute("TRUNCATE audit_log, audit_chain")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
        }
        assertThat(count("SELECT COUNT(*) FROM audit_log")).isEqualTo(rows);
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE actor = 'someone else'")).isZero();
        store.assessments().importFile(admin, Ledgers.eventOffsetBy("later-2024", "GS", "GS-L")); // writing goes on
        assertThat(count("SELECT COUNT(*) FROM audit_log")).isGreaterThan(rows);
    }

    private Map<String, Long> tableCounts() throws SQLException {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String t : List.of("tenants", "users", "api_tokens", "entities", "assessments", "assessment_versions",
                "ledger_records", "evaluations", "credit_keys", "credit_holds", "audit_log", "audit_chain")) {
            counts.put(t, count("SELECT COUNT(*) FROM " + t));
        }
        return counts;
    }
}
