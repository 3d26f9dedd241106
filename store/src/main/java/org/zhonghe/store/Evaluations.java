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
import org.zhonghe.check.ClaimCheck;
import org.zhonghe.check.Outcome;
import org.zhonghe.check.Overrides;
import org.zhonghe.io.AssessmentReader;
import org.zhonghe.output.ResultJson;
import org.zhonghe.rules.ClaimEvaluator;
import org.zhonghe.rules.RecordResult;
import org.zhonghe.rules.Section;
import org.zhonghe.rules.SerialLedger;

/**
 * Evaluations of stored assessments, and the credit registry across assessments and tenants
 * (rules.md §4 check 7). An evaluation and the credits it counts are written in one transaction;
 * the primary key of {@code counted_credits} lets one assessment only count a (registry, serial).
 * When two evaluations race for a serial, the loser's insert fails and it is evaluated again,
 * now seeing the serial counted elsewhere.
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
     */
    public record Stored(long id, long assessmentId, int version, String verdict, String rulesVersion, String inputHash,
                         String createdBy, Instant createdAt, String result) {}

    /** A fresh evaluation: what was stored, and the outcome to render in the caller's language. */
    public record Evaluated(Stored stored, Outcome.Checked outcome) {}

    /**
     * Whether a credit is counted anywhere.
     *
     * @param counted      counted for some assessment
     * @param assessmentId the assessment, only when it is the caller's tenant's; else null
     */
    public record CreditStatus(String registry, String serial, boolean counted, Long assessmentId) {}

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
        SerialLedger elsewhere = (registry, serial) -> countedBy(c, registry, serial).filter(a -> a != id).isPresent();
        Outcome o = new ClaimCheck(new ClaimEvaluator(gwp, elsewhere)).run(v.file().read(reader), overrides);
        if (o instanceof Outcome.Invalid bad) throw new InvalidInput(AssessmentFile.partNames(bad.problems()));
        Outcome.Checked ok = (Outcome.Checked) o;
        String result = Assessments.text(ResultJson.of(ok.assessment(), ok.result(), Messages.of(Locale.ENGLISH)));
        String hash = v.file().hash(overrides.concept() + "|" + overrides.profile() + "|" + overrides.metric());
        Instant now = Instant.now();
        long evaluationId = Sql.insert(c, "INSERT INTO evaluations (assessment_id, version, verdict, rules_version, input_hash,"
                + " result, created_by, created_at) VALUES (?,?,?,?,?,?,?,?)", id, v.version(), ok.result().verdict().name(),
                RULES_VERSION, hash, result, p.userId(), now);
        Sql.update(c, "DELETE FROM counted_credits WHERE assessment_id = ?", id);
        Map<String, Credit> credits = ok.assessment().credits().stream()
                .collect(Collectors.toMap(Credit::id, Function.identity(), (a, b) -> a));
        int counted = 0;
        for (RecordResult r : ok.result().claimed().records()) {
            if (r.section() != Section.CREDITS || !r.isCounted()) continue;
            Credit credit = credits.get(r.id());
            Sql.update(c, "INSERT INTO counted_credits (registry, serial, assessment_id, evaluation_id) VALUES (?,?,?,?)",
                    credit.registry(), credit.serial(), id, evaluationId);
            counted++;
        }
        AuditLog.write(c, p.tenantId(), p, "assessment.evaluate", "assessment " + id,
                "version " + v.version() + ", " + ok.result().verdict() + ", " + counted + " credit(s) counted");
        return new Evaluated(new Stored(evaluationId, id, v.version(), ok.result().verdict().name(), RULES_VERSION, hash,
                p.userName(), now, result), ok);
    }

    /** The evaluations of an assessment, newest first, without their results. */
    public List<Stored> list(Principal p, long assessmentId) {
        return db.inTransaction(c -> {
            Assessments.summary(c, p, assessmentId);
            List<Stored> out = new ArrayList<>();
            try (PreparedStatement ps = Sql.prepare(c, SELECT + " WHERE e.assessment_id = ? ORDER BY e.id DESC", assessmentId);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(stored(rs, false));
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
                return stored(rs, true);
            }
        });
    }

    /** Whether (registry, serial) is counted; which assessment only when it is the caller's tenant's. */
    public CreditStatus credit(Principal p, String registry, String serial) {
        return db.inTransaction(c -> {
            var by = countedBy(c, registry, serial);
            if (by.isEmpty()) return new CreditStatus(registry, serial, false, null);
            try (PreparedStatement ps = Sql.prepare(c, "SELECT 1 FROM assessments WHERE id = ? AND tenant_id = ?", by.get(), p.tenantId());
                 ResultSet rs = ps.executeQuery()) {
                return new CreditStatus(registry, serial, true, rs.next() ? by.get() : null);
            }
        });
    }

    private static java.util.Optional<Long> countedBy(Connection c, String registry, String serial) {
        try (PreparedStatement ps = Sql.prepare(c, "SELECT assessment_id FROM counted_credits WHERE registry = ? AND serial = ?",
                registry, serial); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? java.util.Optional.of(rs.getLong(1)) : java.util.Optional.empty();
        } catch (SQLException e) {
            throw new StoreFailure(e);
        }
    }

    private static final String SELECT = "SELECT e.id, e.assessment_id, e.version, e.verdict, e.rules_version, e.input_hash,"
            + " u.name, e.created_at, e.result FROM evaluations e LEFT JOIN users u ON u.id = e.created_by";

    private static Stored stored(ResultSet rs, boolean withResult) throws SQLException {
        return new Stored(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), Sql.instant(rs, "created_at"), withResult ? rs.getString(9) : null);
    }

}
