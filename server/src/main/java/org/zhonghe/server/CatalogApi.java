package org.zhonghe.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.zhonghe.Messages;
import org.zhonghe.Metric;
import org.zhonghe.output.ConceptsJson;
import org.zhonghe.output.GwpJson;
import org.zhonghe.output.ProfilesJson;
import org.zhonghe.check.ClaimCheck;
import org.zhonghe.check.Outcome;
import org.zhonghe.check.Overrides;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.io.Syntax;
import org.zhonghe.server.web.CheckInput;
import org.zhonghe.io.AssessmentReader;
import org.zhonghe.output.ResultJson;
import org.zhonghe.rules.ClaimEvaluator;
import org.zhonghe.rules.SerialLedger;
import org.zhonghe.GwpTable;
import org.zhonghe.store.Role;

/**
 * Routes that write nothing: health, the OpenAPI document, the check (which reads only the registry
 * data imported into the store, {@link StoreRegistryFacts}) and the catalogues.
 */
final class CatalogApi {
    private static final String OPENAPI = readOpenApi();
    private static final String ALL_PROFILES = "all";
    private final AssessmentReader reader = new AssessmentReader();
    private final StoreRegistryFacts registry;

    CatalogApi(StoreRegistryFacts registry) {
        this.registry = registry;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/health", null, ctx -> Json.send(ctx, 200, Map.of("status", "ok", "version", org.zhonghe.ZhongheVersion.current()))),
                Route.get("/openapi.json", null, ctx -> ctx.contentType("application/json; charset=utf-8").result(OPENAPI)),
                Route.post("/check", Role.VIEWER, this::check),
                Route.get("/concepts", Role.VIEWER, CatalogApi::concepts),
                Route.get("/gwp", Role.VIEWER, CatalogApi::gwp),
                Route.get("/profiles", Role.VIEWER, CatalogApi::profiles));
    }

    /**
     * Stateless: the same JSON as {@code zhonghe check --format json} (with {@code ?profile=all}
     * as {@code --profile all}, and with the store's registry data as {@code --registry-data});
     * never writes. Besides an assessment with inline
     * ledgers, the body may be the envelope of an assessment with its CSV ledgers or an XLSX
     * workbook ({@link CheckInput}).
     */
    private void check(Context ctx) {
        boolean everyProfile = ALL_PROFILES.equals(ctx.queryParam("profile"));
        Overrides overrides = everyProfile
                ? new Overrides(ctx.queryParam("concept"), null, ctx.queryParam("metric"), "query") : Bodies.overrides(ctx);
        CheckInput input = CheckInput.isWorkbook(ctx.contentType()) ? CheckInput.workbook(ctx.bodyAsBytes())
                : Bodies.syntax(ctx) == Syntax.JSON ? CheckInput.envelope(ctx.body()).orElse(null) : null;
        var read = input == null ? reader.read(ctx.body(), "body", Bodies.syntax(ctx), false) : input.read(reader);
        ClaimCheck check = new ClaimCheck(new ClaimEvaluator(GwpTable.bundled(), SerialLedger.NONE, registry.of(read)));
        Outcome o = check.run(read, overrides);
        if (o instanceof Outcome.Invalid bad) {
            ProblemJson.invalid(ctx, bad.problems());
            return;
        }
        Outcome.Checked ok = (Outcome.Checked) o;
        Messages m = Messages.of(Lang.of(ctx));
        if (!everyProfile) {
            Json.send(ctx, 200, ResultJson.of(ok.assessment(), ok.result(), m));
            return;
        }
        Assessment a = ok.assessment();
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("profile", a.claim().profile());
        ObjectNode all = root.putObject("profiles");
        check.underEveryProfile(a).forEach((id, r) -> all.set(id, ResultJson.of(a.withClaim(a.claim().withProfile(id)), r, m)));
        Json.send(ctx, 200, root);
    }

    private static void concepts(Context ctx) {
        Json.send(ctx, 200, ConceptsJson.concepts());
    }

    private static void gwp(Context ctx) {
        String id = ctx.queryParam("metric");
        List<Metric> metrics = id == null ? List.of(Metric.values())
                : List.of(Metric.fromId(id).orElseThrow(() -> new BadRequest("metric '" + id + "': expected one of " + Metric.ids())));
        Json.send(ctx, 200, GwpJson.table(metrics, null));
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
