package org.zhonghe.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.zhonghe.check.ClaimCheck;
import org.zhonghe.check.Outcome;
import org.zhonghe.check.Overrides;
import org.zhonghe.io.AssessmentReader;
import org.zhonghe.io.ReadResult;
import org.zhonghe.io.Syntax;
import org.zhonghe.rules.ClaimEvaluator;

/**
 * Fuzz targets of the readers an attacker can reach (docs/security.md): the assessment in YAML
 * and in JSON, and the CSV and XLSX ledgers it refers to. Each input must end as a read
 * assessment (then evaluated) or as a list of problems: any exception, {@link Error}, stall or
 * memory blow-up is a finding. In a plain {@code mvn verify} each target runs once over every
 * file of its corpus, {@code src/test/resources/org/zhonghe/io/fuzz/ReaderFuzzTestInputs/METHOD/}
 * (the crashes of issue 14 are seeds there); {@code JAZZER_FUZZ=1} fuzzes one target:
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -pl io test -Dtest='ReaderFuzzTest#assessmentYaml' \
 *     -Djazzer.max_duration=10m
 * </pre>
 * New crashes are written beside the corpus and fail the build until fixed. The registry
 * readers (module registry/) get their own class with a target per export format, written as
 * these are, {@code registry/src/test/java/org/zhonghe/registry/fuzz/}.
 */
class ReaderFuzzTest {
    private static final String HEAD = "version: 1\nentity: {id: fuzz, type: organization}\n"
            + "period: {from: 2024-01-01, to: 2024-12-31}\nclaim: {concept: carbon-neutrality}\n";
    private static final AssessmentReader READER = new AssessmentReader();
    private static final ClaimCheck CHECK = new ClaimCheck(ClaimEvaluator.standard());
    private static final Path DIR = tempDir();

    @FuzzTest
    void assessmentYaml(byte[] data) {
        holds(READER.read(new String(data, StandardCharsets.UTF_8), "fuzz.yaml", Syntax.YAML, false));
    }

    @FuzzTest
    void assessmentJson(byte[] data) {
        holds(READER.read(new String(data, StandardCharsets.UTF_8), "fuzz.json", Syntax.JSON, false));
    }

    @FuzzTest
    void csvLedger(byte[] data) throws IOException {
        holds(withLedger("ledger.csv", data));
    }

    @FuzzTest
    void xlsxLedger(byte[] data) throws IOException {
        holds(withLedger("ledger.xlsx", data));
    }

    /** An assessment whose emissions, removals and credits are all in {@code name}, holding {@code data}. */
    private static ReadResult withLedger(String name, byte[] data) throws IOException {
        Files.write(DIR.resolve(name), data);
        Path doc = Files.writeString(DIR.resolve("assessment.yaml"), HEAD + "emissions: {file: " + name + "}\n"
                + "removals: {file: " + name + "}\ncredits: {file: " + name + "}\n", StandardCharsets.UTF_8);
        return READER.read(doc, StandardCharsets.UTF_8, DIR);
    }

    /** Read and evaluated, or refused with problems that say where; never an exception. */
    private static void holds(ReadResult read) {
        Outcome o = CHECK.run(read, Overrides.NONE);
        if (o instanceof Outcome.Invalid bad) {
            assertThat(bad.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isNotNull());
        }
    }

    private static Path tempDir() {
        try {
            Path d = Files.createTempDirectory("zhonghe-fuzz");
            d.toFile().deleteOnExit();
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
