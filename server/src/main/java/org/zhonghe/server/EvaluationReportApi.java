package org.zhonghe.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import org.zhonghe.report.MissingCjkFontException;
import org.zhonghe.report.ReportMeta;
import org.zhonghe.report.ReportRenderer;
import org.zhonghe.rules.ClaimEvaluator;
import org.zhonghe.rules.ClaimResult;
import org.zhonghe.rules.SerialLedger;
import org.zhonghe.store.Assessments;
import org.zhonghe.store.Evaluations;
import org.zhonghe.store.Principal;
import org.zhonghe.store.Role;
import org.zhonghe.store.Store;

/**
 * The report of a stored evaluation: {@code GET /assessments/{id}/evaluations/{evaluation}/report}
 * and, for the newest one, {@code GET /assessments/{id}/report}; {@code ?format=html|pdf&lang=zh|en}.
 *
 * <p>The report is rendered from the stored assessment version under the stored claim (concept,
 * profile, metric), with the credits the evaluation found counted elsewhere held as they were;
 * the result so computed must equal the stored one, field by field, or the answer is 409 (the
 * rules changed since: evaluate again). The report names the evaluation's id, time, author,
 * input hash (checked against the stored files again), rules version and Zhonghe version.
 */
final class EvaluationReportApi {
    private final Store store;
    private final AssessmentReader reader = new AssessmentReader();

