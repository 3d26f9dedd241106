package org.zhonghe.cli.targets;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import org.zhonghe.targets.Parsed;
import org.zhonghe.assessment.Problem;
import org.zhonghe.targets.ProblemKind;
import org.zhonghe.io.targets.TargetFiles;
import org.zhonghe.io.targets.TargetRegistry;
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
            return Parsed.failed(List.of(ProblemKind.NOT_A_SNAPSHOT_OR_FILE.at(snapshotOrFile, 0, "", snapshotOrFile, String.join(", ", TargetRegistry.snapshotIds()))));
        }
        return readFile(snapshotOrFile, TargetFiles::read);
    }

    /**
     * The bundled Net Zero Tracker export of {@link TargetRegistry#CURRENT}, copied to a temporary file
     * (deleted on exit) so that the audit reads it as it reads a user's file.
     */
    static Path bundledExport() {
        try (var in = TargetRegistry.class.getResourceAsStream(TargetRegistry.resource(TargetRegistry.CURRENT))) {
            Path copy = Files.createTempFile("zhonghe-nzt-", ".csv");
            copy.toFile().deleteOnExit();
            Files.copy(java.util.Objects.requireNonNull(in, "bundled export"), copy,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return copy;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Reads a UTF-8 file with a core reader; a file that cannot be read or decoded is one problem. */
    static <T> Parsed<T> readFile(String file, BiFunction<Reader, String, Parsed<T>> read) {
        try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            return read.apply(reader, file);
        } catch (CharacterCodingException e) {
            return Parsed.failed(List.of(ProblemKind.FILE_NOT_READABLE.at(file, 0, "", "not UTF-8 / 非 UTF-8", "")));
        } catch (IOException e) {
            return Parsed.failed(List.of(ProblemKind.FILE_NOT_READABLE.at(file, 0, "", String.valueOf(e.getMessage()), "")));
        }
    }
}
