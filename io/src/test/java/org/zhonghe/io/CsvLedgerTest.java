package org.zhonghe.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhonghe.io.AssessmentReaderTest.minimal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Origin;
import org.zhonghe.assessment.Problem;

class CsvLedgerTest {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private final AssessmentReader reader = new AssessmentReader();

    @TempDir
    Path dir;

    private Path write(String name, String text, Charset charset) throws IOException {
        return Files.write(dir.resolve(name), text.getBytes(charset));
    }

    private Assessment read(Path file) {
        ReadResult r = reader.read(file, StandardCharsets.UTF_8);
        assertThat(r.problems()).isEmpty();
        return r.assessment();
    }

    /** Issue 15: a text cell is read stripped, as batch reads it, so that ' acme' is the beneficiary acme. */
    @Test
    void text_cells_are_read_without_the_blanks_around_them() throws IOException {
        Path ledgers = write("ledgers.yaml", minimal("credits: {file: credits.csv}\n"), StandardCharsets.UTF_8);
        write("credits.csv", "id,registry,serial,type,vintage,amount,unit,retired,beneficiary\n"
                + "c1, CCER,0123 ,avoidance,2023,500,t,true, acme\n", StandardCharsets.UTF_8);
        var credit = read(ledgers).credits().get(0);
        assertThat(List.of(credit.registry(), credit.serial(), credit.beneficiary())).containsExactly("CCER", "0123", "acme");
    }

    @Test
    void a_csv_ledger_gives_the_same_records_as_the_inline_list() throws IOException {
        Path inline = write("inline.yaml", minimal("""
                emissions:
                  - {id: e1, gas: CO2, amount: 1200.5, unit: t, scope: 1, source: boilers}
                  - {id: e2, gas: CH4, amount: 2, unit: t, scope: 2}
                removals:
                  - {id: r1, kind: afforestation, amount: 0.1, unit: t, managed: true, durabilityYears: 100}
                credits:
                  - {id: c1, registry: CCER, serial: 0123, type: avoidance, vintage: 2023, amount: 500, unit: t,
                     retired: true, beneficiary: acme}
                """), StandardCharsets.UTF_8);
        Path ledgers = write("ledgers.yaml", minimal("""
                emissions: {file: emissions.csv}
                removals: {file: removals.csv}
                credits: {file: credits.csv}
                """), StandardCharsets.UTF_8);
        write("emissions.csv", "id,gas,amount,unit,scope,source,biogenic\ne1,CO2,1200.5,t,1,boilers,\ne2,CH4,2,t,2,,\n",
                StandardCharsets.UTF_8);
        write("removals.csv", "id,kind,amount,unit,managed,durabilityYears\nr1,afforestation,0.1,t,true,100\n",
                StandardCharsets.UTF_8);
        write("credits.csv", "id,registry,serial,type,vintage,amount,unit,retired,beneficiary\n"
                + "c1,CCER,0123,avoidance,2023,500,t,true,acme\n", StandardCharsets.UTF_8);

        Assessment fromCsv = read(ledgers);

        assertThat(fromCsv).usingRecursiveComparison().ignoringFieldsOfTypes(Origin.class).isEqualTo(read(inline));
        assertThat(fromCsv.emissions().get(1).origin())
                .isEqualTo(Origin.of(dir.resolve("emissions.csv").toString(), 3));
    }

    @Test
    void a_csv_with_a_bom_reads() throws IOException {
        Path file = write("a.yaml", minimal("emissions: {file: e.csv}\n"), StandardCharsets.UTF_8);
        write("e.csv", "\uFEFFid,gas,amount,unit\ne1,CO2,5,t\n", StandardCharsets.UTF_8);

        assertThat(read(file).emissions()).singleElement().satisfies(e -> assertThat(e.id()).isEqualTo("e1"));
    }

