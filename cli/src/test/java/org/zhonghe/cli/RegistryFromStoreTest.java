package org.zhonghe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhonghe.registry.Registry;
import org.zhonghe.registry.RegistryData;
import org.zhonghe.registry.RegistryRecord;

/**
 * {@code registry show|search|claims} read the store ({@code --data-dir}, as {@code registry
 * import} writes it) and print what they print from the folder, byte for byte: every layout of
 * the real samples (examples/registries), text and JSON (and CSV for claims), zh and en.
 */
class RegistryFromStoreTest {
    private static final String DATA = RegistryCheckTest.samples().toString();
    @TempDir static Path dir;
    private static String store;

    @BeforeAll
    static void importTheSamples() {
        store = dir.resolve("data").toString();
        Run r = Run.of("registry", "import", DATA, "--data-dir", store);
        assertThat(r.exit()).as(r.err()).isZero();
    }

    private static void same(String... args) {
        List<String> folder = new ArrayList<>(List.of(args));
        List<String> stored = new ArrayList<>(List.of(args));
        if (args[1].equals("claims")) folder.add(2, DATA); else folder.addAll(List.of("--registry-data", DATA));
        stored.addAll(List.of("--data-dir", store));
        Run a = Run.of(folder.toArray(String[]::new));
        Run b = Run.of(stored.toArray(String[]::new));
        assertThat(a.err()).as("folder's stderr").isEmpty();
        assertThat(b.err()).as("store's stderr").isEmpty();
        assertThat(b.out()).as(String.join(" ", args)).isEqualTo(a.out());
        assertThat(b.exit()).isEqualTo(a.exit());
    }

    @Test
    void show_gives_the_folders_bytes_for_a_serial_of_every_registry() {
        Map<Registry, RegistryRecord> first = new EnumMap<>(Registry.class);
        for (RegistryRecord r : RegistryData.read(Path.of(DATA)).records()) {
            if (r.serial() != null) first.putIfAbsent(r.registry(), r);
        }
        assertThat(first).hasSize(Registry.values().length);
        for (RegistryRecord r : first.values()) {
            same("registry", "show", r.serial().text(), "--lang", "zh");
            same("registry", "show", r.serial().text(), "--format", "json", "--lang", "en");
        }
        // a sub-range of an APX block; a serial no block holds (exit 1)
        same("registry", "show", "CAR-1-US-1335-31-983-KS-2025-9659-1 to 1000", "--lang", "en");
        same("registry", "show", "ACR-US-1-2020-1-1 to 5", "--lang", "en");
    }

    @Test
    void search_and_claims_give_the_folders_bytes() {
        same("registry", "search", "--beneficiary", "Salesforce", "--format", "json");
        same("registry", "search", "--beneficiary", "江苏亨通高压海缆", "--lang", "zh");
        for (String lang : List.of("zh", "en")) {
            for (String format : List.of("text", "json", "csv")) same("registry", "claims", "--format", format, "--lang", lang);
        }
    }

    @Test
    void a_store_without_registry_data_or_both_sources_is_an_input_error() {
        Run empty = Run.of("registry", "show", "x", "--data-dir", dir.resolve("empty").toString(), "--lang", "en");
        assertThat(empty.exit()).isEqualTo(2);
        assertThat(empty.err()).contains("The store holds no registry data", "zhonghe registry import");
        Run both = Run.of("registry", "claims", DATA, "--data-dir", store, "--lang", "zh");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("不要同时给出");
    }
}
