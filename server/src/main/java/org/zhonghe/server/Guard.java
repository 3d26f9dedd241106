package org.zhonghe.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.zhonghe.store.Accounts;
import org.zhonghe.store.Principal;

/**
 * Bearer tokens and roles on every route that needs them, and a throttle on failed logins that
 * never refuses a valid token. A token is 256 random bits, so guessing is hopeless; what the
 * throttle stops is a flood of unknown (or revoked, or leaked-and-replayed) tokens: after
 * {@code maxFailures} unknown tokens within {@link FailedLogins#WINDOW} from one client address,
 * or carrying one token prefix from any address, further unknown tokens get 429 instead of 401.
 * A valid token is looked up first and passes whatever its address has sent, so that one client
 * behind the same TLS proxy as everyone else cannot lock the others out. The client address is
 * the peer's, or the last address of {@code X-Forwarded-For} that is not a configured trusted
 * proxy when the peer is one ({@link ClientAddress}).
 */
final class Guard {
    static final Duration WINDOW = FailedLogins.WINDOW;
    static final String PRINCIPAL = "zhonghe.principal";
    private final Accounts accounts;
    private final FailedLogins failed;
    private final List<String> trustedProxies;

    Guard(Accounts accounts, int maxFailures, List<String> trustedProxies) {
        this.accounts = accounts;
        this.failed = new FailedLogins(maxFailures, Clock.systemUTC());
        this.trustedProxies = List.copyOf(trustedProxies);
    }

    /** An {@link Error} (a stack overflow, memory) thrown by a handler, carried to the server's one handler of failures. */
    static final class Failure extends RuntimeException {
        Failure(Error cause) {
            super(cause.toString(), cause, false, false);
        }
    }

    /** The route's handler behind the token and role checks; an {@link Error} becomes a {@link Failure} (500 problem+json). */
    Handler wrap(Route route) {
        Handler inner = route.role() == null ? route.handler() : ctx -> {
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
        return ctx -> {
            try {
                inner.handle(ctx);
            } catch (Error e) {
                throw new Failure(e);
            }
        };
    }

    static Principal principal(Context ctx) {
        return ctx.attribute(PRINCIPAL);
    }

    /** The caller, or empty after answering 401 or 429. */
    private Optional<Principal> authenticate(Context ctx) {
        String header = ctx.header("Authorization");
        String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
        Optional<Principal> who = accounts.authenticate(token);
        if (who.isPresent()) return who;
        if (token != null) {
            String address = ClientAddress.of(ctx, trustedProxies);
            if (failed.record(address, token)) {
                ctx.header("Retry-After", String.valueOf(WINDOW.toSeconds()));
                ProblemJson.send(ctx, ProblemJson.Kind.TOO_MANY_FAILED_LOGINS, Lang.isChinese(ctx)
                        ? "来自 " + address + " 或以此前缀开头的失败登录过多；有效令牌不受影响"
                        : "too many failed logins from " + address + " or with this token prefix; valid tokens are not affected");
                return Optional.empty();
            }
        }
        ctx.header("WWW-Authenticate", "Bearer");
        ProblemJson.send(ctx, ProblemJson.Kind.UNAUTHORIZED, token == null
                ? (Lang.isChinese(ctx) ? "缺少 Authorization: Bearer 令牌" : "no Authorization: Bearer token")
                : (Lang.isChinese(ctx) ? "令牌无效或已撤销" : "unknown or revoked token"));
        return Optional.empty();
    }
}
