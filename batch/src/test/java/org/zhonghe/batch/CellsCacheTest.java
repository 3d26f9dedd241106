package org.zhonghe.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhonghe.rules.ClaimEvaluator;

/**
 * The fields of removals and credits found by their cells' bytes ({@link CellsCache}): a key is
 * every cell's bytes and bounds, nothing else; and a row reads the same — result and problems —
 * whether the combination of its cells was met in an earlier row (found) or not (read cell by cell).
 */
class CellsCacheTest {
    @TempDir Path dir;

    private static CsvLine line(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        CsvLine r = new CsvLine();
        assertThat(r.split(b, 0, b.length)).isTrue();
        return r;
    }

    @Test
    void a_value_is_found_by_the_same_cells_and_by_nothing_else() {
        CellsCache<String> cache = new CellsCache<>(1, 2, 5);
        cache.put(line("E1,ab,c,x,y"), "ab|c");
        assertThat(cache.get(line("E2,ab,c,other,cells"))).as("other columns are not read").isEqualTo("ab|c");
        assertThat(cache.get(line("E1,\"ab\",c,x,y"))).as("a quoted cell is its bytes within the quotes").isEqualTo("ab|c");
        assertThat(cache.get(line("E1,a,bc,x,y"))).as("the same bytes across another bound").isNull();
        assertThat(cache.get(line("E1,abc,,x,y"))).isNull();
        assertThat(cache.get(line("E1,ab,C,x,y"))).isNull();
        assertThat(cache.get(line("E1,ab, c,x,y"))).as("blanks are bytes: a key of its own").isNull();
        // column 5 is absent from these rows and empty in the next: the same (both read as no text)
        assertThat(cache.get(line("E1,ab,c,x,y,"))).isEqualTo("ab|c");
        cache.put(line("E1,ab,c,x,y,z"), "ab|c|z");
        assertThat(cache.get(line("E1,ab,c,x,y,z"))).isEqualTo("ab|c|z");
        assertThat(cache.get(line("E1,ab,c,x,y"))).isEqualTo("ab|c");
    }

    @Test
    void cells_whose_bytes_are_not_their_text_or_too_long_are_never_kept() {
        CellsCache<String> cache = new CellsCache<>(1);
        cache.put(line("E1,\"a\"\"b\""), "doubled quote");
        assertThat(cache.get(line("E1,\"a\"\"b\""))).isNull();
        String longest = "x".repeat(CellCache.MAX_BYTES);
        cache.put(line("E1," + longest), "longest");
        cache.put(line("E1," + longest + "x"), "too long");
        assertThat(cache.get(line("E1," + longest))).isEqualTo("longest");
        assertThat(cache.get(line("E1," + longest + "x"))).isNull();
    }

    @Test
    void a_full_table_keeps_what_it_holds_and_takes_no_more() {
        CellsCache<Integer> cache = new CellsCache<>(1);
        for (int i = 0; i < 10_000; i++) cache.put(line("E1,v" + i), i);
        int kept = 0;
        for (int i = 0; i < 10_000; i++) {
            Integer v = cache.get(line("E1,v" + i));
            if (v != null) {
                assertThat(v).isEqualTo(i);
                kept++;
            }
        }
        assertThat(kept).isEqualTo(2048);
    }

    private static final String ENTITIES = "entity,type,from,to,concept\n"
            + "E0,organization,2024-01-01,2024-12-31,carbon-neutrality\n"
            + "E1,organization,2024-01-01,2024-12-31,carbon-neutrality\n";
    private static final String EMISSIONS = "entity,gas,amount,unit,scope\nE0,CO2,100,t,1\nE1,CO2,100,t,1\n";
    private static final String CREDITS = "entity,registry,serial,type,vintage,amount,unit,retired,beneficiary,retiredOn,verified,id\n";
    /** The cells of a credit its fields alike are made of, around its own: {@code %s} serial, amount, beneficiary, id. */
    private static final String CREDIT = "%s,CCER,%s,avoidance,2023,%s,t,true,%s,2024-06-30,true,%s\n";