    EvaluationReportApi(Store store) {
        this.store = store;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/assessments/{id}/evaluations/{evaluation}/report", Role.VIEWER,
                        ctx -> report(ctx, Bodies.id(ctx, "evaluation"))),
                Route.get("/assessments/{id}/report", Role.VIEWER, ctx -> report(ctx, latest(ctx))));
    }

    private long latest(Context ctx) {
        long id = Bodies.id(ctx, "id");
        List<Evaluations.Stored> all = store.evaluations().list(Guard.principal(ctx), id);
        if (all.isEmpty()) throw new NotFound("assessment " + id + " has no evaluation yet: POST /api/v1/assessments/" + id + "/evaluate first");
        return all.get(0).id();
    }

    private void report(Context ctx, long evaluationId) throws Exception {
        String format = ctx.queryParam("format") == null ? "html" : ctx.queryParam("format");
        if (!format.equals("html") && !format.equals("pdf")) throw new BadRequest("format '" + format + "': expected html or pdf");
        String lang = ctx.queryParam("lang");
        if (lang != null && !lang.equals("zh") && !lang.equals("en")) throw new BadRequest("lang '" + lang + "': expected zh or en");
        Principal p = Guard.principal(ctx);
        long assessmentId = Bodies.id(ctx, "id");
        Evaluations.Stored stored = store.evaluations().get(p, assessmentId, evaluationId);
        Assessments.Version version = store.assessments().version(p, assessmentId, stored.version());
        JsonNode storedResult = Json.MAPPER.readTree(stored.result());
        Overrides claim = new Overrides(storedResult.path("concept").asText(null), storedResult.path("profile").asText(null),
                storedResult.path("metric").asText(null), "evaluation " + evaluationId);
        ReadResult read = CheckedStore.file(version.parts()).read(reader);
        // the registry data in the store now: a re-import that changes a credit's record makes the result differ (409)
        ClaimCheck check = new ClaimCheck(new ClaimEvaluator(GwpTable.bundled(), countedElsewhere(read, claim, storedResult),
                new StoreRegistryFacts(store).of(read)));
        Outcome o = check.run(read, claim);
        if (!(o instanceof Outcome.Checked ok)) {
            throw new Conflict("evaluation " + evaluationId + ": its stored input no longer reads under rules " + ReportMeta.currentRulesVersion()
                    + " (it was evaluated by " + stored.rulesVersion() + "); evaluate the assessment again");
        }
        JsonNode again = ResultJson.of(ok.assessment(), ok.result(), Messages.of(Locale.ENGLISH));
        if (!fingerprint(again).equals(fingerprint(storedResult))) {
            throw new Conflict("evaluation " + evaluationId + " was made by rules " + stored.rulesVersion() + "; this server's rules "
                    + ReportMeta.currentRulesVersion() + " give another result for the same input, so no report can show the stored one;"
                    + " evaluate the assessment again and report that evaluation");
        }
        ReportMeta meta = new ReportMeta(List.of(), stored.rulesVersion(), null, new ReportMeta.StoredEvaluation(stored.id(),
                assessmentId, stored.version(), stored.createdAt(), stored.createdBy(), stored.inputHash(),
                hashMatches(version, claim, stored.inputHash())));
        Map<String, ClaimResult> matrix = check.underEveryProfile(ok.assessment());
        Locale locale = Lang.of(ctx);
        String name = "zhonghe-report-" + assessmentId + "-evaluation-" + stored.id() + "-" + locale.getLanguage() + "." + format;
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        if (format.equals("html")) {
            ctx.contentType("text/html; charset=utf-8").result(ReportRenderer.html(ok.assessment(), ok.result(), matrix, meta, locale)
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        try {
            ctx.contentType("application/pdf").result(ReportRenderer.pdf(ok.assessment(), ok.result(), matrix, meta, locale));
        } catch (MissingCjkFontException e) {
            throw new HttpResponseException(503, e.getMessage());
        }
    }

    /**
     * The credits the stored evaluation found counted by another assessment: those of its
     * double-counted credits whose canonical key no credit of its own counted; and those it found
     * contested ({@code CONFLICTING_CLAIM}). Held so, the report shows the evaluation as it was,
     * whatever the ledger holds now.
     */
    private static SerialLedger countedElsewhere(ReadResult read, Overrides claim, JsonNode storedResult) {
        Outcome first = new ClaimCheck(ClaimEvaluator.standard()).run(read, claim);
        if (!(first instanceof Outcome.Checked ok)) return SerialLedger.NONE;
        Map<String, Credit> byId = new java.util.HashMap<>();
        for (Credit c : ok.assessment().credits()) byId.putIfAbsent(c.id(), c);
        Set<CreditKey> counted = new HashSet<>();
        List<CreditKey> doubled = new ArrayList<>();
        for (JsonNode r : storedResult.path("records")) {
            if (!r.path("section").asText().equals("credits")) continue;
            Credit c = byId.get(r.path("id").asText());
            if (c == null) continue;
            CreditKey key = CreditKey.of(c);
            if (r.path("status").asText().equals("COUNTED") || r.path("status").asText().equals("PARTIAL")) counted.add(key);
            else if ("DOUBLE_COUNTED".equals(r.path("reason").asText(null))) doubled.add(key);
        }
        Set<CreditKey> contested = new HashSet<>();
        for (JsonNode f : storedResult.path("findings")) {
            if (!"CONFLICTING_CLAIM".equals(f.path("code").asText())) continue;
            for (JsonNode id : f.path("records")) if (byId.containsKey(id.asText())) contested.add(CreditKey.of(byId.get(id.asText())));
        }
        Set<CreditKey> elsewhere = new HashSet<>(doubled);
        elsewhere.removeAll(counted);
        return new SerialLedger() {
            @Override
            public boolean isCountedElsewhere(String registry, String serial) {
                return elsewhere.contains(CreditKey.of(registry, serial));
            }

            @Override
            public boolean isContested(String registry, String serial) {
                return contested.contains(CreditKey.of(registry, serial));
            }
        };
    }

    /**
     * What must be the same for the report to show the stored evaluation: the claim, the verdict,
     * the totals, every record's fate and the finding codes (not the wording of messages, which a
     * release may improve).
     */
    private static JsonNode fingerprint(JsonNode result) {
        var n = Json.MAPPER.createObjectNode();
        for (String f : new String[] {"entity", "concept", "profile", "metric", "verdict", "totals", "concepts"}) n.set(f, result.path(f));
        var records = n.putArray("records");
        for (JsonNode r : result.path("records")) {
            records.addObject().put("section", r.path("section").asText()).put("id", r.path("id").asText())
                    .put("status", r.path("status").asText()).put("reason", r.path("reason").asText(""))
                    .put("counted", r.path("counted").asText(""));
        }
        var codes = n.putArray("findings");
        for (JsonNode f : result.path("findings")) codes.add(f.path("code").asText());
        return n;
    }

    /** Whether the stored version hashes to the stored input hash under the overrides the evaluation may have had. */
    private static boolean hashMatches(Assessments.Version v, Overrides claim, String hash) {
        for (String c : new String[] {null, claim.concept()}) {
            for (String p : new String[] {null, claim.profile()}) {
                for (String m : new String[] {null, claim.metric()}) {
                    if (v.parts().hash(c + "|" + p + "|" + m).equals(hash)) return true;
                }
            }
        }
        return false;
    }
}
