package org.zhonghe.registry.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.zhonghe.registry.FileCount;
import org.zhonghe.registry.RegistryData;

/**
 * Fuzz targets of the registry readers (docs/security.md): the export a user downloads from a
 * registry's website and hands to {@code registry import}, {@code registry claims} or
 * {@code check --registry-data}. Each input is written as the registry's main export file into a
 * folder named like the registry, then read; every row must end read or rejected with a reason
 * (read + rejected = rows, as {@code SampleFilesTest} holds for the real samples) and nothing may
 * throw. In a plain {@code mvn verify} each target runs once over its corpus
 * ({@code src/test/resources/org/zhonghe/registry/fuzz/RegistryFuzzTestInputs/METHOD/}: the first
 * rows of each real sample); {@code JAZZER_FUZZ=1} fuzzes one target, as for io's ReaderFuzzTest.
 */
class RegistryFuzzTest {
    private static final Path DIR = tempDir();

    @FuzzTest
    void verraTransactions(byte[] data) {
        holds("verra", "transactions.csv", data);
    }

    @FuzzTest
    void goldStandardRetirements(byte[] data) {
        holds("gold-standard", "retirements.csv", data);
    }

    @FuzzTest
    void apxRetirements(byte[] data) {
        holds("american-carbon-registry", "retirements.csv", data);
    }

    @FuzzTest
    void isometricRetirements(byte[] data) {
        holds("isometric", "retirements.csv", data);
    }

    @FuzzTest
    void cercarbonoRetirements(byte[] data) {
        holds("cercarbono", "retirements.csv", data);
    }

    private static void holds(String registry, String file, byte[] data) {
        Path folder = DIR.resolve(registry);
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(file), data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        RegistryData read = RegistryData.read(folder);
        for (FileCount c : read.counts()) {
            assertThat(c.read() + c.rejected()).as(c.file()).isEqualTo(c.rows());
        }
        assertThat(read.rejections()).allSatisfy(r -> assertThat(r.source().file()).isNotBlank());
    }

    private static Path tempDir() {
        try {
            Path d = Files.createTempDirectory("zhonghe-registry-fuzz");
            d.toFile().deleteOnExit();
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
