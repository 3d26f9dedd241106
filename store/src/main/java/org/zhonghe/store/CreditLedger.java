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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.zhonghe.assessment.CreditKey;
import org.zhonghe.rules.SerialLedger;

/**
 * The credit ledger across assessments and tenants (docs/credit-ledger.md): which stored
 * evaluations rely on which credit, by the credit's canonical key and the units it names in its
 * registry block ({@link CreditRange}). Two credits whose units overlap in one block are one
 * credit to the ledger, as a repeated serial is: a hold of one is a hold of the other. A hold is
 * never deleted; it is released only by withdrawing its evaluation or claim, or by a decision for
 * another assessment (an administrator's or the registry's), each written to the audit log.
 */
final class CreditLedger {
    private CreditLedger() {}

    /**
     * What the ledger knows of one credit and every credit overlapping it, read under its locks.
     *
     * @param awarded the assessments a decision gave it, or units overlapping it, to; empty when undecided
     * @param holders the assessments whose stored evaluations hold it, or units overlapping it, now
     */
    record State(Set<Long> awarded, Set<Long> holders) {
        State {
            awarded = Set.copyOf(awarded);
            holders = Set.copyOf(holders);
        }

        /** Some of its units were awarded to another assessment: it is counted elsewhere ({@code DOUBLE_COUNTED}). */
        boolean isCountedElsewhere(long assessment) {
            return awarded.stream().anyMatch(a -> a != assessment);
        }

        /** Another claim holds some of its units, and no decision gave them elsewhere ({@code CONFLICTING_CLAIM}). */
        boolean isContested(long assessment) {
            return !isCountedElsewhere(assessment) && holders.stream().anyMatch(h -> h != assessment);
        }

        /** Undecided, and two or more claims hold it: the operator may decide it. */
        boolean isOpenContest() {
            return awarded.isEmpty() && holders.size() > 1;
        }
    }

    /** Makes the key's row, with its block and units, when it is new (a concurrent maker's unique violation is retried by the caller). */
    static void ensureKey(Connection c, CreditRange r) throws SQLException {
        Sql.update(c, "MERGE INTO credit_keys t USING (SELECT CAST(? AS VARCHAR(200)) AS r, CAST(? AS VARCHAR(600)) AS s,"
                + " CAST(? AS VARCHAR(600)) AS b, CAST(? AS BIGINT) AS f, CAST(? AS BIGINT) AS l) n"
                + " ON t.registry_key = n.r AND t.serial_key = n.s WHEN NOT MATCHED THEN"
                + " INSERT (registry_key, serial_key, block_key, first_unit, last_unit) VALUES (n.r, n.s, n.b, n.f, n.l)",
                r.key().registry(), r.key().serial(), r.block(), r.first(), r.last());
    }

    /** Makes the block's lock row when it is new. */
    static void ensureBlock(Connection c, CreditRange r) throws SQLException {
        Sql.update(c, "MERGE INTO credit_blocks t USING (SELECT CAST(? AS VARCHAR(200)) AS r, CAST(? AS VARCHAR(600)) AS b) n"
                + " ON t.registry_key = n.r AND t.block_key = n.b"
                + " WHEN NOT MATCHED THEN INSERT (registry_key, block_key) VALUES (n.r, n.b)", r.key().registry(), r.block());
    }

    /**
     * Locks the blocks, then the keys (each in one order, so that two evaluations cannot
     * deadlock) until the transaction ends, and reads their state: two evaluations weighing one
     * credit, or overlapping units of one block, see each other's holds.
     */
    static Map<CreditKey, State> lock(Connection c, Collection<CreditKey> keys) throws SQLException {
        Comparator<CreditKey> order = Comparator.comparing(CreditKey::registry).thenComparing(CreditKey::serial);
        Map<CreditKey, CreditRange> ranges = new TreeMap<>(order);
        for (CreditKey k : keys) ranges.computeIfAbsent(k, CreditRange::of);
        Map<String, CreditRange> blocks = new TreeMap<>();
        for (CreditRange r : ranges.values()) blocks.putIfAbsent(r.key().registry() + "\n" + r.block(), r);
        for (CreditRange b : blocks.values()) {
            ensureBlock(c, b);
            try (PreparedStatement ps = Sql.prepare(c, "SELECT block_key FROM credit_blocks WHERE registry_key = ? AND block_key = ?"
                    + " FOR UPDATE", b.key().registry(), b.block()); ResultSet rs = ps.executeQuery()) {
                rs.next();
            }
        }
        Map<CreditKey, State> out = new HashMap<>();
        for (CreditRange r : ranges.values()) {
            ensureKey(c, r);
            out.put(r.key(), state(c, r, true));
        }
        return out;
    }

