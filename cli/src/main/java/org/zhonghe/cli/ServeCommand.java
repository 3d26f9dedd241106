package org.zhonghe.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.zhonghe.server.ServerOptions;
import org.zhonghe.server.ZhongheServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code zhonghe serve}: the REST API (docs/api.md) on 127.0.0.1 until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the REST API on 127.0.0.1: an embedded H2 database by default, PostgreSQL with --db.",
                "在 127.0.0.1 上提供 REST API：默认使用内嵌 H2 数据库，--db 可接 PostgreSQL。"},
        footer = {"%nEnvironment / 环境变量:",
                "  " + ZhongheServer.OWNER_URL + "  JDBC URL of the tables' owner on PostgreSQL: migrations run as this role,"
                        + " the server as --db's role (member of zhonghe_app, which cannot delete or rewrite the audit log)."
                        + " Unset: both as --db's role, with a warning.",
                "  " + ZhongheServer.OWNER_URL + "  PostgreSQL 上数据表所有者的 JDBC URL：迁移以该角色执行，服务以 --db 的角色"
                        + "（zhonghe_app 成员，不能删除或改写审计日志）运行；未设置时二者都用 --db 的角色并给出警告。"})
final class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--port", defaultValue = "7070", description = "TCP port (default 7070; 0 for any free port).")
    int port;
    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the embedded database lives (default ~/.zhonghe).")
    Path dataDir;
    @Option(names = "--db", paramLabel = "JDBC_URL", description = "A database instead of the embedded one, e.g. jdbc:postgresql://host/zhonghe?user=…")
    String db;
    @Option(names = "--admin-token-file", paramLabel = "FILE", description = "On first start, also write the admin token to FILE.")
    Path adminTokenFile;
    @Option(names = "--trusted-proxy", paramLabel = "ADDRESS", split = ",",
            description = {"A reverse proxy (as this server sees it, e.g. 127.0.0.1) whose X-Forwarded-For names the client; repeatable. Without it the header is ignored.",
                    "可信反向代理的地址（如 127.0.0.1），只采信其 X-Forwarded-For；可重复。未设置时忽略该请求头。"})
    List<String> trustedProxies = new ArrayList<>();

    /** Counted down to stop serving (by the JVM's shutdown, or a test). */
    final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        ServerOptions o = ServerOptions.defaults().withPort(port).withJdbcUrl(db).withAdminTokenFile(adminTokenFile)
                .withTrustedProxies(trustedProxies);
        if (dataDir != null) o = o.withDataDir(dataDir);
        PrintWriter out = spec.commandLine().getOut();
        try (ZhongheServer server = ZhongheServer.start(o, line -> {
            out.println(line);
            out.flush();
        })) {
            Thread hook = new Thread(stop::countDown, "zhonghe-serve-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            stop.await();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is stopping: the hook has run
            }
        }
        return 0;
    }
}
