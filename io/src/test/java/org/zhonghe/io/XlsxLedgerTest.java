package org.zhonghe.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhonghe.io.AssessmentReaderTest.minimal;
import static org.zhonghe.io.XlsxFiles.row;
import static org.zhonghe.io.XlsxFiles.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhonghe.Messages;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Origin;
import org.zhonghe.assessment.Problem;
import org.zhonghe.output.ResultJson;
import org.zhonghe.rules.ClaimEvaluator;

class XlsxLedgerTest {
    private static final String HEAD = """
            version: 1
            entity: {id: acme-2024, name: ACME Ltd., type: organization}
            period: {from: 2024-01-01, to: 2024-12-31}
            boundary: {scopes: [1, 2, 3]}
            claim: {concept: carbon-neutrality, profile: ipcc, metric: AR5-GWP100, date: 2025-03-31}
            """;
    private static final Object[] EMISSION_FIELDS = {"id", "gas", "amount", "unit", "scope", "biogenic", "source"};
    private static final Object[] REMOVAL_FIELDS = {"id", "kind", "amount", "unit", "managed", "durabilityYears"};
    private static final Object[] CREDIT_FIELDS = {"id", "registry", "serial", "type", "vintage", "amount", "unit", "retired",
            "beneficiary", "retiredOn"};

    private final AssessmentReader reader = new AssessmentReader();

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private List<Problem> problems(Path file) {
        return reader.read(file, StandardCharsets.UTF_8).problems();
    }

    private Assessment read(Path file) {
        ReadResult r = reader.read(file, StandardCharsets.UTF_8);
        assertThat(r.problems()).isEmpty();
        assertThat(ClaimEvaluator.standard().validate(r.assessment())).isEmpty();
        return r.assessment();
    }

    private static String resultJson(Assessment a) {
        return ResultJson.of(a, ClaimEvaluator.standard().evaluate(a, org.zhonghe.profiles.Profiles.byId(a.claim().profile()).orElseThrow()), Messages.of(Locale.ENGLISH)).toString();
    }

    @Test
    void sheets_of_a_workbook_give_the_same_result_as_the_same_rows_in_csv_files() throws IOException {
        write("emissions.csv", "id,gas,amount,unit,scope,biogenic,source\n"
                + "e1,CO2,1200.5,t,1,,boilers\ne2,CH4,2,t,1,,landfill gas\ne3,CO2,40,t,1,true,\n");
        write("removals.csv", "id,kind,amount,unit,managed,durabilityYears\nr1,afforestation,300,t,true,100\n");
        write("credits.csv", "id,registry,serial,type,vintage,amount,unit,retired,beneficiary,retiredOn\n"
                + "c1,CCER,0123,avoidance,2023,500,t,true,acme-2024,2025-02-01\n");
        Path csv = write("csv.yaml", HEAD + """
                emissions: {file: emissions.csv}
                removals: {file: removals.csv}
                credits: {file: credits.csv}
                """);
        workbook()
                .sheet("notes", row("read me first"), row("not a ledger"))
                .sheet("emissions", EMISSION_FIELDS, row("e1", "CO2", 1200.5, "t", 1, null, "boilers"),
                        row("e2", "CH4", 2, "t", 1, null, "landfill gas"), row("e3", "CO2", 40, "t", 1, true))
                .sheet("removals", REMOVAL_FIELDS, row("r1", "afforestation", 300, "t", true, 100))
                .sheet("碳信用", CREDIT_FIELDS, row("c1", "CCER", "0123", "avoidance", 2023, 500, "t", true, "acme-2024",
                        LocalDate.of(2025, 2, 1)))
                .writeTo(dir.resolve("ledger.xlsx"));
        Path xlsx = write("xlsx.yaml", HEAD + """
                emissions: {file: ledger.xlsx, sheet: emissions}
                removals: {file: ledger.xlsx}
                credits: {file: ledger.xlsx, sheet: 碳信用}
                """);

        Assessment fromCsv = read(csv);
        Assessment fromXlsx = read(xlsx);

        assertThat(fromXlsx).usingRecursiveComparison().ignoringFieldsOfTypes(Origin.class).isEqualTo(fromCsv);
        assertThat(resultJson(fromXlsx)).isEqualTo(resultJson(fromCsv)).contains("\"verdict\":\"NOT_SUPPORTED\"",
                "\"net\":\"400.5\"");
        assertThat(fromXlsx.emissions().get(2).origin()).isEqualTo(Origin.of(dir.resolve("ledger.xlsx") + "[emissions]", 4));
        assertThat(fromXlsx.removals().get(0).origin()).isEqualTo(Origin.of(dir.resolve("ledger.xlsx") + "[removals]", 2));
    }

