package org.zhonghe.server;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.zhonghe.store.Accounts;
import org.zhonghe.store.AuditVerifier;
import org.zhonghe.store.Role;
import org.zhonghe.store.InvalidValue;
import org.zhonghe.store.StateConflict;
import org.zhonghe.store.Store;
import org.zhonghe.store.UnknownRecord;
import org.zhonghe.server.web.TargetsApi;
import org.zhonghe.server.web.TargetsAuditApi;
import org.zhonghe.server.web.WebUi;

/**
 * The REST server (api.md): opens (creating, migrating and seeding on first start) the store,
 * serves {@code /api/v1} on 127.0.0.1, prints {@code Admin token: TOKEN} on first start and
 * {@code Listening on http://127.0.0.1:PORT} when ready. CORS is off: no cross-origin headers.
 */
public final class ZhongheServer implements AutoCloseable {
    /** The environment variable with the JDBC URL of the tables' owner, who runs the migrations. */
    public static final String OWNER_URL = "ZHONGHE_DB_OWNER_URL";
    private final Store store;
    private final Javalin app;

    private ZhongheServer(Store store, Javalin app) {
        this.store = store;
        this.app = app;
    }

    /** Starts the server; what a person reads goes to {@code out}. */
    public static ZhongheServer start(ServerOptions options, PrintStream out) {
        return start(options, (java.util.function.Consumer<String>) line -> {
            out.println(line);
            out.flush();
        });
    }

    /** Starts the server; each line a person reads goes to {@code out}. */
    public static ZhongheServer start(ServerOptions options, java.util.function.Consumer<String> out) {
        return start(options, out, List.of());
    }

