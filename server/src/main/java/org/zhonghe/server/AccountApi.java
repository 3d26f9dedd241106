package org.zhonghe.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhonghe.store.Accounts;
import org.zhonghe.store.Principal;
import org.zhonghe.store.Role;
import org.zhonghe.store.Store;

/** Who am I, users and their tokens (admins), tenants (admins of the operator tenant), the audit log. */
final class AccountApi {
    private final Store store;

    AccountApi(Store store) {
        this.store = store;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/me", Role.VIEWER, AccountApi::me),
                Route.get("/users", Role.ADMIN, ctx -> Json.send(ctx, 200, store.accounts().users(Guard.principal(ctx)))),
                Route.post("/users", Role.ADMIN, this::createUser),
                Route.post("/users/{id}/tokens", Role.ADMIN,
                        ctx -> Json.send(ctx, 201, store.accounts().issueToken(Guard.principal(ctx), Bodies.id(ctx, "id")))),
                Route.delete("/users/{id}/tokens", Role.ADMIN, ctx -> Json.send(ctx, 200,
                        Map.of("revoked", store.accounts().revokeTokens(Guard.principal(ctx), Bodies.id(ctx, "id"))))),
                Route.post("/tenants", Role.ADMIN, this::createTenant),
                Route.get("/audit", Role.VIEWER, ctx -> Json.send(ctx, 200, store.audit().list(Guard.principal(ctx),
                        Bodies.number(ctx, "offset", 0, 0, Integer.MAX_VALUE), Bodies.number(ctx, "limit", 50, 1, 500)))));
    }

    private static void me(Context ctx) {
        Principal p = Guard.principal(ctx);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("user", p.userName());
        m.put("tenant", p.tenant());
        m.put("role", p.role().id());
        Json.send(ctx, 200, m);
    }

    private void createUser(Context ctx) {
        JsonNode n = Json.object(ctx);
        String r = Json.text(n, "role");
        Role role = Role.fromId(r).orElseThrow(() -> new BadRequest("role '" + r + "': expected viewer, editor or admin"));
        Json.send(ctx, 201, store.accounts().createUser(Guard.principal(ctx), Json.text(n, "name"), role));
    }

    private void createTenant(Context ctx) {
        Principal p = Guard.principal(ctx);
        if (!p.operator()) {
            ProblemJson.send(ctx, ProblemJson.Kind.FORBIDDEN, Lang.isChinese(ctx)
                    ? "只有运营租户的管理员可以创建租户" : "only admins of the operator tenant create tenants");
            return;
        }
        Accounts.Issued admin = store.accounts().createTenant(Json.text(Json.object(ctx), "name"), false, p);
        Json.send(ctx, 201, admin);
    }
}
