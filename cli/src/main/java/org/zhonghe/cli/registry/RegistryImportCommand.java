package org.zhonghe.cli.registry;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.zhonghe.cli.InputError;
import org.zhonghe.cli.LanguageOption;
import org.zhonghe.registry.Rejection;
import org.zhonghe.registry.RegistryMessages;
import org.zhonghe.store.RegistryRecords;
import org.zhonghe.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zhonghe registry import DIR [--db URL]}: the registries' exports into the store, all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import registry exports into the store (the server's embedded H2 database in ~/.zhonghe by default): "
                + "unchanged folders are left as they are, changed ones replaced; a file with a row not read imports nothing.",
                "把登记簿导出文件导入数据库（默认为服务器在 ~/.zhonghe 中的内嵌 H2 数据库）：未变的文件夹保持不变，变化的整体替换；"
                        + "任何文件有未能读取的行，则什么也不导入。"})
public final class RegistryImportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin LanguageOption language;
    @Parameters(index = "0", paramLabel = "DIR", description = "a folder of registry folders (verra/, gold-standard/ …) or one registry's folder")
    Path dir;
    @Option(names = "--db", paramLabel = "JDBC_URL", description = "A database instead of the embedded one, e.g. jdbc:postgresql://host/zhonghe?user=…")
    String db;
    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the embedded H2 database lives (default ~/.zhonghe).")
    Path dataDir;

    @Override
    public Integer call() {
        RegistryMessages m = RegistryMessages.of(language.locale());
        PrintWriter out = org.zhonghe.output.WrappingWriter.of(spec.commandLine().getOut());
        PrintWriter err = spec.commandLine().getErr();
        Path home = dataDir != null ? dataDir : Path.of(System.getProperty("user.home"), ".zhonghe");
        try (Store store = db != null ? Store.open(db) : Store.openDirectory(home);
             ProgressBar bar = System.console() == null ? null : bar()) {
            LongConsumer progress = bar == null ? n -> { } : bar::stepTo;
            RegistryRecords.Summary s = store.registry().importFrom(dir, progress);
            out.println(m.get("registry.import.done", s.records(), String.join(", ", s.imported()),
                    s.unchanged().isEmpty() ? "—" : String.join(", ", s.unchanged())));
            out.flush();
            return 0;
        } catch (RegistryRecords.Rejected e) {
            for (Rejection r : e.rejections()) err.println(r);
            err.println(m.get("registry.import.rejected", e.rejections().size()));
            err.flush();
            return 2;
        } catch (IllegalArgumentException e) {
            throw new InputError(e.getMessage());
        }
    }

    private static ProgressBar bar() {
        return new ProgressBarBuilder().setTaskName("registry import").setInitialMax(-1).setUnit(" records", 1)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(250).build();
    }
}
