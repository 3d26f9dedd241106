package org.zhonghe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhonghe.assessment.Problem;
import org.zhonghe.batch.Batch;
import org.zhonghe.io.AssessmentReader;
import org.zhonghe.io.ReadResult;
import org.zhonghe.io.Syntax;
import org.zhonghe.rules.ClaimEvaluator;

/**
 * A differential test of the one reading of a ledger: random ledgers (seeded; every field of
 * emissions, removals and credits, edge values, booleans in every spelling, bad cells) are read
 * by {@code check} (io and core's checks) and by {@code batch} with 1 and 4 threads, and each
 * must find the same problems — file, line, column, problem code and arguments — for the same
 * rows. The entity's own cells (type, period, scopes, claim, name) vary too, in good and bad
 * spellings and over their length: written in entities.csv for batch and as the assessment's
 * fields for check, they must be refused with the same codes.
 */
class OneReadingTest {
    private static final String[] BOOLEANS = {"", "true", "false", "True", "FALSE", "TRUE", "yes", "1", "tru"};
    private static final String[] DECIMALS = {"1", "0", "12.5", "1e3", "-1", "\"12,5\"", "\"1,200\"", "lots", "9".repeat(51), "1e51", ".5"};
    private static final String[] YEARS = {"", "100", "0", "-5", "12.5", "x", "2147483648"};

    @TempDir Path dir;

    @Test
    void check_and_batch_find_the_same_problems_in_random_ledgers() throws IOException {
        SplittableRandom rnd = new SplittableRandom(15);
        for (int round = 0; round < 40; round++) {
            List<String> emissions = new ArrayList<>(List.of("id,gas,amount,unit,scope,biogenic,source"));
            List<String> removals = new ArrayList<>(List.of("id,kind,amount,unit,managed,basis,durabilityYears,lifecycleEmissions,inBoundary"));
            List<String> credits = new ArrayList<>(List.of("id,registry,serial,type,kind,durabilityYears,vintage,amount,unit,retired,"
                    + "beneficiary,retiredOn,ownBoundary,international,verified,etsCovered,hostCountry"));
            for (int i = 0; i < 3; i++) {
                emissions.add(String.join(",", "e" + round + "x" + i, pick(rnd, "CO2", "CH4", "N2O"), pick(rnd, DECIMALS),
                        pick(rnd, "t", "kg", "tons", "Mt"), pick(rnd, "", "1", "2", "3", "4", "x"), biogenic(rnd), "boilers"));
                removals.add(String.join(",", "r" + round + "x" + i, pick(rnd, "afforestation", "daccs", "biochar", "wind-power", "trees"),
                        pick(rnd, DECIMALS), pick(rnd, "t", "kg", "tons"), pick(rnd, "true", "True", "false", "FALSE", "maybe"),
                        pick(rnd, "", "increment", "stock", "flow"), pick(rnd, YEARS), pick(rnd, "", "0", "1.5", "-2", "x"),
                        pick(rnd, BOOLEANS)));
                credits.add(String.join(",", "c" + round + "x" + i, "CCER", "S-" + round + "-" + i,
                        pick(rnd, "avoidance", "removal", "offset"), pick(rnd, "", "afforestation", "trees"), pick(rnd, YEARS),
                        pick(rnd, "2023", "2022", "20x3"), pick(rnd, DECIMALS), pick(rnd, "t", "tons"), pick(rnd, BOOLEANS),
                        "acme", pick(rnd, "", "2024-03-01", "2024-13-01", "yesterday"), pick(rnd, BOOLEANS), pick(rnd, BOOLEANS),
                        pick(rnd, BOOLEANS), pick(rnd, BOOLEANS), pick(rnd, "", "CHN", "chn", "CN", "CHNA")));
            }
            List<String> entity = entity(rnd, round);
            List<String> byCheck = check(entity, emissions, removals, credits);
            for (int threads : new int[] {1, 4}) {
                assertThat(batch(entity, emissions, removals, credits, threads)).as("round %d, %d threads: %s %s %s %s", round,
                        threads, entity, emissions, removals, credits).containsExactlyElementsOf(byCheck);
            }
        }
    }

    /**
     * The cells of the entity's row (name, type, from, to, scopes, concept, profile, metric,
     * scope2Method), good in most rounds, else a wrong value, spelling or a text over its limit.
     */
    private static List<String> entity(SplittableRandom rnd, int round) {
        boolean bad = round % 3 == 2;
        return List.of(bad ? pick(rnd, "", "Acme", "N".repeat(1001)) : pick(rnd, "", "Acme", "名".repeat(1000)),
                bad ? pick(rnd, "company", "", "Organization", "t".repeat(201)) : pick(rnd, "organization", "organisation", " city"),
                bad ? pick(rnd, "2024-01-01", "2024/01/01", "") : "2024-01-01",
                bad ? pick(rnd, "2024-12-31", "2023-12-31", "2024-02-30") : pick(rnd, "2024-12-31", " 2024-12-31"),
                bad ? pick(rnd, "1|2|3", "4", "1|x", "0|2") : pick(rnd, "1|2|3", " 2 | 03|1", "none", ""),
                bad ? pick(rnd, "carbon-neutrality", "carbon-neutral", "") : "carbon-neutrality",
                bad ? pick(rnd, "ipcc", "iso", "p".repeat(201)) : pick(rnd, "ipcc", " ipcc", ""),
                bad ? pick(rnd, "AR5-GWP100", "AR7") : pick(rnd, "AR5-GWP100", "AR5-GWP100 ", ""),
                bad ? pick(rnd, "location", "residual") : pick(rnd, "", "market"));
    }

