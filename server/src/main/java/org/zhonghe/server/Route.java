package org.zhonghe.server;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Objects;
import org.zhonghe.store.Role;

/**
 * One API route: method, path under {@code /api/v1} (OpenAPI style, {@code /assessments/{id}}),
 * the least role it needs (null: no token needed), and its handler. {@code openapi.json} lists
 * exactly these routes; a test holds them together.
 */
record Route(HandlerType method, String path, Role role, Handler handler) {
    static final String BASE = "/api/v1";

    Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(handler, "handler");
    }

    static Route get(String path, Role role, Handler h) {
        return new Route(HandlerType.GET, path, role, h);
    }

    static Route post(String path, Role role, Handler h) {
        return new Route(HandlerType.POST, path, role, h);
    }

    static Route put(String path, Role role, Handler h) {
        return new Route(HandlerType.PUT, path, role, h);
    }

    static Route delete(String path, Role role, Handler h) {
        return new Route(HandlerType.DELETE, path, role, h);
    }
}