    /** E1's result row and the problems of the ledger in English, their lines less {@code shift}. */
    private String run(String credits, String removals, int shift) throws IOException {
        Path ledger = Files.createTempDirectory(dir, "ledger");
        Files.writeString(ledger.resolve("entities.csv"), ENTITIES);
        Files.writeString(ledger.resolve("emissions.csv"), EMISSIONS);
        if (credits != null) Files.writeString(ledger.resolve("credits.csv"), credits);
        if (removals != null) Files.writeString(ledger.resolve("removals.csv"), removals);
        StringWriter out = new StringWriter();
        Batch.Report report = new Batch(ClaimEvaluator.standard()).run(ledger, new Batch.Options(null, 1), out, n -> { });
        String row = out.toString().lines().filter(l -> l.startsWith("E1,")).findFirst().orElseThrow();
        return row + "\n" + String.join("\n", report.errors().stream()
                .map(p -> new org.zhonghe.assessment.Problem(p.file(), p.line() - shift, p.field(), p.value(), p.key(), p.args())
                        .toText(Locale.ENGLISH)).toList());
    }

    @Test
    void a_credit_reads_the_same_whether_its_fields_alike_were_met_before_or_not() throws IOException {
        List<String[]> own = List.of( // serial, amount, beneficiary, id
                new String[] {"S-1", "10", "E1", ""},
                new String[] {"S-1", "10", "E0", "c1"},
                new String[] {"S-1", "10", "", ""},
                new String[] {"S-1", "10", " E1", ""},
                new String[] {"S-1", "10", "\"E1\"", ""},
                new String[] {"S-1", "10", "\"E\"\"1\"", ""},
                new String[] {"S-1", "10", "X".repeat(200), ""},
                new String[] {"S-1", "10", "X".repeat(201), ""},
                new String[] {"碳-1", "10", "E1", ""},
                new String[] {" S-1 ", "10", "E1", ""},
                new String[] {"\"S \"\"1\"\"\"", "10", "E1", ""},
                new String[] {"S".repeat(200), "10", "E1", ""},
                new String[] {"S".repeat(201), "10", "E1", ""},
                new String[] {"", "10", "E1", ""},
                new String[] {"S-1", "", "E1", ""},
                new String[] {"S-1", "-1", "E1", ""},
                new String[] {"S-1", "1e3", "E1", ""},
                new String[] {"S-1", "99999999999999999999.5", "E1", ""},
                new String[] {"S-1", "ten", "", "x".repeat(201)});
        for (String[] o : own) {
            String credit = CREDIT.formatted("E1", o[0], o[1], o[2], o[3]);
            String alone = run(CREDITS + credit, null, 0);
            String after = run(CREDITS + CREDIT.formatted("E0", "P-1", "1", "E0", "") + credit, null, 1);
            assertThat(after).as(credit).isEqualTo(alone);
        }
        // and the first row's entity quoted: its beneficiary is then read as text
        String quoted = "\"E1\",CCER,S-1,avoidance,2023,10,t,true,E1,2024-06-30,true,\n";
        assertThat(run(CREDITS + CREDIT.formatted("E0", "P-1", "1", "E0", "") + quoted, null, 1))
                .isEqualTo(run(CREDITS + quoted, null, 0));
    }

    private static final String REMOVALS = "entity,kind,amount,unit,managed,basis,durabilityYears,lifecycleEmissions,inBoundary,id\n";
    private static final String REMOVAL = "%s,beccs,%s,t,,,100,%s,,%s\n";

    @Test
    void a_removal_reads_the_same_whether_its_fields_were_met_before_or_not() throws IOException {
        List<String[]> own = List.of( // amount, lifecycle emissions, id
                new String[] {"10", "", ""},
                new String[] {"10", "2", "r1"},
                new String[] {"10", "0", ""},
                new String[] {"10", " ", ""},
                new String[] {"10", "2.50", ""},
                new String[] {"10", "-2", ""},
                new String[] {"10", "two", ""},
                new String[] {"", "", ""},
                new String[] {"1e3", "1E+1", ""},
                new String[] {"ten", "", "x".repeat(201)});
        for (String[] o : own) {
            String removal = REMOVAL.formatted("E1", o[0], o[1], o[2]);
            String alone = run(null, REMOVALS + removal, 0);
            String after = run(null, REMOVALS + REMOVAL.formatted("E0", "1", "", "") + removal, 1);
            assertThat(after).as(removal).isEqualTo(alone);
        }
        // a kind that must say whether its land is managed: never found, its problem told each time
        String forest = "E1,forest-management,10,t,,,100,,,\n";
        String second = "E1,forest-management,20,t,,,100,,,\n";
        assertThat(run(null, REMOVALS + forest + second, 0)).contains("removals.csv:2", "removals.csv:3");
    }
}
