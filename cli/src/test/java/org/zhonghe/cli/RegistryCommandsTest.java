package org.zhonghe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zhonghe registry show|search|claims} on the registries' real samples in examples/registries. */
class RegistryCommandsTest {
    private static final String DATA = samples().toString();

    private static Path samples() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("examples/registries"))) return p.resolve("examples/registries");
        }
        throw new IllegalStateException("examples/registries not found");
    }

    @Test
    void showFindsAnApxBlockBySubRangeWithTheIssuesJsonFields() {
        Run r = Run.of("registry", "show", "CAR-1-US-1335-31-983-KS-2025-9659-1 to 1000", "--registry-data", DATA, "--format", "json");
        assertThat(r.exit()).isZero();
        JsonNode n = r.json().get(0);
        for (String f : List.of("registry", "serial", "project", "creditClass", "vintage", "quantity", "status", "retiredOn",
                "beneficiary", "notes")) {
            assertThat(n.has(f)).as(f).isTrue();
        }
        assertThat(n.path("registry").asText()).isEqualTo("CAR");
        assertThat(n.path("serial").asText()).isEqualTo("CAR-1-US-1335-31-983-KS-2025-9659-1 to 7275");
        assertThat(n.path("quantity").asText()).isEqualTo("7275");
        assertThat(n.path("creditClass").asText()).isEqualTo("reduction");
        assertThat(n.path("status").asText()).isEqualTo("retired");
        assertThat(n.path("retiredOn").asText()).isEqualTo("2026-03-25");
        assertThat(n.path("vintage").asText()).isEqualTo("2025");
    }

    @Test
    void showInChineseAndAnUnknownSerialExitsOne() {
        Run zh = Run.of("registry", "show", "GS1-1-KE-GS11603-16-2025-30256-110-5463", "--registry-data", DATA, "--lang", "zh");
        assertThat(zh.out()).contains("额度类别: 碳减排", "状态: 已注销", "受益方: Hilti Corporation");
        Run none = Run.of("registry", "show", "ACR-US-1-2020-1-1 to 5", "--registry-data", DATA, "--lang", "en");
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.out()).contains("No block of the registry data holds ACR-US-1-2020-1-1 to 5");
    }

    @Test
    void oneRegistrysFolderIsEnoughAndAFolderWithoutExportsIsAnInputError(@TempDir Path tmp) {
        Run one = Run.of("registry", "show", "ret_1KNSQMD6Z1S0TB50", "--registry-data", DATA + "/isometric", "--format", "json");
        assertThat(one.json().get(0).path("quantityKg").asText()).isEqualTo("531000");
        Run bad = Run.of("registry", "show", "x", "--registry-data", tmp.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("holds no registry export", "verra/");
    }

    @Test
    void searchFindsRetirementsOnBehalfOfABeneficiaryAsCarWritesIt() {
        JsonNode found = Run.of("registry", "search", "--beneficiary", "salesforce", "--registry-data", DATA, "--format", "json").json();
        assertThat(found.size()).isGreaterThanOrEqualTo(2);
        List<String> notes = new ArrayList<>();
        found.forEach(n -> notes.add(n.path("notes").asText()));
        assertThat(notes).anyMatch(t -> t.contains("on behalf of Salesforce, Inc."));
    }

    @Test
    void claimsFindWhatAReaderFindsInBothLanguages() {
        JsonNode claims = Run.of("registry", "claims", DATA, "--format", "json").json();
        List<String> lines = new ArrayList<>();
        claims.forEach(c -> lines.add(c.path("source").asText() + " " + c.path("concept").asText() + " "
                + c.path("creditClass").asText() + " " + c.path("verdict").path("admitted").asBoolean()));
        assertThat(lines).contains(
                "verra/transactions.csv:8 carbon-neutrality reduction true",
                "climate-action-reserve/retirements.csv:3 carbon-neutrality reduction true",
                "gold-standard/retirements.csv:24 net-zero-ghg reduction false",
                "american-carbon-registry/retirements.csv:68 climate-neutrality reduction false");
        Run zh = Run.of("registry", "claims", DATA, "--lang", "zh");
        assertThat(zh.out()).contains("碳中和", "按声明方汇总", "不允许碳抵消", "自2026-09-27起，在欧盟禁止");
        Run en = Run.of("registry", "claims", DATA, "--lang", "en");
        assertThat(en.out()).contains("Totals per claimant", "Maple Leaf Foods: 3 claims", "admits no offsets");
        Run csv = Run.of("registry", "claims", DATA, "--format", "csv");
        assertThat(csv.out().lines().count()).isEqualTo(claims.size() + 1);
    }

    @Test
    void aRowRepeatedInTheExportIsCountedOnceAndTold(@TempDir Path tmp) throws Exception {
        // a copy of the real CAR export with its line 3 (Maple Leaf Foods, 7,275 t) appended as line 102
        Path car = Files.createDirectories(tmp.resolve("climate-action-reserve"));
        try (var files = Files.list(Path.of(DATA, "climate-action-reserve"))) {
            for (Path f : files.toList()) Files.copy(f, car.resolve(f.getFileName().toString()));
        }
        Path file = car.resolve("retirements.csv");
        Files.writeString(file, Files.readAllLines(file).get(2) + "\n", java.nio.file.StandardOpenOption.APPEND);
        Run en = Run.of("registry", "claims", tmp.toString(), "--lang", "en");
        assertThat(en.err()).contains("climate-action-reserve/retirements.csv:102 repeats climate-action-reserve/retirements.csv:3",
                "counted once");
        assertThat(en.out()).contains("Maple Leaf Foods: 3 claims, 34393 t CO2e retired");
        Run zh = Run.of("registry", "claims", tmp.toString(), "--lang", "zh");
        assertThat(zh.err()).contains("climate-action-reserve/retirements.csv:102", "只计一次");
        JsonNode shown = Run.of("registry", "show", "CAR-1-US-1335-31-983-KS-2025-9659-1 to 1000", "--registry-data",
                tmp.toString(), "--format", "json").json();
        assertThat(shown.size()).isEqualTo(1);
    }
}
