package org.zhonghe.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.zhonghe.store.AuditVerifier;
import org.zhonghe.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code zhonghe audit verify}: checks the audit log's hash chain of a server's database, reading
 * only, and names the first broken link. Exit 0 intact, 1 broken, 2 no such database.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"The audit log of a server's database.", "服务器数据库的审计日志。"},
        subcommands = {AuditCommand.Verify.class, CommandLine.HelpCommand.class})
final class AuditCommand implements Runnable {
    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Check the audit log's hash chain from its first row to its head; report the first broken link (exit 0 intact, 1 broken).",
                    "从第一行到链头校验审计日志的哈希链；报告第一个断开的链接（完整退出码 0，断开 1）。"})
    static final class Verify implements Callable<Integer> {
        @Spec CommandLine.Model.CommandSpec spec;
        @Mixin LanguageOption language;
        @Option(names = "--db", paramLabel = "JDBC_URL", description = "The database, e.g. jdbc:postgresql://host/zhonghe?user=…")
        String db;
        @Option(names = "--data-dir", paramLabel = "DIR", description = "The embedded database's directory (default ~/.zhonghe).")
        Path dataDir;

        @Override
        public Integer call() throws SQLException {
            String url = db;
            if (url == null) {
                Path dir = dataDir != null ? dataDir : Path.of(System.getProperty("user.home"), ".zhonghe");
                if (!Files.isRegularFile(dir.resolve("zhonghe.mv.db"))) {
                    throw new InputError("no Zhonghe database in " + dir + " (zhonghe.mv.db) / " + dir + " 中没有中和数据库");
                }
                url = Database.h2Url(dir);
            }
            AuditVerifier.Report r = AuditVerifier.verify(url);
            boolean zh = language.locale().equals(Locale.CHINESE);
            PrintWriter out = spec.commandLine().getOut();
            if (r.intact()) {
                out.println(zh ? "审计日志完整：" + r.rows() + " 行，哈希链无断开；链头 " + r.head()
                        : "Audit log intact: " + r.rows() + " rows, every link holds; head " + r.head());
                return 0;
            }
            out.println(zh ? "审计日志的哈希链在第 " + r.brokenAt() + " 行断开：" + r.problem() + "（此前 " + r.rows() + " 行完整，最后完整链接 " + r.head() + "）"
                    : "Audit log broken at row " + r.brokenAt() + ": " + r.problem() + " (" + r.rows() + " rows intact before it; last intact link " + r.head() + ")");
            return 1;
        }
    }
}
