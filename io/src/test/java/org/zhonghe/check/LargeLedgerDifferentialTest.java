package org.zhonghe.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhonghe.Messages;
import org.zhonghe.io.AssessmentReader;
import org.zhonghe.io.LargeLedger;
import org.zhonghe.io.ReadResult;
import org.zhonghe.output.Ansi;
import org.zhonghe.output.ResultJson;
import org.zhonghe.output.ResultText;
import org.zhonghe.rules.ClaimEvaluator;

/**
 * A ledger streamed in two passes ({@link LargeLedger}) gives what the same ledger held in memory
 * gives: the same problems, or the same JSON and text, byte for byte, on random ledgers with
 * bad rows, under random concepts, profiles, metrics and boundaries; and the same in any row order.
 */
class LargeLedgerDifferentialTest {
    private static final List<String> GASES = List.of("CO2", "CH4", "N2O", "HFC-134a", "CFC11", "CO2e", "NOx", "SF6", "NF3");
    private static final List<String> CONCEPTS = List.of("carbon-neutrality", "net-zero-co2", "net-zero-ghg",
            "climate-neutrality", "ghg-neutrality");
    private static final List<String> PROFILES = List.of("ipcc", "iso-14068-1", "pas-2060", "sbti-net-zero");
    private static final List<String> TYPES = List.of("organization", "city", "product", "event", "global");
    private static final List<String> METRICS = List.of("AR5-GWP100", "AR4-GWP100", "SAR-GWP100", "AR6-GWP20");
    private static final Messages EN = Messages.of(Locale.ENGLISH);
    private final ClaimCheck check = new ClaimCheck(ClaimEvaluator.standard());
    /** Valid seeds whose finding names CO2e records one by one (read again from the streamed ledger). */
    private int namingCo2e;

    @TempDir Path dir;

    @Test
    void streamed_and_held_ledgers_give_the_same_problems_or_output() throws IOException {
        int valid = 0;
        for (int seed = 1; seed <= 160; seed++) {
            Random r = new Random(seed);
            Path d = Files.createDirectories(dir.resolve("s" + seed));
            List<String> rows = rows(r, r.nextInt(3) == 0);
            Path file = write(d, r, rows);
            Overrides overrides = r.nextInt(4) == 0
                    ? new Overrides(null, null, pick(r, METRICS), "(command line)") : Overrides.NONE;
            if (compare(file, overrides, "seed " + seed)) valid++;
        }
        assertThat(valid).as("seeds whose ledger was valid").isGreaterThan(40);
        assertThat(namingCo2e).as("valid seeds with CO2E_UNDER_CO2_CONCEPT").isGreaterThan(5);
    }

