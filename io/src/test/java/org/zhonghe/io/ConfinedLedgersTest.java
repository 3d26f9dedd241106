package org.zhonghe.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server reads the parts a client sent from a private directory, and nothing outside it. */
class ConfinedLedgersTest {
    private static final String HEAD = "id,gas,amount,unit\n";
    @TempDir Path root;

    private ReadResult readWith(String reference) throws IOException {
        Path dir = Files.createDirectories(root.resolve("parts"));
        Files.writeString(root.resolve("secret.csv"), HEAD + "s1,CO2,1,t\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("emissions.csv"), HEAD + "e1,CO2,1,t\n", StandardCharsets.UTF_8);
        Path doc = Files.writeString(dir.resolve("assessment.yaml"), String.join("\n",
                "version: 1", "entity: {id: x, type: organization}", "period: {from: 2024-01-01, to: 2024-12-31}",
                "claim: {concept: carbon-neutrality}", "emissions: {file: " + reference + "}", ""), StandardCharsets.UTF_8);
        return new AssessmentReader().read(doc, StandardCharsets.UTF_8, dir);
    }

    @Test
    void a_ledger_sent_with_the_assessment_is_read() throws IOException {
        ReadResult r = readWith("emissions.csv");
        assertThat(r.problems()).isEmpty();
        assertThat(r.assessment().emissions()).singleElement().satisfies(e -> assertThat(e.id()).isEqualTo("e1"));
    }

    @Test
    void a_reference_outside_the_private_directory_is_a_problem_and_is_never_read() throws IOException {
        for (String outside : new String[] {"../secret.csv", root.resolve("secret.csv").toString()}) {
            ReadResult r = readWith(outside);
            assertThat(r.isValid()).as(outside).isFalse();
            assertThat(r.problems()).singleElement().satisfies(p -> {
                assertThat(p.key()).isEqualTo("ledger.outside");
                assertThat(p.line()).isEqualTo(5);
            });
        }
    }
}
