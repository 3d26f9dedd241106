package org.zhonghe.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zhonghe.io.XlsxFiles.row;
import static org.zhonghe.io.XlsxFiles.workbook;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhonghe.Messages;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Problem;
import org.zhonghe.output.ResultJson;
import org.zhonghe.profiles.Profiles;
import org.zhonghe.rules.ClaimEvaluator;

class WorkbookReaderTest {
    private static final Object[][] HEAD = {row("field", "value"), row("version", 1), row("entity.id", "acme-2024"),
            row("entity.name", "ACME Ltd."), row("entity.type", "organization"), row("period.from", LocalDate.of(2024, 1, 1)),
            row("period.to", "2024-12-31"), row("boundary.scopes", "[1, 2, 3]"), row("claim.concept", "carbon-neutrality"),
            row("claim.profile", "ipcc"), row("claim.date", "2025-03-31")};
    private static final String YAML = """
            version: 1
            entity: {id: acme-2024, name: ACME Ltd., type: organization}
            period: {from: 2024-01-01, to: 2024-12-31}
            boundary: {scopes: [1, 2, 3]}
            claim: {concept: carbon-neutrality, profile: ipcc, date: 2025-03-31}
            emissions:
              - {id: e1, gas: CO2, amount: 0.1, unit: t, scope: 1}
              - {id: e2, gas: CH4, amount: 2, unit: t, scope: 1, biogenic: true}
            credits:
              - {id: c1, registry: CCER, serial: CCER-1, type: avoidance, vintage: 2023, amount: 0.3, unit: t, retired: TRUE, beneficiary: acme-2024}
            otherEffects:
              assessed: true
              items: [{id: o1, kind: albedo, amount: -5, unit: t}]
            """;

    private final AssessmentReader reader = new AssessmentReader();

    @TempDir
    Path dir;

    private Path good() throws IOException {
        return workbook().sheet("assessment", with(HEAD, row("otherEffects.assessed", true)))
                .sheet("emissions", row("id", "gas", "amount", "unit", "scope", "biogenic"), row("e1", "CO2", 0.1, "t", 1),
                        row("e2", "CH4", "2", "t", 1, true))
                .sheet("credits", row("id", "registry", "serial", "type", "vintage", "amount", "unit", "retired", "beneficiary"),
                        row("c1", "CCER", "CCER-1", "avoidance", 2023, "=0.1+0.2", "t", "TRUE", "acme-2024"))
                .sheet("otherEffects", row("id", "kind", "amount", "unit"), row("o1", "albedo", -5, "t"))
                .writeTo(dir.resolve("acme.xlsx"));
    }

    private static Object[][] with(Object[][] rows, Object[]... more) {
        Object[][] all = java.util.Arrays.copyOf(rows, rows.length + more.length);
        System.arraycopy(more, 0, all, rows.length, more.length);
        return all;
    }

    private static String resultJson(Assessment a) {
        return ResultJson.of(a, ClaimEvaluator.standard().evaluate(a, Profiles.byId(a.claim().profile()).orElseThrow()),
                Messages.of(Locale.ENGLISH)).toString();
    }

    @Test
    void a_workbook_reads_to_the_same_result_as_the_yaml_it_holds() throws IOException {
        ReadResult wb = reader.read(good(), StandardCharsets.UTF_8);
        ReadResult yaml = reader.read(Files.writeString(dir.resolve("acme.yaml"), YAML), StandardCharsets.UTF_8);

        assertThat(wb.problems()).isEmpty();
        assertThat(yaml.problems()).isEmpty();
        Assessment a = wb.assessment();
        assertThat(a.emissions().get(0).amount()).as("0.1 as the cell shows it, never its double").isEqualTo(new BigDecimal("0.1"));
        assertThat(a.credits().get(0).amount()).as("a formula's cached 0.30000000000000004 shown as 0.3").isEqualTo(new BigDecimal("0.3"));
        assertThat(a.period().from()).as("a date cell").isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(a.otherEffects().items()).hasSize(1);
        assertThat(a.emissions().get(1).origin().file()).isEqualTo(dir.resolve("acme.xlsx") + "[emissions]");
        assertThat(a.emissions().get(1).origin().line()).as("the sheet's row").isEqualTo(3);
        assertThat(resultJson(a).replace("acme.xlsx[emissions]", "acme.yaml").replace("acme.xlsx[credits]", "acme.yaml")
                .replace("acme.xlsx[otherEffects]", "acme.yaml").replaceAll("\"line\":\\d+", ""))
                .isEqualTo(resultJson(yaml.assessment()).replaceAll("\"line\":\\d+", ""));
    }

