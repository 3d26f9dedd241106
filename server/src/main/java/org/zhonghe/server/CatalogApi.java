package org.zhonghe.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.zhonghe.Concept;
import org.zhonghe.Decimals;
import org.zhonghe.Gas;
import org.zhonghe.GwpTable;
import org.zhonghe.Messages;
import org.zhonghe.Metric;
import org.zhonghe.output.ProfilesJson;
import org.zhonghe.check.ClaimCheck;
import org.zhonghe.check.Outcome;
import org.zhonghe.io.AssessmentReader;
import org.zhonghe.output.ResultJson;
import org.zhonghe.rules.ClaimEvaluator;
import org.zhonghe.store.BadRequest;
import org.zhonghe.store.Role;

/** Routes that never touch the store: health, the OpenAPI document, the stateless check and the catalogues. */
final class CatalogApi {
    private static final String OPENAPI = readOpenApi();
    private final AssessmentReader reader = new AssessmentReader();
    private final ClaimCheck check = new ClaimCheck(ClaimEvaluator.standard());

    List<Route> routes() {
        return List.of(
                Route.get("/health", null, ctx -> Json.send(ctx, 200, Map.of("status", "ok"))),
                Route.get("/openapi.json", Role.VIEWER, ctx -> ctx.contentType("application/json; charset=utf-8").result(OPENAPI)),
                Route.post("/check", Role.VIEWER, this::check),
                Route.get("/concepts", Role.VIEWER, CatalogApi::concepts),
                Route.get("/gwp", Role.VIEWER, CatalogApi::gwp),
                Route.get("/profiles", Role.VIEWER, CatalogApi::profiles));
    }

    /** Stateless: the same JSON as {@code zhonghe check --format json}; never reads the store or files. */
    private void check(Context ctx) {
        var read = reader.read(ctx.body(), "body", Bodies.syntax(ctx), false);
        Outcome o = check.run(read, Bodies.overrides(ctx));
        if (o instanceof Outcome.Invalid bad) {
            ProblemJson.invalid(ctx, bad.problems());
            return;
        }
        Outcome.Checked ok = (Outcome.Checked) o;
        Json.send(ctx, 200, ResultJson.of(ok.assessment(), ok.result(), Messages.of(Lang.of(ctx))));
    }

    private static void concepts(Context ctx) {
        Messages en = Messages.of(Locale.ENGLISH);
        Messages zh = Messages.of(Locale.CHINESE);
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (Concept c : Concept.values()) {
            ObjectNode n = out.addObject();
            String k = "concept." + c.id();
            n.put("id", c.id());
            n.putObject("name").put("zh", zh.get(k + ".name")).put("en", en.get(k + ".name"));
            n.putObject("definition").put("zh", zh.get(k + ".definition")).put("en", en.get(k + ".definition"));
            n.put("gases", c.gases().name());
            n.put("reach", c.reach().name());
            n.put("creditsAdmitted", c.creditsAdmitted());
            n.put("otherEffectsCounted", c.otherEffectsCounted());
            n.put("source", c.source());
        }
        Json.send(ctx, 200, out);
    }

    private static void gwp(Context ctx) {
        String id = ctx.queryParam("metric");
        List<Metric> metrics = id == null ? List.of(Metric.values())
                : List.of(Metric.fromId(id).orElseThrow(() -> new BadRequest("metric '" + id + "': expected one of " + Metric.ids())));
        GwpTable table = GwpTable.bundled();
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("unit", "t CO2e per t of gas");
        ArrayNode ms = root.putArray("metrics");
        for (Metric m : metrics) ms.addObject().put("id", m.id()).put("source", m.source());
        ArrayNode gases = root.putArray("gases");
        for (Map.Entry<String, Map<Metric, BigDecimal>> r : table.rows().entrySet()) {
            ObjectNode g = gases.addObject().put("gas", r.getKey()).put("family", Gas.of(r.getKey()).family().name());
            ObjectNode values = g.putObject("values");
            for (Metric m : metrics) {
                Optional<BigDecimal> f = table.factor(Gas.of(r.getKey()), m);
                if (f.isPresent()) values.put(m.id(), Decimals.plain(f.get())); else values.putNull(m.id());
            }
        }
        Json.send(ctx, 200, root);
    }

    private static void profiles(Context ctx) {
        Json.send(ctx, 200, ProfilesJson.all());
    }

    private static String readOpenApi() {
        try (InputStream in = CatalogApi.class.getResourceAsStream("openapi.json")) {
            if (in == null) throw new IllegalStateException("openapi.json is missing from the server's resources");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
