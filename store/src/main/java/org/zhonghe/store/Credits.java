package org.zhonghe.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.zhonghe.assessment.CreditKey;

/**
 * The acts on the credit ledger (docs/credit-ledger.md), each written to the audit log: withdrawing
 * an evaluation or a claim (which releases the credits it held), looking a credit up, and the
 * operator's decision on a credit two claims hold. A tenant learns a credit's registry and serial,
 * and whether it is claimed, never by whom.
 */
public final class Credits {
    private static final int MAX_REASON = 1000;
    private final Database db;

    public Credits(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /**
     * A look-up of one credit.
     *
     * @param registry     as asked
     * @param serial       as asked
     * @param key          the canonical key it was compared by
     * @param claimed      some stored evaluation holds it (or a decision awarded it)
     * @param contested    two or more claims hold it and no decision has settled it
     * @param assessmentId the caller's tenant's assessment that holds it; null when none does
     */
    public record CreditStatus(String registry, String serial, CreditKey key, boolean claimed, boolean contested, Long assessmentId) {}

    /**
     * A credit two or more claims hold, as the operator sees it.
     *
     * @param key       the credit
     * @param claimants the holding assessments, with their tenants
     */
    public record Contest(CreditKey key, List<Claimant> claimants) {}

    /** One claim on a contested credit. */
    public record Claimant(long assessmentId, String tenant, String entity) {}

    /** Whether a credit is claimed; recorded in the caller's tenant's audit log. */
    public CreditStatus lookup(Principal p, String registry, String serial) {
        CreditKey key = CreditKey.of(registry, serial);
        return db.inTransaction(c -> {
            CreditLedger.State s = CreditLedger.state(c, key, false);
            Long own = null;
            for (long holder : new java.util.TreeSet<>(s.holders())) {
                if (own == null && belongsTo(c, holder, p.tenantId())) own = holder;
            }
            for (long awardee : s.awarded()) {
                if (belongsTo(c, awardee, p.tenantId())) own = awardee;
            }
            boolean claimed = !s.awarded().isEmpty() || !s.holders().isEmpty();
            boolean contested = s.isOpenContest();
            AuditLog.write(c, p.tenantId(), p, "credit.lookup", "credit " + key.registry() + " " + key.serial(),
                    claimed ? (contested ? "claimed, contested" : "claimed") : "not claimed");
            return new CreditStatus(registry, serial, key, claimed, contested, own);
        });
    }

    /** Withdraws one evaluation: it stays readable, marked withdrawn, and the credits it held are released. */
    public Evaluations.Stored withdrawEvaluation(Principal p, long assessmentId, long evaluationId, String reason) {
        String why = reason(reason);
        db.inTransaction(c -> {
            Assessments.summary(c, p, assessmentId);
            try (PreparedStatement ps = Sql.prepare(c, "SELECT withdrawn_at FROM evaluations WHERE id = ? AND assessment_id = ?",
                    evaluationId, assessmentId); ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new UnknownRecord("evaluation " + evaluationId);
                if (rs.getObject(1) != null) throw new StateConflict("evaluation " + evaluationId + " is already withdrawn");
            }
            Sql.update(c, "UPDATE evaluations SET withdrawn_at = ?, withdrawn_by = ?, withdrawal_reason = ? WHERE id = ?",
                    Sql.now(), p.userId(), why, evaluationId);
            int released = CreditLedger.release(c, assessmentId, evaluationId, p.userId(), "withdrawn");
            AuditLog.write(c, p.tenantId(), p, "evaluation.withdraw", "assessment " + assessmentId + " evaluation " + evaluationId,
                    released + " credit hold(s) released: " + why);
            return null;
        });
        return new Evaluations(db).get(p, assessmentId, evaluationId);
    }

    /** Withdraws the claim: every evaluation of the assessment is withdrawn, every credit it held released, and it is no longer evaluated. */
    public int withdrawClaim(Principal p, long assessmentId, String reason) {
        String why = reason(reason);
        return db.inTransaction(c -> {
            Assessments.summary(c, p, assessmentId);
            if (isWithdrawn(c, assessmentId)) throw new StateConflict("assessment " + assessmentId + " is already withdrawn");
            Sql.update(c, "UPDATE assessments SET withdrawn_at = ?, withdrawn_by = ?, withdrawal_reason = ? WHERE id = ?",
                    Sql.now(), p.userId(), why, assessmentId);
            int evaluations = Sql.update(c, "UPDATE evaluations SET withdrawn_at = ?, withdrawn_by = ?, withdrawal_reason = ?"
                    + " WHERE assessment_id = ? AND withdrawn_at IS NULL", Sql.now(), p.userId(), "claim withdrawn: " + why, assessmentId);
            int released = CreditLedger.release(c, assessmentId, null, p.userId(), "claim-withdrawn");
            AuditLog.write(c, p.tenantId(), p, "assessment.withdraw", "assessment " + assessmentId,
                    evaluations + " evaluation(s) withdrawn, " + released + " credit hold(s) released: " + why);
            return released;
        });
    }

    /** The credits two or more claims hold (the same serial, or overlapping units of one block), undecided (operator admins only). */
    public List<Contest> contests(Principal operator) {
        requireOperator(operator);
        return db.inTransaction(c -> {
            List<Contest> out = new ArrayList<>();
            for (CreditKey k : CreditLedger.openContests(c)) out.add(new Contest(k, claimants(c, k)));
            return out;
        });
    }

    /**
     * The operator's decision on a contested credit: it is awarded to {@code assessmentId}; every
     * other claim's hold of it, or of units overlapping it in its block, is released, and their later evaluations find it counted elsewhere
     * ({@code DOUBLE_COUNTED}). Written to the operator's audit log with the claimants and the
     * reason, and to each claimant tenant's log without the others' names or the reason.
     */
    public void decide(Principal operator, String registry, String serial, long assessmentId, String reason) {
        requireOperator(operator);
        String why = reason(reason);
        CreditKey key = CreditKey.of(registry, serial);
        db.inTransaction(c -> {
            CreditLedger.State s = CreditLedger.lock(c, List.of(key)).get(key);
            if (!s.awarded().isEmpty()) {
                throw new StateConflict("credit " + key.registry() + " " + key.serial() + " is already decided (it, or units overlapping it)");
            }
            if (!s.holders().contains(assessmentId)) {
                throw new InvalidValue("assessment " + assessmentId + " holds no claim on credit " + key.registry() + " " + key.serial());
            }
            List<Claimant> claimants = claimants(c, key);
            Sql.update(c, "UPDATE credit_keys SET awarded_to = ?, decided_by = ?, decided_at = ? WHERE registry_key = ? AND serial_key = ?",
                    assessmentId, operator.userId(), Sql.now(), key.registry(), key.serial());
            String target = "credit " + key.registry() + " " + key.serial();
            CreditLedger.releaseOthers(c, CreditRange.of(key), assessmentId, operator.userId(), "decision");
            StringBuilder all = new StringBuilder("awarded to assessment " + assessmentId + "; claimants:");
            for (Claimant cl : claimants) all.append(' ').append(cl.tenant()).append('/').append(cl.assessmentId());
            AuditLog.write(c, operator.tenantId(), operator, "credit.decide", target, all + "; " + why);
            for (Claimant cl : claimants) {
                long tenant = tenantOf(c, cl.assessmentId());
                if (tenant == operator.tenantId()) continue;
                // the operator's reason may name a claimant: it stays in the operator's log
                AuditLog.write(c, tenant, operator, "credit.decide", target, cl.assessmentId() == assessmentId
                        ? "awarded to assessment " + assessmentId + " by the operator's decision"
                        : "awarded to another claim by the operator's decision; the hold of assessment " + cl.assessmentId() + " released");
            }
            return null;
        });
    }

    static boolean isWithdrawn(Connection c, long assessmentId) throws SQLException {
        try (PreparedStatement ps = Sql.prepare(c, "SELECT withdrawn_at FROM assessments WHERE id = ?", assessmentId);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getObject(1) != null;
        }
    }

    private static List<Claimant> claimants(Connection c, CreditKey k) throws SQLException {
        List<Claimant> out = new ArrayList<>();
        try (PreparedStatement ps = Sql.prepare(c, "SELECT DISTINCT h.assessment_id, t.name, e.entity_key FROM credit_holds h"
                + " JOIN assessments a ON a.id = h.assessment_id JOIN tenants t ON t.id = a.tenant_id"
                + " JOIN entities e ON e.id = a.entity_id WHERE " + CreditRange.overlaps("h") + " AND h.released_at IS NULL"
                + " ORDER BY h.assessment_id", CreditRange.of(k).args()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(new Claimant(rs.getLong(1), rs.getString(2), rs.getString(3)));
        }
        return out;
    }

    private static boolean belongsTo(Connection c, long assessment, long tenant) throws SQLException {
        return tenantOf(c, assessment) == tenant;
    }

    private static long tenantOf(Connection c, long assessment) throws SQLException {
        try (PreparedStatement ps = Sql.prepare(c, "SELECT tenant_id FROM assessments WHERE id = ?", assessment);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    private static void requireOperator(Principal p) {
        if (!p.operator() || p.role() != Role.ADMIN) throw new UnknownRecord("credit conflicts");
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) throw new InvalidValue("reason: required (why the act is taken, for the audit log)");
        String r = reason.strip();
        if (r.length() > MAX_REASON) throw new InvalidValue("reason: " + r.length() + " characters; at most " + MAX_REASON);
        return r;
    }
}