    @Test
    void totals_reasons_and_findings_do_not_depend_on_the_order_of_the_rows() throws IOException {
        Random r = new Random(7);
        List<String> rows = rows(r, false);
        Path a = write(Files.createDirectories(dir.resolve("a")), new Random(1), rows);
        List<String> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new Random(2));
        Path b = write(Files.createDirectories(dir.resolve("b")), new Random(1), shuffled);
        Outcome.Checked x = (Outcome.Checked) check.run(streamed(a), Overrides.NONE);
        Outcome.Checked y = (Outcome.Checked) check.run(streamed(b), Overrides.NONE);
        assertThat(y.result().claimed().totals()).isEqualTo(x.result().claimed().totals());
        assertThat(y.result().claimed().reported()).isEqualTo(x.result().claimed().reported());
        assertThat(y.result().concepts()).isEqualTo(x.result().concepts());
        assertThat(y.streamed().notCounted()).isEqualTo(x.streamed().notCounted());
        assertThat(y.result().claimed().findings().stream().map(f -> f.code()).toList())
                .isEqualTo(x.result().claimed().findings().stream().map(f -> f.code()).toList());
    }

    /** True when the ledger was valid (outputs compared), false when both gave the same problems. */
    private boolean compare(Path file, Overrides overrides, String as) throws IOException {
        Outcome held = check.run(new AssessmentReader().read(file, StandardCharsets.UTF_8), overrides);
        ReadResult read = streamed(file);
        if (read instanceof ReadResult.Read ok) assertThat(ok.large()).as(as).isNotNull();
        Outcome streamed = check.run(read, overrides);
        if (held instanceof Outcome.Invalid bad) {
            assertThat(streamed).as(as).isInstanceOf(Outcome.Invalid.class);
            assertThat(((Outcome.Invalid) streamed).problems()).as(as).isEqualTo(bad.problems());
            return false;
        }
        Outcome.Checked h = (Outcome.Checked) held;
        if (h.result().claimed().has(org.zhonghe.rules.FindingCode.CO2E_UNDER_CO2_CONCEPT)) namingCo2e++;
        assertThat(streamed).as(as).isInstanceOf(Outcome.Checked.class);
        Outcome.Checked s = (Outcome.Checked) streamed;
        assertThat(s.streamed()).as(as).isNotNull();
        assertThat(s.recordCount()).as(as).isEqualTo(h.recordCount());
        String json = ResultJson.mapper().writeValueAsString(ResultJson.of(h.assessment(), h.result(), EN)) + "\n";
        StringWriter streamedJson = new StringWriter();
        try (PrintWriter out = new PrintWriter(streamedJson)) {
            ResultJson.write(s.assessment(), s.result(), s.streamed().of(s.assessment()), EN, out);
        }
        assertThat(streamedJson.toString().replace(System.lineSeparator(), "\n")).as(as).isEqualTo(json);
        for (boolean all : new boolean[] {false, true}) {
            StringWriter a = new StringWriter();
            StringWriter b = new StringWriter();
            try (PrintWriter out = new PrintWriter(a)) {
                new ResultText(EN, Ansi.OFF).print(h.assessment(), h.result(), all, out);
            }
            try (PrintWriter out = new PrintWriter(b)) {
                new ResultText(EN, Ansi.OFF).print(s.assessment(), s.result(), all, s.streamed().of(s.assessment()), out);
            }
            assertThat(b.toString()).as(as + (all ? " --all" : "")).isEqualTo(a.toString());
        }
        return true;
    }

    private static ReadResult streamed(Path file) {
        return new AssessmentReader().read(file, StandardCharsets.UTF_8, 0, LargeLedger.Progress.NONE);
    }

    /** Rows of an emissions CSV; with {@code bad}, some rows are wrong in the ways users get them wrong. */
    private static List<String> rows(Random r, boolean bad) {
        List<String> rows = new ArrayList<>();
        int n = 1 + r.nextInt(60);
        for (int i = 1; i <= n; i++) {
            String gas = pick(r, GASES);
            String amount = r.nextInt(10) == 0 ? "1e" + r.nextInt(4) : r.nextInt(100_000) + "." + r.nextInt(1000);
            String unit = pick(r, List.of("t", "kg", "t", "Mt", "g"));
            String scope = r.nextInt(6) == 0 ? "" : String.valueOf(1 + r.nextInt(3));
            String biogenic = gas.equals("CO2") && r.nextInt(4) == 0 ? "true" : "";
            String source = r.nextInt(8) == 0 ? "\"kiln, line " + i + "\nsite B\"" : r.nextInt(2) == 0 ? "" : "boiler " + i;
            String id = "e" + i;
            if (bad) {
                switch (r.nextInt(14)) {
                    case 0 -> amount = "12,5";
                    case 1 -> unit = "tonnes";
                    case 2 -> scope = "4";
                    case 3 -> id = "e" + Math.max(1, i - 1);
                    case 4 -> id = "";
                    case 5 -> gas = "methane";
                    case 6 -> amount = "-3";
                    case 7 -> biogenic = "yes";
                    case 8 -> gas = "CH4";
                    default -> { }
                }
                if (gas.equals("CH4") && r.nextInt(5) == 0) biogenic = "true";
            }
            String row = String.join(",", id, gas, amount, unit, scope, biogenic, source);
            if (bad && r.nextInt(25) == 0) row = id + "," + gas;
            rows.add(row);
            if (r.nextInt(15) == 0) rows.add("");
        }
        return rows;
    }

    private static Path write(Path d, Random r, List<String> rows) throws IOException {
        String eol = r.nextInt(3) == 0 ? "\r\n" : "\n";
        String csv = (r.nextInt(4) == 0 ? "\uFEFF" : "") + "id,gas,amount,unit,scope,biogenic,source" + eol
                + String.join(eol, rows) + (r.nextBoolean() ? eol : "");
        Files.writeString(d.resolve("emissions.csv"), csv, StandardCharsets.UTF_8);
        String scopes = pick(r, List.of("[1, 2, 3]", "[1, 2]", "[1]", "[2, 3]"));
        String yaml = "version: 1\n"
                + "entity: {id: acme, type: " + pick(r, TYPES) + "}\n"
                + "period: {from: 2024-01-01, to: 2024-12-31}\n"
                + "boundary: {scopes: " + scopes + "}\n"
                + "claim: {concept: " + pick(r, CONCEPTS) + ", profile: " + pick(r, PROFILES) + ", metric: "
                + pick(r, METRICS.subList(0, 2)) + "}\n"
                + "emissions: {file: emissions.csv}\n"
                + (r.nextBoolean() ? "removals:\n  - {id: r1, kind: daccs, amount: " + r.nextInt(2_000_000)
                        + ", unit: t, durabilityYears: 1000}\n" : "")
                + (r.nextBoolean() ? "credits:\n  - {id: c1, registry: Verra, serial: VCS-1-" + r.nextInt(9)
                        + ", type: removal, vintage: 2023, amount: " + r.nextInt(500_000)
                        + ", unit: t, retired: true, beneficiary: acme, verified: true}\n" : "")
                + (r.nextInt(3) == 0 ? "history:\n  - {year: 2020, emissions: 12.5}\n" : "")
                + (r.nextInt(3) == 0 ? "otherEffects: {assessed: true, items: [{id: o1, kind: albedo, amount: -5, unit: t}]}\n" : "");
        return Files.writeString(d.resolve("assessment.yaml"), yaml, StandardCharsets.UTF_8);
    }

    private static String pick(Random r, List<String> xs) {
        return xs.get(r.nextInt(xs.size()));
    }
}