    /** Starts the server with {@code extra} routes beside the API's (tests: a handler that fails as no route may). */
    static ZhongheServer start(ServerOptions options, java.util.function.Consumer<String> out, List<Route> extra) {
        Objects.requireNonNull(options, "options");
        // on PostgreSQL the server connects as the application's role and migrates as the owner, whose URL
        // (with its credentials) comes from the environment, not the command line (docs/credit-ledger.md)
        Store store = options.jdbcUrl() == null ? Store.openDirectory(options.dataDir())
                : Store.open(options.jdbcUrl(), System.getenv(OWNER_URL));
        try {
            checkAuditChain(store, out);
            if (store.runsAsOwner()) {
                out.accept("WARNING: connected as the owner of the audit log, who may alter, drop or truncate it; connect --db as a"
                        + " member of role zhonghe_app and give the owner's URL in " + OWNER_URL + " (docs/credit-ledger.md)");
            }
            Optional<Accounts.Issued> admin = store.initialize(CheckedStore.examples(Examples.bundled()));
            admin.ifPresent(a -> {
                out.accept("Admin token: " + a.token());
                if (options.adminTokenFile() != null) writeToken(options.adminTokenFile(), a.token());
            });
            Javalin app = Javalin.create(config -> configure(config, store, options, extra)).start("127.0.0.1", options.port());
            out.accept("Listening on http://127.0.0.1:" + app.port());
            return new ZhongheServer(store, app);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Every route the server answers, as {@code openapi.json} lists them. */
    static List<Route> routes(Store store) {
        List<Route> all = new ArrayList<>(new CatalogApi(new StoreRegistryFacts(store)).routes());
        all.addAll(new LedgerApi(store).routes());
        all.addAll(new CreditApi(store).routes());
        all.addAll(new RegistryApi(store).routes());
        all.addAll(new AccountApi(store).routes());
        all.addAll(new ReportApi(new StoreRegistryFacts(store)).routes());
        all.addAll(new EvaluationReportApi(store).routes());
        all.add(Route.get("/targets", Role.VIEWER, TargetsApi::list));
        all.add(Route.post("/targets/compare", Role.VIEWER, TargetsApi::compare));
        all.add(Route.get("/targets/audit", Role.VIEWER, TargetsAuditApi::bundled));
        all.add(Route.post("/targets/audit", Role.VIEWER, TargetsAuditApi::upload));
        return all;
    }

    private static void configure(io.javalin.config.JavalinConfig config, Store store, ServerOptions options, List<Route> extra) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = options.maxBodyBytes();
        Guard guard = new Guard(store.accounts(), options.maxFailedLogins(), options.trustedProxies());
        config.routes.before(ctx -> {
            // no response is sniffed into another type (static files set it in WebUi too)
            ctx.header("X-Content-Type-Options", "nosniff");
            if (ctx.req().getContentLengthLong() > options.maxBodyBytes()) {
                throw new HttpResponseException(413, "body of " + ctx.req().getContentLengthLong() + " bytes; the limit is "
                        + options.maxBodyBytes());
            }
        });
        WebUi.configure(config, Examples.byName());
        List<Route> served = new ArrayList<>(routes(store));
        served.addAll(extra);
        for (Route r : served) config.routes.addHttpHandler(r.method(), Route.BASE + r.path(), guard.wrap(r));
        methodNotAllowed(config, routes(store));
        config.routes.exception(NotFound.class, (e, ctx) -> ProblemJson.send(ctx, ProblemJson.Kind.NOT_FOUND, e.getMessage()));
        config.routes.exception(BadRequest.class, (e, ctx) -> ProblemJson.send(ctx, ProblemJson.Kind.BAD_REQUEST, e.getMessage()));
        config.routes.exception(Conflict.class, (e, ctx) -> ProblemJson.send(ctx, ProblemJson.Kind.CONFLICT, e.getMessage()));
        config.routes.exception(UnknownRecord.class, (e, ctx) -> ProblemJson.send(ctx, ProblemJson.Kind.NOT_FOUND, e.getMessage()));
        config.routes.exception(InvalidValue.class, (e, ctx) -> ProblemJson.send(ctx, ProblemJson.Kind.BAD_REQUEST, e.getMessage()));
        config.routes.exception(StateConflict.class, (e, ctx) -> ProblemJson.send(ctx, ProblemJson.Kind.CONFLICT, e.getMessage()));
        config.routes.exception(InvalidInput.class, (e, ctx) -> ProblemJson.invalid(ctx, e.problems()));
        config.routes.exception(Bodies.MediaTypeRefused.class,
                (e, ctx) -> ProblemJson.send(ctx, ProblemJson.Kind.UNSUPPORTED_MEDIA_TYPE, "Content-Type: " + e.getMessage()));
        config.routes.exception(HttpResponseException.class,
                (e, ctx) -> ProblemJson.send(ctx, ProblemJson.Kind.ofStatus(e.getStatus()), e.getMessage()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            Throwable cause = e instanceof Guard.Failure f ? f.getCause() : e;
            System.err.println("zhonghe serve: internal failure on " + ctx.method() + " " + ctx.path() + ": "
                    + String.valueOf(cause).lines().findFirst().orElse(""));
            ProblemJson.send(ctx, ProblemJson.Kind.INTERNAL, "the server failed; the error is in its log");
        });
    }

    /**
     * Verifies the audit log's hash chain on start and prints its head (keep it: a copy kept
     * elsewhere shows even a rewrite of the whole chain). A broken chain is reported, first broken
     * link first, on standard error and to the operator, and the server still starts: refusing would
     * let whoever can write one row stop the service, and the evidence stays readable
     * ({@code zhonghe audit verify}; docs/credit-ledger.md).
     */
    private static void checkAuditChain(Store store, java.util.function.Consumer<String> out) {
        AuditVerifier.Report r = store.audit().verify();
        if (r.intact()) {
            out.accept("Audit log: " + r.rows() + " rows, chain intact, head " + r.head());
            return;
        }
        String line = "WARNING: the audit log's hash chain is broken at row " + r.brokenAt() + ": " + r.problem()
                + " (zhonghe audit verify reports it; the server starts anyway)";
        System.err.println("zhonghe serve: " + line);
        out.accept(line);
    }

    /** A method a route's path does not answer is 405 with an {@code Allow} header (not 404: the path exists). */
    private static void methodNotAllowed(io.javalin.config.JavalinConfig config, List<Route> routes) {
        java.util.Map<String, java.util.Set<String>> byPath = new java.util.LinkedHashMap<>();
        for (Route r : routes) byPath.computeIfAbsent(r.path(), k -> new java.util.TreeSet<>()).add(r.method().name());
        byPath.forEach((path, allowed) -> {
            String allow = String.join(", ", allowed);
            for (io.javalin.http.HandlerType m : List.of(io.javalin.http.HandlerType.GET, io.javalin.http.HandlerType.POST,
                    io.javalin.http.HandlerType.PUT, io.javalin.http.HandlerType.DELETE, io.javalin.http.HandlerType.PATCH)) {
                if (allowed.contains(m.name())) continue;
                config.routes.addHttpHandler(m, Route.BASE + path, ctx -> {
                    ctx.header("Allow", allow);
                    throw new HttpResponseException(405, m.name() + " " + Route.BASE + path + ": allowed " + allow);
                });
            }
        });
    }

    private static void writeToken(Path file, String token) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file keeps its directory's access rules
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the admin token to " + file, e);
        }
    }

    public int port() {
        return app.port();
    }

    public Store store() {
        return store;
    }

    /** Stops serving and closes the store. */
    @Override
    public void close() {
        app.stop();
        store.close();
    }

    /** {@code java -cp … org.zhonghe.server.ZhongheServer [--port N] [--data-dir DIR] [--db URL] [--admin-token-file F]}. */
    public static void main(String[] args) {
        ServerOptions o = ServerOptions.defaults();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o = switch (args[i]) {
                case "--port" -> o.withPort(Integer.parseInt(args[i + 1]));
                case "--data-dir" -> o.withDataDir(Path.of(args[i + 1]));
                case "--db" -> o.withJdbcUrl(args[i + 1]);
                case "--admin-token-file" -> o.withAdminTokenFile(Path.of(args[i + 1]));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            };
        }
        start(o, System.out);
    }
}
