package org.zhonghe.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.zhonghe.assessment.CreditKey;
import org.zhonghe.rules.SerialLedger;

/**
 * The credit ledger across assessments and tenants (docs/credit-ledger.md): which stored
 * evaluations rely on which credit, by the credit's canonical key. A hold is never deleted; it is
 * released only by withdrawing its evaluation or claim, or by an administrator's decision for
 * another assessment, each written to the audit log.
 */
final class CreditLedger {
    private CreditLedger() {}

    /**
     * What the ledger knows of one credit, read under its lock.
     *
     * @param awardedTo the assessment a decision gave it to; null when undecided
     * @param holders   the assessments whose stored evaluations hold it now
     */
    record State(Long awardedTo, Set<Long> holders) {
        /** The ledger as an assessment's evaluation sees it. */
        boolean isCountedElsewhere(long assessment) {
            return awardedTo != null && awardedTo != assessment;
        }

        boolean isContested(long assessment) {
            return awardedTo == null && holders.stream().anyMatch(h -> h != assessment);
        }
    }

    /** Makes the key's row when it is new (a concurrent maker's unique violation is retried by the caller). */
    static void ensureKey(Connection c, CreditKey key) throws SQLException {
        Sql.update(c, "MERGE INTO credit_keys t USING (SELECT CAST(? AS VARCHAR(200)) AS r, CAST(? AS VARCHAR(600)) AS s) n"
                + " ON t.registry_key = n.r AND t.serial_key = n.s"
                + " WHEN NOT MATCHED THEN INSERT (registry_key, serial_key) VALUES (n.r, n.s)", key.registry(), key.serial());
    }

    /**
     * Locks the keys (in one order, so that two evaluations cannot deadlock) until the transaction
     * ends, and reads their state: two evaluations weighing one credit see each other's holds.
     */
    static Map<CreditKey, State> lock(Connection c, Collection<CreditKey> keys) throws SQLException {
        Set<CreditKey> sorted = new TreeSet<>(Comparator.comparing(CreditKey::registry).thenComparing(CreditKey::serial));
        sorted.addAll(keys);
        Map<CreditKey, State> out = new HashMap<>();
        for (CreditKey k : sorted) {
            ensureKey(c, k);
            out.put(k, state(c, k, true));
        }
        return out;
    }

    static State state(Connection c, CreditKey k, boolean forUpdate) throws SQLException {
        Long awarded;
        try (PreparedStatement ps = Sql.prepare(c, "SELECT awarded_to FROM credit_keys WHERE registry_key = ? AND serial_key = ?"
                + (forUpdate ? " FOR UPDATE" : ""), k.registry(), k.serial()); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) return new State(null, Set.of());
            long a = rs.getLong(1);
            awarded = rs.wasNull() ? null : a;
        }
        Set<Long> holders = new LinkedHashSet<>();
        try (PreparedStatement ps = Sql.prepare(c, "SELECT DISTINCT assessment_id FROM credit_holds WHERE registry_key = ?"
                + " AND serial_key = ? AND released_at IS NULL ORDER BY assessment_id", k.registry(), k.serial());
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) holders.add(rs.getLong(1));
        }
        return new State(awarded, Set.copyOf(holders));
    }

    /** The ledger as the evaluation of {@code assessment} sees the locked keys. */
    static SerialLedger view(Map<CreditKey, State> locked, long assessment) {
        return new SerialLedger() {
            @Override
            public boolean isCountedElsewhere(String registry, String serial) {
                State s = locked.get(CreditKey.of(registry, serial));
                return s != null && s.isCountedElsewhere(assessment);
            }

            @Override
            public boolean isContested(String registry, String serial) {
                State s = locked.get(CreditKey.of(registry, serial));
                return s != null && s.isContested(assessment);
            }
        };
    }

    /** Records that evaluation {@code evaluation} relies on a credit (spelt as written). */
    static void hold(Connection c, CreditKey k, String registry, String serial, long tenant, long assessment, long evaluation,
                     Instant at) throws SQLException {
        Sql.update(c, "INSERT INTO credit_holds (registry_key, serial_key, registry, serial, tenant_id, assessment_id, evaluation_id,"
                + " held_at) VALUES (?,?,?,?,?,?,?,?)", k.registry(), k.serial(), registry, serial, tenant, assessment, evaluation, at);
    }

    /** The credits evaluation {@code evaluation} of {@code assessment} relied on, as they stand. */
    static List<Evaluations.Hold> holds(Connection c, long assessment, long evaluation) throws SQLException {
        List<Evaluations.Hold> out = new ArrayList<>();
        try (PreparedStatement ps = Sql.prepare(c, "SELECT h.registry, h.serial, h.released_at, h.release_reason, k.awarded_to,"
                + " (SELECT COUNT(DISTINCT o.assessment_id) FROM credit_holds o WHERE o.registry_key = h.registry_key"
                + " AND o.serial_key = h.serial_key AND o.released_at IS NULL AND o.assessment_id <> h.assessment_id)"
                + " FROM credit_holds h JOIN credit_keys k ON k.registry_key = h.registry_key AND k.serial_key = h.serial_key"
                + " WHERE h.evaluation_id = ? ORDER BY h.id", evaluation); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long awarded = rs.getLong(5);
                boolean decided = !rs.wasNull();
                String status = rs.getObject(3) != null ? "released:" + rs.getString(4)
                        : decided && awarded == assessment ? "awarded"
                        : rs.getLong(6) > 0 && !decided ? "contested" : "held";
                out.add(new Evaluations.Hold(rs.getString(1), rs.getString(2), status));
            }
        }
        return out;
    }

    /** Releases the open holds of one evaluation (or, {@code evaluation} null, of every evaluation of the assessment). */
    static int release(Connection c, long assessment, Long evaluation, Long by, String reason) throws SQLException {
        return evaluation == null
                ? Sql.update(c, "UPDATE credit_holds SET released_at = ?, released_by = ?, release_reason = ? WHERE assessment_id = ?"
                        + " AND released_at IS NULL", Sql.now(), by, reason, assessment)
                : Sql.update(c, "UPDATE credit_holds SET released_at = ?, released_by = ?, release_reason = ? WHERE evaluation_id = ?"
                        + " AND released_at IS NULL", Sql.now(), by, reason, evaluation);
    }
}