    @Test
    void numbers_are_read_as_the_cell_shows_them_never_through_the_double() throws IOException {
        workbook().sheet("emissions", row("id", "gas", "amount", "unit"), row("e1", "CO2", 0.1, "t"), row("e2", "CO2", 0.2, "t"))
                .sheet("reductions", row("id", "measure", "amount", "unit"), row(7, "solar", "1200.50", "t"),
                        row("d2", "insulation", "=0.1+0.2", "t"))
                .sheet("credits", CREDIT_FIELDS, row("c1", "CCER", "0123", "avoidance", 2023, 0.3, "t", true, "acme-2024",
                        LocalDate.of(2025, 2, 1)))
                .writeTo(dir.resolve("numbers.xlsx"));
        Path file = write("a.yaml", HEAD + """
                emissions: {file: numbers.xlsx}
                reductions: {file: numbers.xlsx}
                credits: {file: numbers.xlsx}
                """);

        Assessment a = read(file);

        assertThat(a.emissions()).extracting(e -> e.amount().toPlainString()).containsExactly("0.1", "0.2");
        assertThat(a.reductions()).extracting(r -> r.id(), r -> r.amount().toPlainString()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("7", "1200.50"), org.assertj.core.groups.Tuple.tuple("d2", "0.3"));
        assertThat(a.credits().get(0).serial()).isEqualTo("0123");
        assertThat(a.credits().get(0).amount().toPlainString()).isEqualTo("0.3");
        assertThat(a.credits().get(0).retiredOn()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(ClaimEvaluator.standard().evaluate(a, org.zhonghe.profiles.Profiles.byId(a.claim().profile()).orElseThrow()).claimed().totals().emissions()).hasToString("0.3");
        assertThat(resultJson(a)).contains("\"emissions\":\"0.3\"", "\"net\":\"0\"");
    }

    @Test
    void a_bad_cell_is_reported_with_file_and_sheet_row_field_and_value_in_both_languages() throws IOException {
        workbook().sheet("Sheet1", row("id", "gas", "amount", "unit"), row("e1", "CO2", 5, "t"), null,
                        row("e2", "CO2", "12,5", "t"), row("e3", "CO2", "lots", "t"))
                .writeTo(dir.resolve("ledgers.xlsx"));
        Path file = write("a.yaml", minimal("emissions: {file: ledgers.xlsx}\n"));

        List<Problem> problems = problems(file);

        String where = dir.resolve("ledgers.xlsx") + "[Sheet1]";
        assertThat(problems).extracting(Problem::file, Problem::line, Problem::field, Problem::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple(where, 4L, "emissions[e2].amount", "12,5"),
                org.assertj.core.groups.Tuple.tuple(where, 5L, "emissions[e3].amount", "lots"));
        assertThat(ProblemText.of(Locale.ENGLISH).line(problems.get(1)))
                .startsWith(where + ":5, field 'emissions[e3].amount' (column C): ").contains("lots");
        assertThat(ProblemText.of(Locale.SIMPLIFIED_CHINESE).line(problems.get(1)))
                .startsWith(where + ":5，字段 'emissions[e3].amount'（C 列）：").contains("lots");
    }

    @Test
    void an_unknown_sheet_is_reported_at_the_reference_with_the_sheets_there_are() throws IOException {
        workbook().sheet("Emissions 2024", row("id", "gas", "amount", "unit")).sheet("removals", REMOVAL_FIELDS)
                .writeTo(dir.resolve("ledger.xlsx"));
        Path file = write("a.yaml", minimal("emissions: {file: ledger.xlsx, sheet: emisions}\n"));

        assertThat(problems(file)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(file.toString());
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.field()).isEqualTo("emissions.sheet");
            assertThat(p.value()).isEqualTo("emisions");
            assertThat(p.key()).isEqualTo("xlsx.sheetNotFound");
            assertThat(ProblemText.of(Locale.ENGLISH).message(p)).isEqualTo(
                    "the workbook \"ledger.xlsx\" has no sheet \"emisions\"; its sheets are: Emissions 2024, removals");
            assertThat(ProblemText.of(Locale.SIMPLIFIED_CHINESE).message(p))
                    .isEqualTo("工作簿“ledger.xlsx”中没有工作表“emisions”；现有工作表：Emissions 2024, removals");
        });
    }

    @Test
    void a_missing_workbook_is_reported_at_the_reference() throws IOException {
        Path file = write("a.yaml", minimal("emissions: {file: nowhere.xlsx, sheet: emissions}\n"));

        assertThat(problems(file)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.field()).isEqualTo("emissions.file");
            assertThat(p.key()).isEqualTo("ledger.notFound");
        });
    }

    @Test
    void an_xls_workbook_is_refused_with_what_to_do_also_when_it_is_named_xlsx() throws IOException {
        try (HSSFWorkbook old = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("old.xlsx"))) {
            old.createSheet("emissions").createRow(0).createCell(0).setCellValue("id");
            old.write(out);
        }
        Path xls = write("a.yaml", minimal("emissions: {file: ledger.XLS}\n"));
        Path renamed = write("b.yaml", minimal("emissions: {file: old.xlsx}\n"));

        for (Path file : List.of(xls, renamed)) {
            assertThat(problems(file)).as(file.toString()).singleElement().satisfies(p -> {
                assertThat(p.key()).isEqualTo("ledger.xls");
                assertThat(p.line()).isEqualTo(5);
                assertThat(ProblemText.of(Locale.ENGLISH).message(p)).contains(".xls", "save it as", ".xlsx", "CSV");
                assertThat(ProblemText.of(Locale.SIMPLIFIED_CHINESE).message(p)).contains("另存为", ".xlsx", "CSV");
            });
        }
    }

    @Test
    void a_corrupt_workbook_is_one_clear_problem() throws IOException {
        write("broken.xlsx", "id,gas,amount,unit\ne1,CO2,5,t\n");
        Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        workbook().writeTo(dir.resolve("nosheets.xlsx"));
        Path file = write("a.yaml", minimal(
                "emissions: {file: broken.xlsx}\nremovals: {file: empty.xlsx}\ncredits: {file: nosheets.xlsx}\n"));

        List<Problem> problems = problems(file);

        assertThat(problems).extracting(Problem::key, Problem::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("xlsx.unreadable", 5L), org.assertj.core.groups.Tuple.tuple("xlsx.unreadable", 6L),
                org.assertj.core.groups.Tuple.tuple("xlsx.noSheet", 7L));
        assertThat(ProblemText.of(Locale.ENGLISH).message(problems.get(0)))
                .startsWith("\"broken.xlsx\" is not a readable XLSX workbook (the file is damaged")
                .doesNotContain("OOXML", "POI", "Exception");
        assertThat(problems).allSatisfy(p -> assertThat(ProblemText.of(Locale.ENGLISH).message(p)).doesNotContain("OOXML", "valid entries"));
    }

    @Test
    void header_problems_are_reported_once_at_the_header_as_for_csv() throws IOException {
        workbook().sheet("emissions", row("id", "gas", "amout", "unit", "amount"), row("e1", "CO2", 5, "t", 5),
                        row("e2", "CO2", 5, "t", 6, null, "stray"), row("e3", "CO2", 5, "t", 7, null, "stray too"))
                .sheet("removals")
                .writeTo(dir.resolve("ledger.xlsx"));
        Path file = write("a.yaml", minimal("emissions: {file: ledger.xlsx}\nremovals: {file: ledger.xlsx}\n"));

        List<Problem> problems = problems(file);

        assertThat(problems).extracting(Problem::file, Problem::line, Problem::field, Problem::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple(dir.resolve("ledger.xlsx") + "[emissions]", 1L, "emissions.amout", "field.unknown"),
                org.assertj.core.groups.Tuple.tuple(dir.resolve("ledger.xlsx") + "[emissions]", 3L, "emissions", "xlsx.unnamedColumn"),
                org.assertj.core.groups.Tuple.tuple(dir.resolve("ledger.xlsx") + "[removals]", 1L, "removals", "xlsx.noHeader"));
        assertThat(ProblemText.of(Locale.ENGLISH).message(problems.get(1))).startsWith("column G holds \"stray\"");
    }

    @Test
    void other_effects_items_read_the_sheet_named_other_effects() throws IOException {
        workbook().sheet("emissions", row("id", "gas", "amount", "unit"), row("e1", "CO2", 5, "t"))
                .sheet("otherEffects", row("id", "kind", "amount", "unit"), row("o1", "albedo", -5, "t"))
                .writeTo(dir.resolve("ledger.xlsx"));
        Path file = write("a.yaml", minimal("emissions: {file: ledger.xlsx}\notherEffects: {assessed: true, items: {file: ledger.xlsx}}\n"));

        Assessment a = read(file);

        assertThat(a.otherEffects().items()).singleElement().satisfies(o -> {
            assertThat(o.id()).isEqualTo("o1");
            assertThat(o.amount()).isEqualByComparingTo("-5");
        });
    }

    @Test
    void a_workbook_outside_the_private_directory_is_never_read() throws IOException {
        Path parts = Files.createDirectories(dir.resolve("parts"));
        workbook().sheet("emissions", row("id", "gas", "amount", "unit"), row("e1", "CO2", 5, "t")).writeTo(dir.resolve("secret.xlsx"));
        Path file = Files.writeString(parts.resolve("a.yaml"), minimal("emissions: {file: ../secret.xlsx}\n"));

        assertThat(reader.read(file, StandardCharsets.UTF_8, parts).problems()).singleElement()
                .satisfies(p -> assertThat(p.key()).isEqualTo("ledger.outside"));
    }

    @Test
    void a_broken_large_sheet_stops_at_one_hundred_problems() throws IOException {
        Object[][] rows = new Object[301][];
        rows[0] = row("id", "gas", "amount", "unit");
        for (int i = 1; i < rows.length; i++) rows[i] = row("e" + i, "CO2", -1, "t");
        workbook().sheet("emissions", rows).writeTo(dir.resolve("ledger.xlsx"));
        Path file = write("a.yaml", minimal("emissions: {file: ledger.xlsx}\n"));

        List<Problem> problems = problems(file);

        assertThat(problems).hasSize(100);
        assertThat(problems.get(99).line()).isEqualTo(101);
    }
}
