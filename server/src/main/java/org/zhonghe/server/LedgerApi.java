package org.zhonghe.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhonghe.Messages;
import org.zhonghe.output.ResultJson;
import org.zhonghe.store.Assessments;
import org.zhonghe.store.Evaluations;
import org.zhonghe.store.Store;
import org.zhonghe.store.Role;

/** Entities, assessments with their versions, records and evaluations, and the credit registry. */
final class LedgerApi {
    private static final Set<String> SECTIONS = Set.of("emissions", "removals", "credits", "reductions", "otherEffects", "history");
    private final Store store;
    private final CheckedStore checked;

    LedgerApi(Store store) {
        this.store = store;
        this.checked = new CheckedStore(store);
    }

    List<Route> routes() {
        return List.of(
                Route.get("/entities", Role.VIEWER, ctx -> Json.send(ctx, 200, store.entities().list(Guard.principal(ctx)))),
                Route.post("/entities", Role.EDITOR, this::createEntity),
                Route.get("/entities/{id}", Role.VIEWER,
                        ctx -> Json.send(ctx, 200, store.entities().get(Guard.principal(ctx), ctx.pathParam("id")))),
                Route.get("/assessments", Role.VIEWER, ctx -> Json.send(ctx, 200, store.assessments().list(Guard.principal(ctx)))),
                Route.post("/assessments", Role.EDITOR, ctx -> Json.send(ctx, 201,
                        checked.importFile(Guard.principal(ctx), Bodies.assessmentFile(ctx)))),
                Route.get("/assessments/{id}", Role.VIEWER,
                        ctx -> Json.send(ctx, 200, store.assessments().get(Guard.principal(ctx), Bodies.id(ctx, "id")))),
                Route.put("/assessments/{id}", Role.EDITOR, ctx -> Json.send(ctx, 200,
                        checked.update(Guard.principal(ctx), Bodies.id(ctx, "id"), Bodies.assessmentFile(ctx)))),
                Route.get("/assessments/{id}/versions", Role.VIEWER,
                        ctx -> Json.send(ctx, 200, store.assessments().versions(Guard.principal(ctx), Bodies.id(ctx, "id")))),
                Route.get("/assessments/{id}/versions/{version}", Role.VIEWER, this::version),
                Route.get("/assessments/{id}/export", Role.VIEWER, this::export),
                Route.get("/assessments/{id}/records", Role.VIEWER, this::records),
                Route.post("/assessments/{id}/evaluate", Role.EDITOR, this::evaluate),
                Route.get("/assessments/{id}/evaluations", Role.VIEWER,
                        ctx -> Json.send(ctx, 200, store.evaluations().list(Guard.principal(ctx), Bodies.id(ctx, "id")))),
                Route.get("/assessments/{id}/evaluations/{evaluation}", Role.VIEWER, this::evaluation));
    }

    private void createEntity(Context ctx) {
        JsonNode n = Json.object(ctx);
        String name = n.hasNonNull("name") ? Json.text(n, "name") : null;
        Json.send(ctx, 201, store.entities().create(Guard.principal(ctx), Json.text(n, "id"), name, Json.text(n, "type")));
    }

    private void version(Context ctx) {
        int v = parseVersion(ctx.pathParam("version"));
        Assessments.Version found = store.assessments().version(Guard.principal(ctx), Bodies.id(ctx, "id"), v);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("assessmentId", found.assessmentId());
        out.put("version", found.version());
        out.put("createdAt", found.createdAt());
        out.put("file", Bodies.envelope(CheckedStore.file(found.parts())));
        Json.send(ctx, 200, out);
    }

    private void export(Context ctx) {
        Integer v = Bodies.number(ctx, "version", null, 1, Integer.MAX_VALUE);
        Assessments.Version found = store.assessments().version(Guard.principal(ctx), Bodies.id(ctx, "id"), v);
        ctx.header("Content-Disposition", "attachment; filename=\"assessment-" + found.assessmentId() + "-v" + found.version() + ".json\"");
        Json.send(ctx, 200, Bodies.envelope(CheckedStore.file(found.parts())));
    }

    private void records(Context ctx) {
        String section = ctx.queryParam("section");
        if (section != null && !SECTIONS.contains(section)) throw new BadRequest("section '" + section + "': expected one of " + SECTIONS);
        Json.send(ctx, 200, store.assessments().records(Guard.principal(ctx), Bodies.id(ctx, "id"),
                Bodies.number(ctx, "version", null, 1, Integer.MAX_VALUE), section,
                Bodies.number(ctx, "offset", 0, 0, Integer.MAX_VALUE), Bodies.number(ctx, "limit", 50, 1, 500)));
    }

    private void evaluate(Context ctx) {
        CheckedStore.Evaluated e = checked.evaluate(Guard.principal(ctx), Bodies.id(ctx, "id"), Bodies.overrides(ctx));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("evaluation", meta(e.stored()));
        out.put("result", ResultJson.of(e.outcome().assessment(), e.outcome().result(), Messages.of(Lang.of(ctx))));
        Json.send(ctx, 200, out);
    }

    private void evaluation(Context ctx) throws Exception {
        Evaluations.Stored s = store.evaluations().get(Guard.principal(ctx), Bodies.id(ctx, "id"), Bodies.id(ctx, "evaluation"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("evaluation", meta(s));
        out.put("result", Json.MAPPER.readTree(s.result()));
        Json.send(ctx, 200, out);
    }

    static Map<String, Object> meta(Evaluations.Stored s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("assessmentId", s.assessmentId());
        m.put("version", s.version());
        m.put("verdict", s.verdict());
        m.put("rulesVersion", s.rulesVersion());
        m.put("inputHash", s.inputHash());
        m.put("createdBy", s.createdBy());
        m.put("createdAt", s.createdAt());
        m.put("withdrawn", s.withdrawn());
        m.put("credits", s.credits());
        return m;
    }

    private static int parseVersion(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new NotFound("version " + text);
        }
    }
}
