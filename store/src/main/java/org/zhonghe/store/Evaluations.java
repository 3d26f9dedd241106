package org.zhonghe.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhonghe.GwpTable;
import org.zhonghe.Messages;
import org.zhonghe.assessment.Credit;
import org.zhonghe.assessment.CreditKey;
import org.zhonghe.check.ClaimCheck;
import org.zhonghe.check.Outcome;
import org.zhonghe.check.Overrides;
import org.zhonghe.io.AssessmentReader;
import org.zhonghe.io.ReadResult;
import org.zhonghe.output.ResultJson;
import org.zhonghe.rules.ClaimEvaluator;
import org.zhonghe.rules.RecordResult;
import org.zhonghe.rules.Section;

/**
 * Evaluations of stored assessments, weighed against the credit ledger across assessments and
 * tenants (rules.md §4 check 7, docs/credit-ledger.md). An evaluation locks the canonical key of
 * every credit it weighs, so that two claims on one credit see each other: the second finds the
 * first's hold and both are {@code CONFLICTING_CLAIM} until a decision. The evaluation and the
 * holds of the credits it counts are written in one transaction; earlier holds are never freed by
 * a later evaluation or edit.
 */
public final class Evaluations {
    /** The version of the rules an evaluation ran (the project's version). */
    public static final String RULES_VERSION = org.zhonghe.ZhongheVersion.current();
    private static final int ATTEMPTS = 5;
    private final Database db;
    private final AssessmentReader reader = new AssessmentReader();
    private final GwpTable gwp = GwpTable.bundled();

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
     *                 {@code released:REASON} ({@code withdrawn}, {@code claim-withdrawn}, {@code decision})
     */
    public record Hold(String registry, String serial, String status) {}

    /** A fresh evaluation: what was stored, and the outcome to render in the caller's language. */
    public record Evaluated(Stored stored, Outcome.Checked outcome) {}

    /** Evaluates the latest version of an assessment and stores the evaluation and its counted credits. */
    public Evaluated evaluate(Principal p, long assessmentId, Overrides overrides) {
        for (int attempt = 1; ; attempt++) {
            try {
                return db.inTransaction(c -> evaluate(c, p, assessmentId, overrides));
            } catch (StoreFailure e) {
                if (attempt >= ATTEMPTS || !Database.isRetryable(e)) throw e;
            }
        }
    }

    private Evaluated evaluate(Connection c, Principal p, long id, Overrides overrides) throws SQLException {
        Assessments.Version v = Assessments.version(c, p, id, null);
        if (Credits.isWithdrawn(c, id)) throw new Conflict("assessment " + id + " is withdrawn: it is no longer evaluated");
        ReadResult read = v.file().read(reader);
        List<CreditKey> keys = read.isValid() ? read.assessment().credits().stream().map(CreditKey::of).toList() : List.of();
        Map<CreditKey, CreditLedger.State> locked = CreditLedger.lock(c, keys);
        Outcome o = new ClaimCheck(new ClaimEvaluator(gwp, CreditLedger.view(locked, id))).run(read, overrides);
        if (o instanceof Outcome.Invalid bad) throw new InvalidInput(AssessmentFile.partNames(bad.problems()));
        Outcome.Checked ok = (Outcome.Checked) o;
        String result = Assessments.text(ResultJson.of(ok.assessment(), ok.result(), Messages.of(Locale.ENGLISH)));
        String hash = v.file().hash(overrides.concept() + "|" + overrides.profile() + "|" + overrides.metric());
        Instant now = Instant.now();
        long evaluationId = Sql.insert(c, "INSERT INTO evaluations (assessment_id, version, verdict, rules_version, input_hash,"
                + " result, created_by, created_at) VALUES (?,?,?,?,?,?,?,?)", id, v.version(), ok.result().verdict().name(),
                RULES_VERSION, hash, result, p.userId(), now);
        // what this evaluation counts it holds; what earlier evaluations hold stays held (released only by withdrawal)
        Map<String, Credit> credits = ok.assessment().credits().stream()
                .collect(Collectors.toMap(Credit::id, Function.identity(), (a, b) -> a));
        int counted = 0;
        for (RecordResult r : ok.result().claimed().records()) {
            if (r.section() != Section.CREDITS || !r.isCounted()) continue;
            Credit credit = credits.get(r.id());
            CreditLedger.hold(c, CreditKey.of(credit), credit.registry(), credit.serial(), p.tenantId(), id, evaluationId, now);
            counted++;
        }
        AuditLog.write(c, p.tenantId(), p, "assessment.evaluate", "assessment " + id,
                "version " + v.version() + ", " + ok.result().verdict() + ", " + counted + " credit(s) held");
        return new Evaluated(new Stored(evaluationId, id, v.version(), ok.result().verdict().name(), RULES_VERSION, hash,
                p.userName(), now, result, null, CreditLedger.holds(c, id, evaluationId)), ok);
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
                if (!rs.next()) throw new NotFound("evaluation " + evaluationId);
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