    static State state(Connection c, CreditKey k, boolean forUpdate) throws SQLException {
        return state(c, CreditRange.of(k), forUpdate);
    }

    static State state(Connection c, CreditRange r, boolean forUpdate) throws SQLException {
        if (forUpdate) {
            try (PreparedStatement ps = Sql.prepare(c, "SELECT awarded_to FROM credit_keys WHERE registry_key = ? AND serial_key = ?"
                    + " FOR UPDATE", r.key().registry(), r.key().serial()); ResultSet rs = ps.executeQuery()) {
                rs.next();
            }
        }
        Set<Long> awarded = ids(c, "SELECT DISTINCT k.awarded_to FROM credit_keys k WHERE " + CreditRange.overlaps("k")
                + " AND k.awarded_to IS NOT NULL", r.args());
        Set<Long> holders = ids(c, "SELECT DISTINCT h.assessment_id FROM credit_holds h WHERE " + CreditRange.overlaps("h")
                + " AND h.released_at IS NULL", r.args());
        return new State(awarded, holders);
    }

    private static Set<Long> ids(Connection c, String sql, Object... args) throws SQLException {
        Set<Long> out = new TreeSet<>();
        try (PreparedStatement ps = Sql.prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(rs.getLong(1));
        }
        return out;
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
        CreditRange r = CreditRange.of(k);
        Sql.update(c, "INSERT INTO credit_holds (registry_key, serial_key, block_key, first_unit, last_unit, registry, serial,"
                + " tenant_id, assessment_id, evaluation_id, held_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)", k.registry(), k.serial(),
                r.block(), r.first(), r.last(), registry, serial, tenant, assessment, evaluation, at);
    }

    /**
     * Releases the open holds of every claim but {@code winner} on the credit and every credit
     * overlapping it ({@code reason}: {@code decision}, {@code registry}); {@code by} null for the system.
     */
    static int releaseOthers(Connection c, CreditRange r, long winner, Long by, String reason) throws SQLException {
        return Sql.update(c, "UPDATE credit_holds SET released_at = ?, released_by = ?, release_reason = ? WHERE "
                + CreditRange.overlaps("credit_holds") + " AND assessment_id <> ? AND released_at IS NULL",
                prepend(new Object[] {Sql.now(), by, reason}, r.args(winner)));
    }

    private static Object[] prepend(Object[] first, Object[] rest) {
        Object[] out = java.util.Arrays.copyOf(first, first.length + rest.length);
        System.arraycopy(rest, 0, out, first.length, rest.length);
        return out;
    }

    /** The credits evaluation {@code evaluation} of {@code assessment} relied on, as they stand. */
    static List<Evaluations.Hold> holds(Connection c, long assessment, long evaluation) throws SQLException {
        record Row(String registry, String serial, boolean released, String reason, CreditKey key) {}
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = Sql.prepare(c, "SELECT registry, serial, released_at, release_reason, registry_key, serial_key"
                + " FROM credit_holds WHERE evaluation_id = ? ORDER BY id", evaluation); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new Row(rs.getString(1), rs.getString(2), rs.getObject(3) != null, rs.getString(4),
                        new CreditKey(rs.getString(5), rs.getString(6))));
            }
        }
        List<Evaluations.Hold> out = new ArrayList<>();
        for (Row r : rows) {
            String status;
            if (r.released()) {
                status = "released:" + r.reason();
            } else {
                State s = state(c, r.key(), false);
                status = s.awarded().contains(assessment) && !s.isCountedElsewhere(assessment) ? "awarded"
                        : s.isContested(assessment) ? "contested" : "held";
            }
            out.add(new Evaluations.Hold(r.registry(), r.serial(), status));
        }
        return out;
    }

    /**
     * The credits the operator may decide: held by two or more claims (on the key itself or on
     * overlapping units of its block), none of their units decided; by key.
     */
    static List<CreditKey> openContests(Connection c) throws SQLException {
        List<CreditKey> candidates = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT h.registry_key, h.serial_key FROM credit_holds h"
                + " WHERE h.released_at IS NULL AND EXISTS (SELECT 1 FROM credit_holds o WHERE o.registry_key = h.registry_key"
                + " AND o.block_key = h.block_key AND o.released_at IS NULL AND o.assessment_id <> h.assessment_id"
                + " AND (o.first_unit IS NULL OR h.first_unit IS NULL OR (o.first_unit <= h.last_unit AND h.first_unit <= o.last_unit)))"
                + " ORDER BY h.registry_key, h.serial_key"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) candidates.add(new CreditKey(rs.getString(1), rs.getString(2)));
        }
        List<CreditKey> out = new ArrayList<>();
        for (CreditKey k : candidates) if (state(c, k, false).isOpenContest()) out.add(k);
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