    private static final List<String> ENTITY_COLUMNS = List.of("name", "type", "from", "to", "scopes", "concept", "profile",
            "metric", "scope2Method");

    /** The problems {@code zhonghe check} finds: io's reading and core's checks of the records read. */
    private static List<String> check(List<String> entity, List<String> emissions, List<String> removals, List<String> credits) {
        Map<String, String> cell = new java.util.HashMap<>();
        for (int i = 0; i < ENTITY_COLUMNS.size(); i++) cell.put(ENTITY_COLUMNS.get(i), entity.get(i));
        String scopes = cell.get("scopes").equals("none") ? "[]"
                : "[" + String.join(", ", java.util.Arrays.stream(cell.get("scopes").split("\\|")).map(OneReadingTest::quoted).toList()) + "]";
        String yaml = "version: 1\n"
                + "entity: {" + fields(cell, "name", "type") + (cell.get("name").isEmpty() && cell.get("type").isEmpty() ? "" : ", ")
                + "id: E1}\n"
                + "period: {" + fields(cell, "from", "to") + "}\n"
                + (cell.get("scopes").isEmpty() ? "" : "boundary: {scopes: " + scopes + "}\n")
                + "claim: {" + fields(cell, "concept", "profile", "metric", "scope2Method") + "}\n"
                + "emissions: {file: emissions.csv}\nremovals: {file: removals.csv}\ncredits: {file: credits.csv}\n";
        ReadResult r = new AssessmentReader().read(yaml, "assessment.yaml", Syntax.YAML, Map.of("emissions.csv", csv(emissions),
                "removals.csv", csv(removals), "credits.csv", csv(credits)));
        List<Problem> problems = new ArrayList<>(r.problems());
        if (r instanceof ReadResult.Read read) problems.addAll(read.locate(ClaimEvaluator.standard().validate(read.assessment())));
        return sorted(problems);
    }

    /** The problems {@code zhonghe batch} finds in the same rows, each with the column {@code entity} first. */
    private List<String> batch(List<String> entity, List<String> emissions, List<String> removals, List<String> credits,
                               int threads) throws IOException {
        Path d = Files.createTempDirectory(dir, "ledger");
        Files.writeString(d.resolve("entities.csv"), "entity," + String.join(",", ENTITY_COLUMNS) + "\nE1," + String.join(",", entity)
                + "\n");
        for (Map.Entry<String, List<String>> f : Map.of("emissions.csv", emissions, "removals.csv", removals, "credits.csv", credits).entrySet()) {
            List<String> rows = new ArrayList<>();
            for (int i = 0; i < f.getValue().size(); i++) rows.add((i == 0 ? "entity," : "E1,") + f.getValue().get(i));
            Files.writeString(d.resolve(f.getKey()), csv(rows));
        }
        Batch.Report report = new Batch(ClaimEvaluator.standard()).run(d, new Batch.Options(null, threads), new StringWriter(), b -> { });
        return sorted(report.errors());
    }

    /**
     * FILE:LINE column code, the column being the last segment of the field's path; a problem of
     * the assessment's entity, period, boundary or claim is one of entities.csv's row.
     */
    private static List<String> sorted(List<Problem> problems) {
        TreeSet<String> out = new TreeSet<>();
        for (Problem p : problems) {
            String file = p.file().substring(p.file().lastIndexOf('/') + 1);
            String column = p.field().substring(p.field().lastIndexOf('.') + 1);
            long line = p.line();
            if (file.equals("assessment.yaml")) {
                file = "entities.csv";
                line = 2;
                if (p.field().equals("entity.id")) column = "entity";
            }
            out.add(file + ":" + line + " " + column + " " + p.key() + " " + p.args());
        }
        return List.copyOf(out);
    }

    /** {@code NAME: "VALUE", …} of the cells written (an empty cell is no field). */
    private static String fields(Map<String, String> cell, String... names) {
        List<String> out = new ArrayList<>();
        for (String n : names) if (!cell.get(n).isEmpty()) out.add(n + ": " + quoted(cell.get(n)));
        return String.join(", ", out);
    }

    private static String quoted(String v) {
        return "\"" + v + "\"";
    }

    private static String biogenic(SplittableRandom rnd) {
        return pick(rnd, "", "", "false", "False", "TRUE", "x");
    }

    private static String csv(List<String> rows) {
        return String.join("\n", rows) + "\n";
    }

    private static String pick(SplittableRandom rnd, String... values) {
        return values[rnd.nextInt(values.length)];
    }
}
