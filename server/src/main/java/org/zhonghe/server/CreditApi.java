package org.zhonghe.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.zhonghe.store.Credits;
import org.zhonghe.store.Principal;
import org.zhonghe.store.Role;
import org.zhonghe.store.Store;

/**
 * The credit ledger's routes (docs/credit-ledger.md): look a credit up (viewers, at most
 * {@link #LOOKUPS_PER_MINUTE} a minute per user, each recorded in the audit log), withdraw an
 * evaluation or a claim (admins of its tenant), and the operator's list of contested credits and
 * decision on one (admins of the operator tenant; others get 404).
 */
final class CreditApi {
    static final int LOOKUPS_PER_MINUTE = 60;
    static final Duration WINDOW = Duration.ofMinutes(1);
    private final Store store;
    private final Clock clock = Clock.systemUTC();
    private final Map<Long, Deque<Instant>> lookups = new ConcurrentHashMap<>();

    CreditApi(Store store) {
        this.store = store;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/credits", Role.VIEWER, this::lookup),
                Route.get("/credits/conflicts", Role.ADMIN, ctx -> Json.send(ctx, 200, store.credits().contests(Guard.principal(ctx)))),
                Route.post("/credits/conflicts/decide", Role.ADMIN, this::decide),
                Route.post("/assessments/{id}/withdraw", Role.ADMIN, this::withdrawClaim),
                Route.post("/assessments/{id}/evaluations/{evaluation}/withdraw", Role.ADMIN, this::withdrawEvaluation));
    }

    private void lookup(Context ctx) {
        String registry = ctx.queryParam("registry");
        String serial = ctx.queryParam("serial");
        if (registry == null || serial == null) throw new BadRequest("registry and serial are required");
        Principal p = Guard.principal(ctx);
        if (!allow(p.userId())) {
            ctx.header("Retry-After", String.valueOf(WINDOW.toSeconds()));
            ProblemJson.send(ctx, ProblemJson.Kind.TOO_MANY_LOOKUPS, Lang.isChinese(ctx)
                    ? "每位用户每分钟最多查询 " + LOOKUPS_PER_MINUTE + " 次碳信用" : "at most " + LOOKUPS_PER_MINUTE + " credit look-ups a minute per user");
            return;
        }
        Credits.CreditStatus s = store.credits().lookup(p, registry, serial);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("registry", s.registry());
        out.put("serial", s.serial());
        out.put("registryId", s.key().registry());
        out.put("serialKey", s.key().serial());
        out.put("claimed", s.claimed());
        out.put("contested", s.contested());
        out.put("assessmentId", s.assessmentId());
        Json.send(ctx, 200, out);
    }

    private void decide(Context ctx) {
        JsonNode n = Json.object(ctx);
        // one spelling, assessmentId, as every response gives it; 'assessment' was accepted before and still is
        JsonNode assessment = n.has("assessmentId") ? n.get("assessmentId") : n.get("assessment");
        if (assessment == null || !assessment.canConvertToLong()) throw new BadRequest("field 'assessmentId' (an assessment id) is required");
        store.credits().decide(Guard.principal(ctx), Json.text(n, "registry"), Json.text(n, "serial"), assessment.asLong(),
                Json.text(n, "reason"));
        Json.send(ctx, 200, Map.of("decided", true));
    }

    private void withdrawClaim(Context ctx) {
        int released = store.credits().withdrawClaim(Guard.principal(ctx), Bodies.id(ctx, "id"), Json.text(Json.object(ctx), "reason"));
        Json.send(ctx, 200, Map.of("withdrawn", true, "creditHoldsReleased", released));
    }

    private void withdrawEvaluation(Context ctx) {
        var s = store.credits().withdrawEvaluation(Guard.principal(ctx), Bodies.id(ctx, "id"), Bodies.id(ctx, "evaluation"),
                Json.text(Json.object(ctx), "reason"));
        Json.send(ctx, 200, LedgerApi.meta(s));
    }

    private boolean allow(long user) {
        Deque<Instant> d = lookups.computeIfAbsent(user, u -> new ArrayDeque<>());
        synchronized (d) {
            Instant now = clock.instant();
            while (!d.isEmpty() && d.peekFirst().isBefore(now.minus(WINDOW))) d.pollFirst();
            if (d.size() >= LOOKUPS_PER_MINUTE) return false;
            d.addLast(now);
            return true;
        }
    }
}
