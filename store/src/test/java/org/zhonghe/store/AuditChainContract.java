package org.zhonghe.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 §3: whoever holds the database's credentials and gets round its triggers still cannot
 * change the audit log unseen — each way the probe used is found, at its row, by the chain.
 */
abstract class AuditChainContract extends StoreFixture {
    @BeforeEach
    void someHistory() {
        store.accounts().createUser(admin, "alice", Role.EDITOR);
        store.assessments().importFile(admin, Ledgers.eventOffsetBy("chain-2024", "GS", "GS-C1"));
        store.accounts().createTenant("second", false, admin);
        store.accounts().createUser(admin, "bob", Role.VIEWER);
    }

    @Test
    void the_chain_of_an_untouched_log_is_intact_from_its_first_row_to_its_head() throws SQLException {
        AuditVerifier.Report r = store.audit().verify();
        assertThat(r.intact()).isTrue();
        assertThat(r.rows()).isEqualTo(count("SELECT COUNT(*) FROM audit_log")).isEqualTo(5);
        assertThat(r.head()).hasSize(64);
        assertThat(AuditVerifier.verify(store.url())).as("read over a plain connection").isEqualTo(r);
    }

    @Test
    void an_update_after_dropping_the_trigger_is_found_at_its_row() throws SQLException {
        long row = count("SELECT MIN(id) FROM audit_log WHERE action = 'assessment.import'");
        execute(isPostgres() ? "DROP TRIGGER audit_log_no_change ON audit_log" : "DROP TRIGGER audit_log_no_change");
        execute("UPDATE audit_log SET actor = 'mallory' WHERE id = " + row);
        AuditVerifier.Report r = store.audit().verify();
        assertThat(r.intact()).isFalse();
        assertThat(r.brokenAt()).isEqualTo(row);
        assertThat(r.problem()).contains("row " + row + " was changed");
    }

    @Test
    void a_truncated_log_is_found_even_after_new_rows_are_written() throws SQLException {
        if (isPostgres()) {
            execute("DROP TRIGGER audit_log_no_truncate ON audit_log");
            execute("DROP TRIGGER audit_chain_no_truncate ON audit_chain");
            execute("TRUNCATE audit_log, audit_chain");
        } else {
            execute("TRUNCATE TABLE audit_chain");
            execute("SET REFERENTIAL_INTEGRITY FALSE");
            execute("TRUNCATE TABLE audit_log");
        }
        assertThat(count("SELECT COUNT(*) FROM audit_log")).isZero();
        AuditVerifier.Report empty = store.audit().verify();
        assertThat(empty.intact()).isFalse();
        assertThat(empty.problem()).contains("its head records 5 row(s)").contains("rows were removed");
        store.accounts().createUser(admin, "carol", Role.VIEWER);
        AuditVerifier.Report later = store.audit().verify();
        assertThat(later.intact()).isFalse();
        assertThat(later.problem()).contains("is not the chain's start");
    }

    @Test
    void a_forged_back_dated_row_is_found_at_its_row() throws SQLException {
        execute("INSERT INTO audit_log (tenant_id, user_id, actor, at, action, target, detail) VALUES (" + admin.tenantId() + ", "
                + admin.userId() + ", 'admin', TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+00', 'assessment.import', 'assessment 99', 'entity x')");
        long forged = count("SELECT MAX(id) FROM audit_log");
        store.accounts().createUser(admin, "dave", Role.VIEWER); // the log goes on past it
        AuditVerifier.Report r = store.audit().verify();
        assertThat(r.intact()).isFalse();
        assertThat(r.brokenAt()).isEqualTo(forged);
        assertThat(r.problem()).contains("added outside Zhonghe");
    }

    @Test
    void a_row_removed_from_the_middle_is_found_at_the_row_after_it() throws SQLException {
        long second = count("SELECT MIN(id) FROM audit_log WHERE action = 'assessment.import'");
        long next = count("SELECT MIN(id) FROM audit_log WHERE id > " + second);
        if (isPostgres()) {
            execute("DROP TRIGGER audit_log_no_change ON audit_log");
            execute("DROP TRIGGER audit_chain_no_change ON audit_chain");
        } else {
            execute("DROP TRIGGER audit_log_no_change");
            execute("DROP TRIGGER audit_chain_no_change");
        }
        execute("DELETE FROM audit_chain WHERE audit_id = " + second);
        execute("DELETE FROM audit_log WHERE id = " + second);
        AuditVerifier.Report r = store.audit().verify();
        assertThat(r.brokenAt()).isEqualTo(next);
        assertThat(r.problem()).contains("rows before it were removed");
    }
}
