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
 * must find the same problems — file, line, column and problem code — for the same rows.
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
            List<String> byCheck = check(emissions, removals, credits);
            for (int threads : new int[] {1, 4}) {
                assertThat(batch(emissions, removals, credits, threads)).as("round %d, %d threads: %s %s %s", round, threads,
                        emissions, removals, credits).containsExactlyElementsOf(byCheck);
            }
        }
    }

    /** The problems {@code zhonghe check} finds: io's reading and core's checks of the records read. */
    private static List<String> check(List<String> emissions, List<String> removals, List<String> credits) {
        String yaml = """
                version: 1
                entity: {id: E1, type: organization}
                period: {from: 2024-01-01, to: 2024-12-31}
                boundary: {scopes: [1, 2, 3]}
                claim: {concept: carbon-neutrality, profile: ipcc, metric: AR5-GWP100}
                emissions: {file: emissions.csv}
                removals: {file: removals.csv}
                credits: {file: credits.csv}
                """;
        ReadResult r = new AssessmentReader().read(yaml, "assessment.yaml", Syntax.YAML, Map.of("emissions.csv", csv(emissions),
                "removals.csv", csv(removals), "credits.csv", csv(credits)));
        List<Problem> problems = new ArrayList<>(r.problems());
        if (r instanceof ReadResult.Read read) problems.addAll(read.locate(ClaimEvaluator.standard().validate(read.assessment())));
        return sorted(problems);
    }

    /** The problems {@code zhonghe batch} finds in the same rows, each with the column {@code entity} first. */
    private List<String> batch(List<String> emissions, List<String> removals, List<String> credits, int threads) throws IOException {
        Path d = Files.createTempDirectory(dir, "ledger");
        Files.writeString(d.resolve("entities.csv"), "entity,type,from,to,scopes,concept,profile,metric\n"
                + "E1,organization,2024-01-01,2024-12-31,1|2|3,carbon-neutrality,ipcc,AR5-GWP100\n");
        for (Map.Entry<String, List<String>> f : Map.of("emissions.csv", emissions, "removals.csv", removals, "credits.csv", credits).entrySet()) {
            List<String> rows = new ArrayList<>();
            for (int i = 0; i < f.getValue().size(); i++) rows.add((i == 0 ? "entity," : "E1,") + f.getValue().get(i));
            Files.writeString(d.resolve(f.getKey()), csv(rows));
        }
        Batch.Report report = new Batch(ClaimEvaluator.standard()).run(d, new Batch.Options(null, threads), new StringWriter(), b -> { });
        return sorted(report.errors());
    }

    /** FILE:LINE column code, the column being the last segment of the field's path. */
    private static List<String> sorted(List<Problem> problems) {
        TreeSet<String> out = new TreeSet<>();
        for (Problem p : problems) {
            String file = p.file().substring(p.file().lastIndexOf('/') + 1);
            String column = p.field().substring(p.field().lastIndexOf('.') + 1);
            out.add(file + ":" + p.line() + " " + column + " " + p.key());
        }
        return List.copyOf(out);
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
