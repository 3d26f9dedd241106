package org.zhonghe.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.zhonghe.assessment.Credit;
import org.zhonghe.assessment.CreditKey;
import org.zhonghe.assessment.Entity;
import org.zhonghe.rules.RegistryFacts;
import org.zhonghe.rules.SerialLedger;

/**
 * Evaluations of stored assessments, weighed against the credit ledger across assessments and
 * tenants (rules.md §4 check 7, docs/credit-ledger.md). An evaluation locks the canonical key of
 * every credit it weighs, so that two claims on one credit see each other: the second finds the
 * first's hold and both are {@code CONFLICTING_CLAIM} until a decision. The evaluation and the
 * holds of the credits it counts are written in one transaction; earlier holds are never freed by
 * a later evaluation or edit. The caller reads the stored parts and checks them outside the
 * transaction; inside it only the evaluation against the locked credits runs ({@link Evaluator}).
 */
public final class Evaluations {
    /** The version of the rules an evaluation ran (the project's version). */
    public static final String RULES_VERSION = org.zhonghe.ZhongheVersion.current();
    private static final int ATTEMPTS = 5;
    private final Database db;

    public Evaluations(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    /**
     * A stored evaluation.
     *
     * @param id           its id
     * @param assessmentId the assessment
     * @param version      the version evaluated
     * @param verdict      the claimed concept's verdict
     * @param rulesVersion the rules' version
     * @param inputHash    SHA-256 of the canonical input (file and overrides)
     * @param createdBy    who asked
     * @param createdAt    when
     * @param result       the result as {@code zhonghe check --format json --lang en}; null in lists
     * @param withdrawn    its withdrawal (of it or of its claim); null while it stands
     * @param credits      the credits it relied on and where each stands now (docs/credit-ledger.md)
     */
    public record Stored(long id, long assessmentId, int version, String verdict, String rulesVersion, String inputHash,
                         String createdBy, Instant createdAt, String result, Withdrawal withdrawn, List<Hold> credits) {}

    /**
     * The explicit, audited act that took an evaluation back and released its credits.
     *
     * @param at     when
     * @param by     who
     * @param reason why, as given
     */
    public record Withdrawal(Instant at, String by, String reason) {}

    /**
     * A credit an evaluation relied on, and where it stands now.
     *
     * @param registry as written
     * @param serial   as written
     * @param status   {@code held} (by this claim alone), {@code contested} (another claim holds it too,
     *                 undecided), {@code awarded} (a decision gave it to this claim), or
     *                 {@code released:REASON} ({@code withdrawn}, {@code claim-withdrawn}, {@code decision}, {@code registry})
     */
    public record Hold(String registry, String serial, String status) {}

    /**
     * What evaluating an assessment against the locked credit ledger gives.
     *
     * @param verdict the claimed concept's verdict
     * @param result  the result to store, as {@code zhonghe check --format json --lang en}
     * @param counted the credits the verdict counts: the evaluation holds each of them
     */
    public record Evaluation(String verdict, String result, List<Credit> counted) {
        public Evaluation {
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(result, "result");
            counted = List.copyOf(counted);
        }
    }

    /**
     * Evaluates a checked assessment given where each of its credits stands; runs inside the
     * transaction that holds their locks (and again when the transaction is retried). May throw
     * {@link InvalidInput}: nothing is then stored.
     */
    @FunctionalInterface
    public interface Evaluator {
        Evaluation evaluate(SerialLedger elsewhere);
    }

    /**
     * Evaluates {@code version} of an assessment with {@code evaluator}, which sees the credit
     * ledger as it stands with the keys of {@code credits} locked, and stores the evaluation and
     * the holds of the credits it counts.
     *
     * @param credits   the credits of the assessment read from that version
     * @param inputHash SHA-256 of the input ({@link StoredParts#hash})
     */
    public Stored evaluate(Principal p, long assessmentId, int version, List<Credit> credits, String inputHash,
                           Evaluator evaluator) {
        return evaluate(p, assessmentId, version, null, credits, RegistryFacts.NONE, inputHash, evaluator);
    }

    /**
     * As {@link #evaluate(Principal, long, int, List, String, Evaluator)}, and first, with the
     * credits locked, a conflict over one of them is settled by the registry's record where it
     * can be ({@link RegistrySettlement}): {@code facts} are the registry data the check uses,
     * held in memory (they are consulted inside the transaction).
     *
     * @param entity the assessment's entity (its id, name and aliases are compared with the registry's beneficiary)
     */
    public Stored evaluate(Principal p, long assessmentId, int version, Entity entity, List<Credit> credits, RegistryFacts facts,
                           String inputHash, Evaluator evaluator) {
        Objects.requireNonNull(evaluator, "evaluator");
        Objects.requireNonNull(facts, "facts");
        for (int attempt = 1; ; attempt++) {
            try {
                return db.inTransaction(c -> evaluate(c, p, assessmentId, version, entity, credits, facts, inputHash, evaluator));
            } catch (StoreFailure e) {
                if (attempt >= ATTEMPTS || !Database.isRetryable(e)) throw e;
            }
        }
    }

    private Stored evaluate(Connection c, Principal p, long id, int version, Entity entity, List<Credit> credits,
                            RegistryFacts facts, String hash, Evaluator evaluator) throws SQLException {
        Assessments.version(c, p, id, version);
        if (Credits.isWithdrawn(c, id)) throw new StateConflict("assessment " + id + " is withdrawn: it is no longer evaluated");
        Map<CreditKey, CreditLedger.State> locked = CreditLedger.lock(c, credits.stream().map(CreditKey::of).toList());
        RegistrySettlement.settle(c, id, entity, credits, locked, facts);
        Evaluation e = evaluator.evaluate(CreditLedger.view(locked, id));
        Instant now = Instant.now();
        long evaluationId = Sql.insert(c, "INSERT INTO evaluations (assessment_id, version, verdict, rules_version, input_hash,"
                + " result, created_by, created_at) VALUES (?,?,?,?,?,?,?,?)", id, version, e.verdict(),
                RULES_VERSION, hash, e.result(), p.userId(), now);
        // what this evaluation counts it holds; what earlier evaluations hold stays held (released only by withdrawal)
        for (Credit credit : e.counted()) {
            CreditLedger.hold(c, CreditKey.of(credit), credit.registry(), credit.serial(), p.tenantId(), id, evaluationId, now);
        }
        AuditLog.write(c, p.tenantId(), p, "assessment.evaluate", "assessment " + id,
                "version " + version + ", " + e.verdict() + ", " + e.counted().size() + " credit(s) held");
        return new Stored(evaluationId, id, version, e.verdict(), RULES_VERSION, hash,
                p.userName(), now, e.result(), null, CreditLedger.holds(c, id, evaluationId));
    }

    /** The evaluations of an assessment, newest first, without their results. */
    public List<Stored> list(Principal p, long assessmentId) {
        return db.inTransaction(c -> {
            Assessments.summary(c, p, assessmentId);
            List<Stored> out = new ArrayList<>();
            try (PreparedStatement ps = Sql.prepare(c, SELECT + " WHERE e.assessment_id = ? ORDER BY e.id DESC", assessmentId);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(stored(c, rs, false));
            }
            return out;
        });
    }

    /** One evaluation with its result. */
    public Stored get(Principal p, long assessmentId, long evaluationId) {
        return db.inTransaction(c -> {
            Assessments.summary(c, p, assessmentId);
            try (PreparedStatement ps = Sql.prepare(c, SELECT + " WHERE e.assessment_id = ? AND e.id = ?", assessmentId, evaluationId);
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new UnknownRecord("evaluation " + evaluationId);
                return stored(c, rs, true);
            }
        });
    }

    private static final String SELECT = "SELECT e.id, e.assessment_id, e.version, e.verdict, e.rules_version, e.input_hash,"
            + " u.name, e.created_at, e.result, e.withdrawn_at, w.name, e.withdrawal_reason FROM evaluations e"
            + " LEFT JOIN users u ON u.id = e.created_by LEFT JOIN users w ON w.id = e.withdrawn_by";

    private static Stored stored(Connection c, ResultSet rs, boolean withResult) throws SQLException {
        Instant withdrawnAt = Sql.instant(rs, "withdrawn_at");
        Withdrawal w = withdrawnAt == null ? null : new Withdrawal(withdrawnAt, rs.getString(11), rs.getString(12));
        return new Stored(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), Sql.instant(rs, "created_at"), withResult ? rs.getString(9) : null, w,
                CreditLedger.holds(c, rs.getLong(2), rs.getLong(1)));
    }

}
