package org.zhonghe.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.zhonghe.store.Accounts;
import org.zhonghe.store.Principal;

/**
 * Bearer tokens and roles on every route that needs them, and a limit on failed logins per client
 * address: after {@code maxFailures} unknown tokens within {@link #WINDOW}, that address gets 429
 * until the window has passed.
 */
final class Guard {
    static final Duration WINDOW = Duration.ofMinutes(1);
    static final String PRINCIPAL = "zhonghe.principal";
    private final Accounts accounts;
    private final int maxFailures;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    Guard(Accounts accounts, int maxFailures) {
        this.accounts = accounts;
        this.maxFailures = maxFailures;
    }

    /** The route's handler behind the token and role checks. */
    Handler wrap(Route route) {
        if (route.role() == null) return route.handler();
        return ctx -> {
            Optional<Principal> who = authenticate(ctx);
            if (who.isEmpty()) return;
            if (!who.get().role().allows(route.role())) {
                ProblemJson.send(ctx, ProblemJson.Kind.FORBIDDEN, Lang.isChinese(ctx)
                        ? "需要角色 " + route.role().id() + "，您的角色是 " + who.get().role().id()
                        : "needs role " + route.role().id() + "; yours is " + who.get().role().id());
                return;
            }
            ctx.attribute(PRINCIPAL, who.get());
            route.handler().handle(ctx);
        };
    }

    static Principal principal(Context ctx) {
        return ctx.attribute(PRINCIPAL);
    }

    /** The caller, or empty after answering 401 or 429. */
    private Optional<Principal> authenticate(Context ctx) {
        String address = ctx.ip();
        if (recentFailures(address) >= maxFailures) {
            ctx.header("Retry-After", String.valueOf(WINDOW.toSeconds()));
            ProblemJson.send(ctx, ProblemJson.Kind.TOO_MANY_FAILED_LOGINS, Lang.isChinese(ctx)
                    ? "来自 " + address + " 的失败登录过多" : "too many failed logins from " + address);
            return Optional.empty();
        }
        String header = ctx.header("Authorization");
        String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
        Optional<Principal> who = accounts.authenticate(token);
        if (who.isEmpty()) {
            if (token != null) {
                Deque<Instant> d = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
                synchronized (d) {
                    d.addLast(clock.instant());
                }
            }
            ctx.header("WWW-Authenticate", "Bearer");
            ProblemJson.send(ctx, ProblemJson.Kind.UNAUTHORIZED, token == null
                    ? (Lang.isChinese(ctx) ? "缺少 Authorization: Bearer 令牌" : "no Authorization: Bearer token")
                    : (Lang.isChinese(ctx) ? "令牌无效或已撤销" : "unknown or revoked token"));
        }
        return who;
    }

    private int recentFailures(String address) {
        Deque<Instant> d = failures.get(address);
        if (d == null) return 0;
        synchronized (d) {
            Instant cutoff = clock.instant().minus(WINDOW);
            while (!d.isEmpty() && d.peekFirst().isBefore(cutoff)) d.pollFirst();
            return d.size();
        }
    }
}
