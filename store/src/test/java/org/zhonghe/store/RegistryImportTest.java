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

    @Test
    void aStoreImportedBeforeMigration14FindsASerialSpeltAnotherWay() throws Exception {
        // before migration 14 an Isometric id's block key was stored as the export writes it
        // (ret_…); the key is now canonical (upper case): the migration folds the stored keys, so a
        // credit finds its retirement in a store imported before the upgrade, whatever its case
        String url = Database.h2Url(tmp.resolve("db"));
        try (Store store = Store.open(url)) {
            store.registry().importFrom(samples(), n -> { });
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
             java.sql.Statement st = c.createStatement()) {
            assertThat(st.executeUpdate("UPDATE registry_records SET block_key = LOWER(SUBSTRING(block_key, 1, 4))"
                    + " || SUBSTRING(block_key, 5) WHERE registry = 'ISOMETRIC' AND block_key LIKE 'RET\\_%'")).isPositive();
            st.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('14', '15')"); // a store before 14 lacks 15 too
        }
        for (String id : new String[] {"ret_1KNSQMD6Z1S0TB50", "RET_1knsqmd6z1s0tb50"}) {
            try (Store store = Store.open(url)) {
                var found = store.registry().stored().find(org.zhonghe.registry.Serial.parse(org.zhonghe.registry.Registry.ISOMETRIC, id));
                assertThat(found).as(id).hasSize(1);
                assertThat(found.get(0).beneficiary()).isEqualTo("Workday");
            }
        }
    }

    @Test
    void aStoreImportedBeforeMigration15FindsTheBeneficiaryOfAThirdPartysRetirement() throws Exception {
        // before migration 15, climate-action-reserve/retirements.csv:19 (ClimeCo LLC, On Behalf of Third
        // Party, "Allegheny College for 2025 emissions") was indexed under the broker's name only; the
        // migration makes the index again, so the search finds it without an import (unchanged files are skipped)
        String url = Database.h2Url(tmp.resolve("db"));
        try (Store store = Store.open(url)) {
            store.registry().importFrom(samples(), n -> { });
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url);
             java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("DELETE FROM registry_name_tokens WHERE token = 'allegheny'");
            st.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '15'");
        }
        try (Store store = Store.open(url)) {
            assertThat(store.registry().stored().search("Allegheny College")).extracting(r -> r.source().toString())
                    .containsExactly("climate-action-reserve/retirements.csv:19", "climate-action-reserve/retirements.csv:82");
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
