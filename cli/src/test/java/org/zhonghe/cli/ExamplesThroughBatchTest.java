package org.zhonghe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhonghe.Concept;

/**
 * The acceptance cases of issue 13 (examples/paper-*), and the older cases a batch ledger can
 * hold ({@link ExampleLedgers}), run through {@code zhonghe batch} as one-entity ledgers: batch
 * gives the verdict, totals, reasons and findings {@code zhonghe check} gives, under the claimed
 * concept and, with {@code --concept}, under every concept of the matrix.
 */
class ExamplesThroughBatchTest {
    @TempDir Path dir;

    @Test
    void batch_gives_the_verdicts_of_check_on_the_acceptance_cases_under_every_concept() throws IOException {
        agree(ExampleLedgers.CASES);
    }

    /** examples/activities-*: batch computes the activities (activities.csv) as check does, to the same tonnes and verdict. */
    @Test
    void batch_computes_the_activity_examples_to_the_verdicts_and_totals_of_check() throws IOException {
        agree(ExampleLedgers.ACTIVITY_CASES);
    }

    /** All the activity examples in one ledger: each entity's row is its own case's. */
    @Test
    void activity_examples_in_one_ledger_keep_their_own_rows() throws IOException {
        Path ledger = dir.resolve("all-activities");
        ExampleLedgers.write(ledger, ExampleLedgers.ledger(ExampleLedgers.ACTIVITY_CASES));
        Run run = Run.of("batch", ledger.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> rows = run.out().lines().skip(1).toList();
        assertThat(rows).hasSize(ExampleLedgers.ACTIVITY_CASES.size());
        for (int i = 0; i < rows.size(); i++) {
            String name = ExampleLedgers.ACTIVITY_CASES.get(i);
            JsonNode check = Run.of("check", ExampleLedgers.assessment(name).toString(), "--format", "json").json();
            assertThat(rows.get(i)).as(name).isEqualTo(CheckAndBatchAgreeTest.row(check.path("entity").asText(),
                    check.path("concept").asText(), check));
        }
    }

    private void agree(List<String> cases) throws IOException {
        for (String name : cases) {
            Path ledger = dir.resolve(name);
            ExampleLedgers.write(ledger, ExampleLedgers.ledger(List.of(name)));
            JsonNode check = Run.of("check", ExampleLedgers.assessment(name).toString(), "--format", "json").json();
            String[] row = only(Run.of("batch", ledger.toString()));
            assertThat(row[2]).as("%s verdict", name).isEqualTo(check.path("verdict").asText());
            assertThat(List.of(row[3], row[4], row[5], row[6])).as("%s totals", name).containsExactly(
                    check.path("totals").path("emissions").asText(), check.path("totals").path("removals").asText(),
                    check.path("totals").path("credits").asText(), check.path("totals").path("net").asText());
            assertThat(row[7]).as("%s reasons", name).isEqualTo(BatchCells.notCounted(check));
            assertThat(row[8]).as("%s findings", name).isEqualTo(BatchCells.findings(check));
            for (Concept c : Concept.values()) {
                String[] under = only(Run.of("batch", ledger.toString(), "--concept", c.id()));
                assertThat(under[2]).as("%s under %s", name, c.id()).isEqualTo(check.path("concepts").path(c.id()).asText());
            }
        }
    }

    private static String[] only(Run run) {
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> rows = run.out().lines().skip(1).toList();
        assertThat(rows).hasSize(1);
        return rows.get(0).split(",", -1);
    }

}
