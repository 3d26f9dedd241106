package org.zhonghe.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** An assessment held in memory (an upload's parts) reads as the same files on disk read. */
class MemoryReadingTest {
    private static final Path EXAMPLES = Path.of("..", "examples");
    private final AssessmentReader reader = new AssessmentReader();

    @Test
    void every_example_reads_from_memory_as_from_its_directory() throws IOException {
        List<String> compared = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(EXAMPLES)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                if (hasWorkbook(dir)) continue;
                for (String name : List.of("assessment.yaml", "assessment.json")) {
                    if (!Files.exists(dir.resolve(name))) continue;
                    AssessmentFile parts = AssessmentFile.fromDirectory(dir, name);
                    ReadResult fromDisk = reader.read(dir.resolve(name), StandardCharsets.UTF_8);
                    ReadResult fromMemory = reader.read(parts.document(), name, parts.syntax(), parts.ledgers());
                    String prefix = dir.toString() + java.io.File.separator;
                    assertThat(fromMemory.toString()).as(dir + "/" + name).isEqualTo(fromDisk.toString().replace(prefix, ""));
                    compared.add(dir.getFileName() + "/" + name);
                }
            }
        }
        assertThat(compared).as("examples compared").hasSizeGreaterThan(20)
                .contains("acme-csv-ledger/assessment.yaml", "activities-user-factor-set/assessment.yaml",
                        "invalid-input-every-error/assessment.yaml");
    }

    @Test
    void a_reference_to_a_part_not_sent_is_a_problem_naming_it() {
        String doc = String.join("\n", "version: 1", "entity: {id: x, type: organization}",
                "period: {from: 2024-01-01, to: 2024-12-31}", "claim: {concept: carbon-neutrality}",
                "emissions: {file: ../emissions.csv}", "");
        ReadResult r = reader.read(doc, "assessment.yaml", Syntax.YAML, Map.of("emissions.csv", "id,gas,amount,unit\ne1,CO2,1,t\n"));
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("ledger.outside");
            assertThat(p.file()).isEqualTo("assessment.yaml");
            assertThat(p.value()).isEqualTo("../emissions.csv");
        });
    }

    @Test
    void a_problem_in_a_part_names_the_part_as_sent() {
        String doc = String.join("\n", "version: 1", "entity: {id: x, type: organization}",
                "period: {from: 2024-01-01, to: 2024-12-31}", "claim: {concept: carbon-neutrality}",
                "emissions: {file: emissions.csv}", "");
        ReadResult r = reader.read(doc, "assessment.yaml", Syntax.YAML, Map.of("emissions.csv", "id,gas,amount,unit\ne1,CO2,12,5,t\n"));
        assertThat(r.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("emissions.csv"));
    }

    private static boolean hasWorkbook(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".xlsx"));
        }
    }
}
