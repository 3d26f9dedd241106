package org.zhonghe.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The classifier on the statements of {@code statements.tsv}: eight languages, every category, the hard cases. */
class StatementTableTest {

    record Row(int line, String language, String tag, TargetCategory category, Integer year, GasCoverage gases,
               List<StatementFinding> findings, List<Integer> interim, String text) {
        @Override
        public String toString() {
            return line + " " + language + " " + tag + ": " + text;
        }
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                StatementTableTest.class.getResourceAsStream("statements.tsv"), StandardCharsets.UTF_8))) {
            int line = 0;
            for (String s; (s = r.readLine()) != null; ) {
                line++;
                if (s.isBlank() || s.startsWith("#")) {
                    continue;
                }
                String[] f = s.split("\t", -1);
                List<StatementFinding> findings = f[5].equals("-") ? List.of() : Arrays.stream(f[5].split(" "))
                        .map(c -> c.equals("M") ? StatementFinding.MISLABELLED_TARGET
                                : StatementFinding.GAS_COVERAGE_UNSPECIFIED).toList();
                List<Integer> interim = f[6].equals("-") ? List.of()
                        : Arrays.stream(f[6].split(";")).map(Integer::valueOf).toList();
                rows.add(new Row(line, f[0], f[1], TargetCategory.fromId(f[2]).orElseThrow(),
                        f[3].equals("-") ? null : Integer.valueOf(f[3]),
                        f[4].equals("-") ? null : GasCoverage.fromId(f[4]).orElseThrow(), findings, interim, f[7]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void each_statement_gets_its_category_year_gases_findings_and_interim_years(Row row) {
        StatementClassification c = StatementClassifier.classify(row.text());

        String why = String.join("; ", c.explanation(Locale.ENGLISH));
        assertThat(c.category()).as("category; %s", why).isEqualTo(row.category());
        assertThat(c.targetYear()).as("year; %s", why).isEqualTo(row.year());
        assertThat(c.gases()).as("gases; %s", why).isEqualTo(row.gases());
        assertThat(c.findings()).as("findings; %s", why).containsExactlyElementsOf(row.findings());
        assertThat(c.interim()).extracting(TargetMention::year).as("interim; %s", why)
                .containsExactlyInAnyOrderElementsOf(row.interim());
    }

    @Test
    void the_table_covers_eight_languages_every_category_and_the_hard_cases() {
        List<Row> rows = rows();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(200);
        Set<String> languages = rows.stream().map(Row::language).collect(Collectors.toSet());
        assertThat(languages).containsExactlyInAnyOrder("en", "zh", "ja", "de", "fr", "it", "es", "pt");
        assertThat(rows.stream().map(Row::category).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(TargetCategory.class));
        for (String language : languages) {
            Set<String> tags = rows.stream().filter(r -> r.language().equals(language)).map(Row::tag)
                    .collect(Collectors.toSet());
            assertThat(tags).as(language).contains("plain", "intent", "negation", "hearsay", "multi", "gas", "urls");
            assertThat(rows.stream().filter(r -> r.language().equals(language)
                    && r.findings().contains(StatementFinding.MISLABELLED_TARGET))).as(language).isNotEmpty();
        }
    }

    @Test
    void every_decision_names_the_words_that_made_it_in_both_languages() {
        StatementClassification c = StatementClassifier.classify(
                "The national government aims for net zero by 2050; there is no evidence that the city has a similar commitment.");

        assertThat(c.category()).isEqualTo(TargetCategory.NONE);
        assertThat(c.reasons()).extracting(ClassificationReason::kind)
                .containsExactly(ClassificationReason.Kind.HEARSAY, ClassificationReason.Kind.NO_TARGET);
        assertThat(c.explanation(Locale.ENGLISH).get(0)).contains("national government", "net zero");
        assertThat(c.explanation(Locale.CHINESE).get(1)).contains("no evidence", "没有目标");
    }
}