    @Test
    void every_bad_cell_is_named_by_sheet_row_and_column_in_one_run() throws IOException {
        Path file = workbook().sheet("assessment", with(HEAD, row("claim.metric", "AR9"), row("entity.colour", "red"),
                        row(null, "orphan")))
                .sheet("emissions", row("id", "gas", "amount", "unit", "scope"), row("e1", "CO2", "12,5", "t", 1),
                        null, row("e2", "CO2", 3, "tons", 7))
                .sheet("credits", row("id", "registry", "serial", "type", "vintage", "amount", "unit", "retired"),
                        row("c1", "CCER", "CCER-1", "avoidance", 2023, 1, "t", "maybe"))
                .sheet("Emission", row("id"), row("x"))
                .writeTo(dir.resolve("acme.xlsx"));

        List<Problem> problems = reader.read(file, StandardCharsets.UTF_8).problems();
        List<String> en = problems.stream().map(p -> p.toText(Locale.ENGLISH).replace(dir + "/", "")).toList();
        List<String> zh = problems.stream().map(p -> p.toText(Locale.CHINESE).replace(dir + "/", "")).toList();

        assertThat(en).anySatisfy(l -> assertThat(l).startsWith(
                        "acme.xlsx[emissions]:2, field 'emissions[e1].amount' (column C): \"12,5\" is not a decimal number"))
                .anySatisfy(l -> assertThat(l).startsWith("acme.xlsx[emissions]:4, field 'emissions[e2].unit' (column D): "))
                .anySatisfy(l -> assertThat(l).startsWith("acme.xlsx[emissions]:4, field 'emissions[e2].scope' (column E): "))
                .anySatisfy(l -> assertThat(l).startsWith("acme.xlsx[credits]:2, field 'credits[c1].retired' (column H): "))
                .anySatisfy(l -> assertThat(l).startsWith("acme.xlsx[assessment]:12, field 'claim.metric' (column B): "))
                .anySatisfy(l -> assertThat(l).startsWith("acme.xlsx[assessment]:13, field 'entity.colour' (column B): "))
                .anySatisfy(l -> assertThat(l).startsWith("acme.xlsx[assessment]:14: the value \"orphan\" has no field in column A"))
                .anySatisfy(l -> assertThat(l).startsWith("acme.xlsx: unknown sheet \"Emission\""));
        assertThat(zh).anySatisfy(l -> assertThat(l).startsWith("acme.xlsx[emissions]:2，字段 'emissions[e1].amount'（C 列）："))
                .anySatisfy(l -> assertThat(l).startsWith("acme.xlsx：未知工作表“Emission”"));
        assertThat(problems).allSatisfy(p -> assertThat(p.message(Locale.CHINESE)).doesNotContain("problem."));
    }

    @Test
    void a_problem_found_by_the_rules_later_is_placed_in_its_cell_too() throws IOException {
        Path file = workbook().sheet("assessment", HEAD)
                .sheet("emissions", row("id", "gas", "amount", "unit"), row("e1", "CO9", 1, "t"))
                .writeTo(dir.resolve("gas.xlsx"));

        ReadResult.Read read = (ReadResult.Read) reader.read(file, StandardCharsets.UTF_8);
        List<Problem> later = read.locate(ClaimEvaluator.standard().validate(read.assessment()));

        assertThat(later).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("gas.xlsx[emissions]");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("B");
        });
    }

    @Test
    void a_list_cell_is_a_yaml_flow_and_its_syntax_error_is_placed_at_the_cell() throws IOException {
        Path file = workbook().sheet("assessment", with(HEAD, row("plan.reductionTargets", "[{year: 2030, reductionPercent: 50"))).writeTo(dir.resolve("plan.xlsx"));

        List<Problem> problems = reader.read(file, StandardCharsets.UTF_8).problems();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("plan.xlsx[assessment]");
            assertThat(p.line()).isEqualTo(12);
            assertThat(p.field()).isEqualTo("plan.reductionTargets");
            assertThat(p.key()).isEqualTo("syntax.yaml");
        });
    }

    @Test
    void a_workbook_without_its_assessment_sheet_or_not_a_workbook_at_all_is_one_problem() throws IOException {
        Path noSheet = workbook().sheet("emissions", row("id")).writeTo(dir.resolve("no.xlsx"));
        Path notZip = Files.writeString(dir.resolve("text.xlsx"), "version: 1\n");

        assertThat(reader.read(noSheet, StandardCharsets.UTF_8).problems()).singleElement()
                .satisfies(p -> assertThat(p.toText(Locale.ENGLISH)).endsWith("no.xlsx: the workbook has no sheet \"assessment\" "
                        + "(column A the field, such as entity.id; column B its value); its sheets are: emissions"));
        assertThat(reader.readWorkbook(Files.readAllBytes(notZip), "upload.xlsx").problems()).singleElement()
                .satisfies(p -> assertThat(p.key()).isEqualTo("xlsx.unreadable"));
    }

    @Test
    void a_workbook_sent_in_memory_reads_no_file_it_names() throws IOException {
        Files.writeString(dir.resolve("emissions.csv"), "id,gas,amount,unit\ne1,CO2,1,t\n");
        Path file = workbook().sheet("assessment", with(HEAD, row("emissions.file", "emissions.csv"))).writeTo(dir.resolve("ref.xlsx"));

        assertThat(reader.read(file, StandardCharsets.UTF_8).problems()).as("beside a file on disk: read").isEmpty();
        assertThat(reader.readWorkbook(Files.readAllBytes(file), "upload.xlsx").problems()).singleElement()
                .satisfies(p -> assertThat(p.key()).isEqualTo("ledger.outside"));
    }

    @Test
    void the_template_checks_as_it_is_and_its_headers_are_the_sections_fields() throws IOException {
        ReadResult r = reader.readWorkbook(WorkbookTemplate.bytes(), "template.xlsx");

        assertThat(r.problems()).isEmpty();
        assertThat(ClaimEvaluator.standard().validate(r.assessment())).isEmpty();
        assertThat(r.assessment().emissions().get(0).amount()).isEqualTo(new BigDecimal("1200.5"));
        assertThat(r.assessment().credits()).hasSize(1);
    }
}