    @Test
    void a_quoted_cell_may_hold_commas_and_line_breaks_and_the_next_record_keeps_its_line() throws IOException {
        Path file = write("a.yaml", minimal("emissions: {file: e.csv}\n"), StandardCharsets.UTF_8);
        write("e.csv", "id,gas,amount,unit,source\r\n"
                + "e1,CO2,5,t,\"boilers, east\r\nand west\r\nsites\"\r\n"
                + "\r\n"
                + "e2,CO2,-1,t,furnace\r\n", StandardCharsets.UTF_8);

        ReadResult r = reader.read(file, StandardCharsets.UTF_8);

        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(dir.resolve("e.csv").toString());
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.field()).isEqualTo("emissions[e2].amount");
            assertThat(p.value()).isEqualTo("-1");
        });
        write("e.csv", "id,gas,amount,unit,source\ne1,CO2,5,t,\"boilers, east\nand west\"\ne2,CO2,1,t,x\n",
                StandardCharsets.UTF_8);
        Assessment a = read(file);
        assertThat(a.emissions().get(0).source()).isEqualTo("boilers, east\nand west");
        assertThat(a.emissions().get(1).origin().line()).isEqualTo(4);
    }

    @Test
    void a_gb18030_file_without_its_encoding_is_one_problem_that_suggests_it() throws IOException {
        Path file = write("a.yaml", minimal("emissions: {file: 排放.csv}\n").replace("id: acme,", "id: acme, name: 恒泰钢铁,"),
                GB18030);
        write("排放.csv", "id,gas,amount,unit,source\ne1,CO2,5,t,高炉\n", GB18030);

        ReadResult wrong = reader.read(file, StandardCharsets.UTF_8);
        ReadResult right = reader.read(file, GB18030);

        assertThat(wrong.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("encoding.notUtf8");
            assertThat(p.line()).isEqualTo(2);
            assertThat(ProblemText.of(java.util.Locale.ENGLISH).message(p)).contains("--encoding GB18030");
        });
        assertThat(right.problems()).isEmpty();
        assertThat(right.assessment().entity().name()).isEqualTo("恒泰钢铁");
        assertThat(right.assessment().emissions().get(0).source()).isEqualTo("高炉");
    }

    @Test
    void a_gb18030_csv_next_to_a_utf8_assessment_is_reported_in_the_csv() throws IOException {
        Path file = write("a.yaml", minimal("emissions: {file: e.csv}\n"), StandardCharsets.UTF_8);
        write("e.csv", "id,gas,amount,unit,source\ne1,CO2,5,t,高炉\n", GB18030);

        assertThat(reader.read(file, StandardCharsets.UTF_8).problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(dir.resolve("e.csv").toString());
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.key()).isEqualTo("encoding.notUtf8");
        });
    }

    @Test
    void a_missing_ledger_file_is_reported_at_the_line_that_refers_to_it() throws IOException {
        Path file = write("a.yaml", minimal("removals: []\nemissions: {file: nowhere.csv}\n"), StandardCharsets.UTF_8);

        assertThat(reader.read(file, StandardCharsets.UTF_8).problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(file.toString());
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.field()).isEqualTo("emissions.file");
            assertThat(p.key()).isEqualTo("ledger.notFound");
        });
    }

    @Test
    void file_references_are_refused_where_they_are_not_allowed() {
        ReadResult r = reader.read(minimal("emissions: {file: e.csv}\n"), "upload.yaml", Syntax.YAML, false);

        assertThat(r.problems()).extracting(Problem::key, Problem::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ledger.fileNotAllowed", 5L));
    }

    @Test
    void an_unknown_column_is_reported_once_at_the_header() throws IOException {
        Path file = write("a.yaml", minimal("emissions: {file: e.csv}\n"), StandardCharsets.UTF_8);
        write("e.csv", "id,gas,amount,unit,amout\ne1,CO2,5,t,1\ne2,CO2,5,t,1\n", StandardCharsets.UTF_8);

        assertThat(reader.read(file, StandardCharsets.UTF_8).problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.field()).isEqualTo("emissions.amout");
            assertThat(p.key()).isEqualTo("field.unknown");
        });
    }

    @Test
    void an_unterminated_quote_is_reported_at_the_row_where_it_starts() throws IOException {
        Path file = write("a.yaml", minimal("emissions: {file: e.csv}\n"), StandardCharsets.UTF_8);
        write("e.csv", "id,gas,amount,unit,source\ne1,CO2,5,t,x\ne2,CO2,5,t,\"open\nstill open\n",
                StandardCharsets.UTF_8);

        assertThat(reader.read(file, StandardCharsets.UTF_8).problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.key()).isEqualTo("csv.malformed");
        });
    }

    @Test
    void a_broken_large_ledger_stops_at_one_hundred_problems() throws IOException {
        StringBuilder csv = new StringBuilder("id,gas,amount,unit\n");
        for (int i = 0; i < 5000; i++) csv.append("e").append(i).append(",CO2,-1,t\n");
        Path file = write("a.yaml", minimal("emissions: {file: e.csv}\n"), StandardCharsets.UTF_8);
        write("e.csv", csv.toString(), StandardCharsets.UTF_8);

        var problems = reader.read(file, StandardCharsets.UTF_8).problems();

        assertThat(problems).hasSize(100);
        assertThat(problems.get(99).line()).isEqualTo(101);
    }
}
