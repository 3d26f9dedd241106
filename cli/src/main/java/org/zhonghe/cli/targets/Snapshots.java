package org.zhonghe.cli.targets;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.zhonghe.targets.Parsed;
import org.zhonghe.targets.Problem;
import org.zhonghe.targets.ProblemKind;
import org.zhonghe.targets.TargetFiles;
import org.zhonghe.targets.TargetRegistry;
import org.zhonghe.targets.TargetSnapshot;

/** Opens a snapshot named on the command line: a bundled id such as {@code 2022-01}, or a CSV file (UTF-8). */
final class Snapshots {
    private Snapshots() {}

    static Parsed<TargetSnapshot> open(String snapshotOrFile) {
        if (TargetRegistry.hasSnapshot(snapshotOrFile)) {
            return Parsed.of(TargetRegistry.snapshot(snapshotOrFile));
        }
        Path path = Path.of(snapshotOrFile);
        if (!Files.isRegularFile(path)) {
            return Parsed.failed(List.of(new Problem(snapshotOrFile, 0, "", snapshotOrFile,
                    ProblemKind.NOT_A_SNAPSHOT_OR_FILE, String.join(", ", TargetRegistry.snapshotIds()))));
        }
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return TargetFiles.read(reader, snapshotOrFile);
        } catch (CharacterCodingException e) {
            return Parsed.failed(List.of(new Problem(snapshotOrFile, 0, "", "not UTF-8 / 非 UTF-8",
                    ProblemKind.FILE_NOT_READABLE, "")));
        } catch (IOException e) {
            return Parsed.failed(List.of(new Problem(snapshotOrFile, 0, "", String.valueOf(e.getMessage()),
                    ProblemKind.FILE_NOT_READABLE, "")));
        }
    }
}
