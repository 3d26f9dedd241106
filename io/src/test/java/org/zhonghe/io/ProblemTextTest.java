package org.zhonghe.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.zhonghe.assessment.Problem;

class ProblemTextTest {
    private static final Problem UNIT = new Problem("ledger.csv", 17, "emissions[e2].unit", "tons", "unit.unknown",
            List.of("tons", "g|kg|t|kt|Mt|Gt"));

    @Test
    void a_problem_reads_as_file_line_field_and_message_in_english() {
        assertThat(ProblemText.of(Locale.ENGLISH).line(UNIT)).isEqualTo(
                "ledger.csv:17, field 'emissions[e2].unit': unknown unit \"tons\"; expected one of: g|kg|t|kt|Mt|Gt");
    }

    @Test
    void a_problem_reads_in_chinese() {
        assertThat(ProblemText.of(Locale.SIMPLIFIED_CHINESE).line(UNIT)).isEqualTo(
                "ledger.csv:17，字段 'emissions[e2].unit'：未知单位“tons”；应为以下之一：g|kg|t|kt|Mt|Gt");
    }

    @Test
    void core_problem_keys_are_found_in_core_messages() {
        Problem p = new Problem("a.yaml", 3, "claim.profile", "iso", "profile.unknown", List.of("iso", "ipcc"));

        assertThat(ProblemText.of(Locale.ENGLISH).message(p)).isEqualTo("unknown profile \"iso\"; expected one of: ipcc");
    }

    @Test
    void a_problem_without_line_or_field_leaves_them_out() {
        Problem p = new Problem("a.yaml", 0, "", null, "file.notFound", List.of("a.yaml"));

        assertThat(ProblemText.of(Locale.ENGLISH).line(p)).isEqualTo("a.yaml: file a.yaml not found");
    }

    @Test
    void the_json_error_object_has_file_line_field_value_and_message() {
        Map<String, Object> json = ProblemText.of(Locale.ENGLISH).json(UNIT);

        assertThat(json).containsExactly(Map.entry("file", "ledger.csv"), Map.entry("line", 17L),
                Map.entry("field", "emissions[e2].unit"), Map.entry("value", "tons"),
                Map.entry("message", "unknown unit \"tons\"; expected one of: g|kg|t|kt|Mt|Gt"));
    }

    @Test
    void both_bundles_have_the_same_keys_and_valid_patterns_without_apostrophes() throws IOException {
        Properties en = load("/org/zhonghe/problems_en.properties");
        Properties zh = load("/org/zhonghe/problems_zh.properties");

        assertThat(zh.keySet()).isEqualTo(en.keySet());
        for (Properties bundle : List.of(en, zh)) {
            for (String key : bundle.stringPropertyNames()) {
                String pattern = bundle.getProperty(key);
                assertThat(key).startsWith("problem.");
                assertThat(pattern).as(key).doesNotContain("'");
                assertThat(new MessageFormat(pattern).format(new Object[] {"a", "b", "c"})).as(key).isNotBlank();
            }
        }
    }

    @Test
    void every_key_the_reader_uses_has_a_message() throws IOException {
        Properties en = load("/org/zhonghe/problems_en.properties");
        String[] used = {"syntax.yaml", "syntax.json", "syntax.tooDeep", "file.empty", "file.notFound",
                "file.unreadable", "encoding.notUtf8", "encoding.invalid", "field.unknown", "field.repeated",
                "field.required", "number.decimal", "number.digits", "text.tooLong", "syntax.aliases", "number.comma", "number.range", "number.negative",
                "number.integer", "number.atLeast", "boolean", "date", "version.unsupported", "entity.id",
                "entity.type", "entity.alias", "period.order", "concept.unknown", "metric.unknown", "scope.unknown", "unit.unknown",
                "removalKind.unknown", "creditType.unknown", "basis.unknown", "hostCountry.format", "ledger.shape",
                "ledger.fileNotAllowed", "ledger.xls", "ledger.format", "ledger.notFound", "ledger.outside", "csv.malformed",
                "csv.cells", "csv.noHeader", "csv.headerRepeated", "xlsx.unreadable", "xlsx.sheetNotFound", "xlsx.noSheet",
                "xlsx.noHeader", "xlsx.unnamedColumn"};
        for (String key : used) assertThat(en).containsKey("problem." + key);
        for (String expected : List.of("document", "mapping", "list", "value", "record")) {
            for (String found : List.of("mapping", "list", "value")) {
                boolean possible = !expected.equals(found) && !(found.equals("mapping")
                        && List.of("document", "mapping", "record").contains(expected));
                if (possible) assertThat(en).containsKey("problem.type." + expected + "." + found);
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ProblemText.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
