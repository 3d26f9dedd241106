package org.zhonghe.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhonghe.registry.RegistryData;

/** {@code registry import} into a real H2 database: idempotent, and a bad file imports nothing. */
class RegistryImportTest {
    @TempDir Path tmp;

    private static Path samples() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("examples/registries"))) return p.resolve("examples/registries");
        }
        throw new IllegalStateException("examples/registries not found");
    }

    @Test
    void importingTwiceChangesNothing() {
        long expected = RegistryData.read(samples()).records().size();
        try (Store store = Store.open(Database.h2Url(tmp.resolve("db")))) {
            RegistryRecords.Summary first = store.registry().importFrom(samples(), n -> { });
            assertThat(first.records()).isEqualTo(expected);
            assertThat(first.imported()).hasSize(7);
            assertThat(store.registry().count()).isEqualTo(expected);
            RegistryRecords.Summary again = store.registry().importFrom(samples(), n -> { });
            assertThat(again.imported()).isEmpty();
            assertThat(again.unchanged()).hasSize(7);
            assertThat(store.registry().count()).isEqualTo(expected);
        }
    }

    @Test
    void aBadFileImportsNothing() throws IOException {
        Path copy = tmp.resolve("registries");
        copyTree(samples(), copy);
        Path car = copy.resolve("climate-action-reserve/retirements.csv");
        String text = Files.readString(car);
        Files.writeString(car, text.replaceFirst(",7275,03/25/2026,", ",7,275,03/25/2026,"));
        try (Store store = Store.open(Database.h2Url(tmp.resolve("db")))) {
            assertThatThrownBy(() -> store.registry().importFrom(copy, n -> { }))
                    .isInstanceOf(RegistryRecords.Rejected.class)
                    .hasMessageContaining("climate-action-reserve/retirements.csv:3");
            assertThat(store.registry().count()).isZero();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target); else Files.copy(p, target);
            }
        }
    }
}
