package org.zhonghe.cli.targets;

import org.zhonghe.io.targets.TargetRegistry;
import picocli.CommandLine.Option;

/** {@code --snapshot ID | --source FILE}: which registry a command reads; default the latest bundled snapshot. */
final class SnapshotOptions {
    @Option(names = "--snapshot", paramLabel = "ID",
            description = "A bundled snapshot (default: ${DEFAULT-VALUE}). 内置快照。", defaultValue = TargetRegistry.LATEST)
    String snapshot;

    @Option(names = "--source", paramLabel = "FILE",
            description = "A Net Zero Tracker export or a registry CSV instead. 改用 Net Zero Tracker 导出文件或登记表 CSV。")
    String source;

    /** The snapshot id or file to open. */
    String chosen() {
        return source != null ? source : snapshot;
    }
}
