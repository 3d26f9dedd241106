package org.zhonghe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhonghe.Concept;
import org.zhonghe.assessment.Problem;
import org.zhonghe.batch.Batch;
import org.zhonghe.batch.RandomLedgers;
import org.zhonghe.batch.RandomLedgers.Entity;
import org.zhonghe.batch.RandomLedgers.Ledger;
import org.zhonghe.batch.RandomLedgers.Row;
import org.zhonghe.rules.ClaimEvaluator;

/**
 * The differential test of issue 15 item 7: random ledgers ({@link RandomLedgers}, seeded: every
 * field, edge values, booleans in every spelling) are evaluated by {@code zhonghe check}, one
 * assessment per entity with that entity's rows as its CSV ledgers, and by {@code batch} with 1
 * and 4 threads, under the claimed concept and under {@code --concept} for each concept (check:
 * the claim's concept changed), activities computed by each ({@code RandomActivities}; with a user's factor set,
 * {@code verifier.csv}, beside entities.csv and beside each assessment). Every entity gets the same row — verdict, totals, records not
 * counted by reason, findings — and check gives it too with the entity's emissions, removals and
 * credits written in the assessment itself, each cell a JSON string as in the CSV (an empty cell an
 * empty string: session 20, where a blank serial was read as a value); with bad cells, the same
 * entities are INVALID with the same
 * errors (file, line in the batch file, field, value and message) — an entity's own row of
 * entities.csv too: its cells are the fields {@code entity}, {@code period}, {@code boundary} and
 * {@code claim} of the entity's assessment. Each entity's serials are its own
 * ({@link Ledger#withOwnSerials}): a serial two entities of a batch ledger list is a conflict
 * for both there ({@code SerialClaims}, its own tests), which check, judging one entity, cannot see.
 */
class CheckAndBatchAgreeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ENTITIES = 16;
    private final picocli.CommandLine cli = Cli.commandLine();
    private long activityErrors;
    private long entityErrors;
    @TempDir Path dir;

    @Test
    void random_valid_ledgers_get_the_same_row_for_every_entity_from_check_and_batch_under_every_concept() throws IOException {
        Map<String, Integer> verdicts = valid(1, 6);
        assertThat(verdicts).as("the ledgers reach every verdict").containsKeys("SUPPORTED", "NOT_SUPPORTED", "INDETERMINATE");
        assertThat(verdicts.getOrDefault("with activities", 0)).as("entities with activities computed").isGreaterThan(20);
        assertThat(verdicts.getOrDefault("with a user's factor", 0)).as("entities with a factor of the user's set").isGreaterThan(5);
    }

    @Test
    void random_ledgers_with_bad_cells_make_the_same_entities_invalid_with_the_same_errors_in_check_and_batch() throws IOException {
        assertThat(bad(101, 105)).as("entities with a bad cell").isGreaterThan(8);
        assertThat(activityErrors).as("errors in activities.csv").isGreaterThan(3);
        assertThat(entityErrors).as("entities refused for their own row of entities.csv").isGreaterThan(2);
    }

    /**
     * check reads an emissions ledger above {@code zhonghe.largeLedgerBytes} in two passes, in
     * bounded memory (another reader of the same cells): with the limit at one byte every ledger
     * takes that path, and must agree with batch too.
     */
    @Test
    void check_reading_emissions_in_two_passes_as_for_a_large_ledger_agrees_with_batch_too() throws IOException {
        System.setProperty("zhonghe.largeLedgerBytes", "1");
        try {
            valid(301, 302);
            assertThat(bad(401, 402)).isPositive();
        } finally {
            System.clearProperty("zhonghe.largeLedgerBytes");
        }
    }

    /** Seeds {@code from} to {@code to} of valid ledgers under every concept; the count of each verdict. */
    private Map<String, Integer> valid(long from, long to) throws IOException {
        Map<String, Integer> verdicts = new java.util.TreeMap<>();
        for (long seed = from; seed <= to; seed++) {
            Ledger ledger = RandomLedgers.generate(seed, ENTITIES, 0).withOwnSerials();
            Path batchDir = dir.resolve("ledger-" + seed);
            ledger.write(batchDir);
            List<Concept> options = new ArrayList<>(List.of(Concept.values()));
            options.add(0, null);
            for (Concept concept : options) {
                Map<String, String> rows = batch(ledger, batchDir, concept, true);
                for (Entity e : ledger.entities()) {
                    String c = concept == null ? e.concept() : concept.id();
                    JsonNode check = check(ledger, e, c);
                    String what = "seed %d, entity %s, %s: %s".formatted(seed, e.id(),
                            concept == null ? "claimed concept" : "--concept " + c, ledgerText(ledger, e));
                    assertThat(check.has("errors")).as("check refused a valid ledger: %s %s", what, check).isFalse();
                    assertThat(rows.get(e.id())).as(what).isEqualTo(row(e.id(), c, check));
                    verdicts.merge(check.path("verdict").asText(), 1, Integer::sum);
                    if (!check.path("activities").path("computed").isEmpty()) verdicts.merge("with activities", 1, Integer::sum);
                    if (check.path("activities").toString().contains("[" + RandomLedgers.USER_SET + " ")) {
                        verdicts.merge("with a user's factor", 1, Integer::sum);
                    }
                }
            }
        }
        return verdicts;
    }

    /** Seeds {@code from} to {@code to} of ledgers with bad cells; the count of entities check refused. */
    private int bad(long from, long to) throws IOException {
        int invalid = 0;
        for (long seed = from; seed <= to; seed++) {
            Ledger ledger = RandomLedgers.generate(seed, ENTITIES, 0.12).withOwnSerials();
            Path batchDir = dir.resolve("ledger-" + seed);
            ledger.write(batchDir);
            Map<String, String> rows = batch(ledger, batchDir, null, false);
            List<String> batchErrors = batchErrors(batchDir);
            List<String> checkErrors = new ArrayList<>();
            for (Entity e : ledger.entities()) {
                JsonNode check = check(ledger, e, e.concept());
                String what = "seed %d, entity %s: %s".formatted(seed, e.id(), ledgerText(ledger, e));
                if (check.has("errors")) {
                    invalid++;
                    // an entity whose own row is wrong has no concept read (batch writes none)
                    boolean ownRow = false;
                    for (JsonNode p : check.path("errors")) ownRow |= p.path("file").asText().endsWith(".json");
                    entityErrors += ownRow ? 1 : 0;
                    assertThat(rows.get(e.id())).as(what).isEqualTo(String.join(",", e.id(), ownRow ? "" : e.concept(), "INVALID",
                            "", "", "", "", "", ""));
                    for (JsonNode p : check.path("errors")) checkErrors.add(error(ledger, e, p));
                } else {
                    assertThat(rows.get(e.id())).as(what).isEqualTo(row(e.id(), e.concept(), check));
                }
            }
            assertThat(batchErrors).as("seed %d: errors of batch and check", seed).containsExactlyElementsOf(new TreeSet<>(checkErrors));
            activityErrors += batchErrors.stream().filter(l -> l.startsWith("activities.csv:")).count();
        }
        return invalid;
    }

    /** results.csv of batch with 1 and with 4 threads (which must be the same bytes), by entity. */
    private static Map<String, String> batch(Ledger ledger, Path batchDir, Concept concept, boolean valid) throws IOException {
        String one = null;
        for (int threads : new int[] {1, 4}) {
            StringWriter out = new StringWriter();
            Batch.Report report = new Batch(ClaimEvaluator.standard()).run(batchDir, new Batch.Options(concept, threads), out, n -> { });
            if (valid) {
                assertThat(report.errors()).as("seed %d: batch refused a valid ledger", ledger.seed()).isEmpty();
            }
            if (one == null) one = out.toString();
            else assertThat(out.toString()).as("seed %d, concept %s: 4 threads write what 1 writes", ledger.seed(), concept).isEqualTo(one);
        }
        Map<String, String> rows = new LinkedHashMap<>();
        one.lines().skip(1).forEach(l -> rows.put(l.substring(0, l.indexOf(',')), l));
        assertThat(rows.keySet()).containsExactlyElementsOf(ledger.entities().stream().map(Entity::id).toList());
        return rows;
    }

    /** Batch's errors (4 threads) as {@code FILE:LINE field value message}, sorted. */
    private static List<String> batchErrors(Path batchDir) throws IOException {
        Batch.Report report = new Batch(ClaimEvaluator.standard()).run(batchDir, new Batch.Options(null, 4), new StringWriter(), n -> { });
        TreeSet<String> out = new TreeSet<>();
        for (Problem p : report.errors()) out.add(p.file() + ":" + p.line() + " " + p.field() + " " + p.value() + " " + p.message(Locale.ENGLISH));
        return List.copyOf(out);
    }

    /**
     * One of check's errors in batch's terms: the batch file's line of the row, the field's last
     * segment; an error of the assessment itself (entity, period, boundary, claim) is one of the
     * entity's row in entities.csv, in the column of the field ({@code entity.id} is {@code entity}).
     */
    private static String error(Ledger ledger, Entity e, JsonNode p) {
        String file = p.path("file").asText();
        file = file.substring(file.lastIndexOf('/') + 1);
        String field = p.path("field").asText();
        String value = p.path("value").isNull() ? "null" : p.path("value").asText();
        long line;
        if (file.endsWith(".json")) {
            file = "entities.csv";
            line = ledger.entities().indexOf(e) + 2;
            if (field.equals("entity.id")) field = "entity";
        } else {
            List<Row> rows = ledger.rows(file, e.id());
            line = rows.get(p.path("line").asInt() - 2).line();
        }
        int close = field.lastIndexOf("].");
        String column = close >= 0 ? field.substring(close + 2) : field.substring(field.lastIndexOf('.') + 1);
        return file + ":" + line + " " + column + " " + value + " " + p.path("message").asText();
    }

    /** {@code zhonghe check --format json} on the entity as an assessment with CSV ledgers, claiming {@code concept}. */
    private JsonNode check(Ledger ledger, Entity e, String concept) throws IOException {
        Path d = dir.resolve("check-" + ledger.seed()).resolve(e.id());
        if (!Files.isDirectory(d)) {
            Files.createDirectories(d);
            for (String file : ledger.byFile().keySet()) Files.writeString(d.resolve(file), ledger.entityFile(file, e.id()));
            Files.writeString(d.resolve(RandomLedgers.USER_SET), RandomLedgers.USER_SET_TEXT); // the same file beside the assessment
        }
        // each cell of the entity's row as written (an empty cell is no field), the boundary's scopes as a list
        ObjectNode a = EntityAssessments.head(e, concept, sets -> sets);
        ObjectNode inline = a.deepCopy();
        for (String section : List.of("emissions", "removals", "credits", "activities")) a.putObject(section).put("file", section + ".csv");
        Path assessment = Files.writeString(d.resolve("assessment-" + concept + ".json"), JSON.writeValueAsString(a));
        Run run = Run.of(cli, "check", assessment.toString(), "--format", "json", "--lang", "en");
        assertThat(run.exit()).as("seed %d, %s: %s", ledger.seed(), e.id(), run.err()).isIn(0, 1, 2);
        JsonNode fromCsv = run.json();
        // the same records written in the assessment itself, each cell a JSON string as written in the CSV
        // ledger (an empty cell an empty string): the YAML/JSON reading of a record is the CSV reading
        EntityAssessments.records(inline, ledger, e, List.of("emissions", "removals", "credits"), sets -> sets);
        inline.putObject("activities").put("file", "activities.csv");
        Path inlined = Files.writeString(d.resolve("inline-" + concept + ".json"), JSON.writeValueAsString(inline));
        JsonNode fromJson = Run.of(cli, "check", inlined.toString(), "--format", "json", "--lang", "en").json();
        String what = "seed %d, %s, records in the assessment: %s".formatted(ledger.seed(), e.id(), ledgerText(ledger, e));
        assertThat(fromJson.has("errors")).as(what).isEqualTo(fromCsv.has("errors"));
        if (!fromCsv.has("errors")) assertThat(row(e.id(), concept, fromJson)).as(what).isEqualTo(row(e.id(), concept, fromCsv));
        return fromCsv;
    }

    /** The row batch must write for the entity: check's verdict, totals, reasons and findings. */
    static String row(String entity, String concept, JsonNode check) {
        JsonNode totals = check.path("totals");
        return String.join(",", entity, concept, check.path("verdict").asText(), totals.path("emissions").asText(),
                totals.path("removals").asText(), totals.path("credits").asText(), totals.path("net").asText(),
                BatchCells.notCounted(check), BatchCells.findings(check));
    }


    /** The entity's row of entities.csv and its records, for a failure message that reproduces the case. */
    private static String ledgerText(Ledger ledger, Entity e) {
        StringJoiner s = new StringJoiner("\n", "\n", "\n");
        s.add("files written " + ledger.style() + (ledger.shuffledColumns() ? ", columns shuffled" : "") + "; entities.csv: " + RandomLedgers.csv(e.cells()));
        for (String file : List.of("emissions.csv", "removals.csv", "credits.csv", "activities.csv")) {
            for (Row r : ledger.rows(file, e.id())) s.add(file + ":" + r.line() + ": " + RandomLedgers.csv(r.cells()));
        }
        return s.toString();
    }
}
