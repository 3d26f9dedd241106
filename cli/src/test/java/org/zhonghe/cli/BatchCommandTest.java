package org.zhonghe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {
    @TempDir Path dir;

    @Test
    void generate_then_batch_writes_one_row_per_entity_to_the_out_file() throws IOException {
        Path ledger = dir.resolve("ledger");
        assertThat(Run.of("generate", "--entities", "12", "--records", "600", "--seed", "4", ledger.toString()).exit()).isZero();
        Run run = Run.of("batch", ledger.toString(), "--out", dir.resolve("results.csv").toString(), "--threads", "2");
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> rows = Files.readAllLines(dir.resolve("results.csv"));
        assertThat(rows).hasSize(13);
        assertThat(rows.get(0)).isEqualTo("entity,concept,verdict,emissions,removals,credits,net,not_counted,findings");
    }

    @Test
    void pass_mb_reads_removals_and_credits_in_passes_with_the_same_results_and_errors() throws IOException {
        Path ledger = dir.resolve("ledger");
        assertThat(Run.of("generate", "--entities", "300", "--records", "200000", "--seed", "6", ledger.toString()).exit()).isZero();
        // more than 1 MB of removals and credits: two passes of --pass-mb 1
        assertThat(Files.size(ledger.resolve("removals.csv")) + Files.size(ledger.resolve("credits.csv"))).isGreaterThan(1 << 20);
        long credits = Files.readAllLines(ledger.resolve("credits.csv")).size();
        Files.writeString(ledger.resolve("credits.csv"), "E0000250,Verra,V-1,reduction,,2023,x,t,true,E0000250,,true\n",
                StandardOpenOption.APPEND);
        Run one = Run.of("batch", ledger.toString(), "--threads", "2");
        Run passes = Run.of("batch", ledger.toString(), "--threads", "2", "--pass-mb", "1");
        assertThat(one.exit()).isEqualTo(2);
        assertThat(one.err()).startsWith("credits.csv:" + (credits + 1) + ", field 'amount': \"x\"");
        assertThat(passes.exit()).isEqualTo(2);
        assertThat(passes.err()).isEqualTo(one.err());
        assertThat(passes.out()).isEqualTo(one.out()).contains("\nE0000250,").contains("INVALID");
        Run zero = Run.of("batch", ledger.toString(), "--pass-mb", "0", "--lang", "zh");
        assertThat(zero.exit()).isEqualTo(2);
        assertThat(zero.err()).contains("--pass-mb：至少为 1（兆字节），而不是 0");
        assertThat(zero.out()).isEmpty();
    }

    @Test
    void running_out_of_memory_says_how_to_give_more_in_both_languages() {
        java.io.StringWriter text = new java.io.StringWriter();
        int exit = InternalFailure.report(new IllegalStateException(new OutOfMemoryError("Java heap space")),
                new java.io.PrintWriter(text));
        assertThat(exit).isEqualTo(InternalFailure.EXIT);
        assertThat(text.toString().lines()).hasSize(2);
        assertThat(text.toString()).contains("OutOfMemoryError: Java heap space", "out of memory", "内存不足", "-Xmx", "--pass-mb")
                .doesNotContain("at org.");
        assertThat(InternalFailure.outOfMemory(new RuntimeException("x"))).isFalse();
    }

    @Test
    void malformed_rows_are_listed_with_file_and_line_and_exit_2() throws IOException {
        Path ledger = dir.resolve("ledger");
        Run.of("generate", "--entities", "5", "--records", "100", "--seed", "4", ledger.toString());
        long lines = Files.readAllLines(ledger.resolve("emissions.csv")).size();
        Files.writeString(ledger.resolve("emissions.csv"), "E0000002,CO3,1,t,1,\n", StandardOpenOption.APPEND);
        Run run = Run.of("batch", ledger.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("emissions.csv:" + (lines + 1) + ", field 'gas': unknown gas \"CO3\"");
        assertThat(run.out()).contains("\nE0000002,").contains("INVALID").hasLineCount(6);
    }

    @Test
    void errors_are_printed_in_chinese_with_lang_zh_and_in_english_with_lang_en() throws IOException {
        Path ledger = dir.resolve("ledger");
        Run.of("generate", "--entities", "5", "--records", "100", "--seed", "4", ledger.toString());
        long n = Files.readAllLines(ledger.resolve("emissions.csv")).size();
        Files.writeString(ledger.resolve("emissions.csv"), """
                E0000001,CO2,12;5,t,1,
                E0000002,CO2,1,tons,1,
                E0000099,CO2,1,t,1,
                E0000003,CO3,1,t,1,
                """, StandardOpenOption.APPEND);

        Run zh = Run.of("batch", ledger.toString(), "--lang", "zh");
        assertThat(zh.exit()).isEqualTo(2);
        assertThat(zh.err().lines()).containsExactly(
                "emissions.csv:" + (n + 1) + "，字段 'amount'：“12;5”不是十进制数",
                "emissions.csv:" + (n + 2) + "，字段 'unit'：未知单位“tons”；应为以下之一：g|kg|t|kt|Mt|Gt",
                "emissions.csv:" + (n + 3) + "，字段 'entity'：主体“E0000099”未在 entities.csv 中声明",
                "emissions.csv:" + (n + 4) + "，字段 'gas'：未知气体“CO3”；应为 CO2、CO2e 或 GWP 表中的物种"
                        + "（CH4、N2O、SF6、NF3、HFC134a、CF4 等；见 zhonghe gwp list）");

        Run en = Run.of("batch", ledger.toString(), "--lang", "en");
        assertThat(en.exit()).isEqualTo(2);
        assertThat(en.err().lines()).containsExactly(
                "emissions.csv:" + (n + 1) + ", field 'amount': \"12;5\" is not a decimal number",
                "emissions.csv:" + (n + 2) + ", field 'unit': unknown unit \"tons\"; expected one of: g|kg|t|kt|Mt|Gt",
                "emissions.csv:" + (n + 3) + ", field 'entity': entity \"E0000099\" is not declared in entities.csv",
                "emissions.csv:" + (n + 4) + ", field 'gas': unknown gas \"CO3\"; expected CO2, CO2e or a species of "
                        + "the GWP table (CH4, N2O, SF6, NF3, HFC134a, CF4 …; see zhonghe gwp list)");
        assertThat(en.out()).isEqualTo(zh.out());
    }

    @Test
    void errors_beyond_the_cap_are_counted_in_the_chosen_language() throws IOException {
        Path ledger = dir.resolve("ledger");
        Run.of("generate", "--entities", "5", "--records", "100", "--seed", "4", ledger.toString());
        Files.writeString(ledger.resolve("emissions.csv"), "E0000001,CO2,x,t,1,\n".repeat(250), StandardOpenOption.APPEND);
        Run zh = Run.of("batch", ledger.toString(), "--lang", "zh");
        assertThat(zh.err().lines()).hasSize(101).last().isEqualTo("…… 共 250 个错误");
        assertThat(zh.err().lines().findFirst().orElseThrow()).endsWith("，字段 'amount'：“x”不是十进制数");
        Run en = Run.of("batch", ledger.toString(), "--lang", "en");
        assertThat(en.err().lines()).hasSize(101).last().isEqualTo("... 250 errors in all");
    }

    @Test
    void usage_errors_are_told_in_the_chosen_language() throws IOException {
        Path ledger = dir.resolve("ledger");
        Run.of("generate", "--entities", "2", "--records", "10", "--seed", "4", ledger.toString());
        Run zh = Run.of("batch", ledger.toString(), "--threads", "0", "--lang", "zh");
        assertThat(zh.exit()).isEqualTo(2);
        assertThat(zh.err()).isEqualToIgnoringNewLines("zhonghe batch: --threads：至少为 1，而不是 0");
        Run en = Run.of("batch", ledger.toString(), "--concept", "green", "--lang", "en");
        assertThat(en.exit()).isEqualTo(2);
        assertThat(en.err()).startsWith("zhonghe batch: --concept: unknown concept 'green'; expected one of: ");
        assertThat(Run.of("batch", ledger.toString(), "--concept", "green", "--lang", "zh").err())
                .startsWith("zhonghe batch: --concept：未知概念“green”；应为以下之一：");
        assertThat(Run.of("batch", dir.resolve("nowhere").toString(), "--lang", "zh").err()).contains("：不是目录");
        Run fr = Run.of("batch", ledger.toString(), "--lang", "fr");
        assertThat(fr.exit()).isEqualTo(2);
        assertThat(fr.err()).contains("--lang: 'fr'").contains("expected zh or en / 应为 zh 或 en");
    }

    @Test
    void batch_agrees_with_check_for_every_single_entity() throws IOException {
        agreesWithCheck(dir.resolve("ledger"), 25, 3000, 8);
    }

    /** Entities with emissions alone take the prepared-claim path of batch (docs/batch.md): most of these do. */
    @Test
    void batch_agrees_with_check_for_entities_of_emissions_alone_too() throws IOException {
        Path ledger = dir.resolve("sparse");
        agreesWithCheck(ledger, 80, 240, 9);
        Set<String> withMore = new HashSet<>();
        for (String f : List.of("removals.csv", "credits.csv")) {
            Files.readAllLines(ledger.resolve(f)).stream().skip(1).forEach(l -> withMore.add(l.split(",", 2)[0]));
        }
        long emissionsAlone = Files.readAllLines(ledger.resolve("emissions.csv")).stream().skip(1)
                .map(l -> l.split(",", 2)[0]).distinct().filter(e -> !withMore.contains(e)).count();
        assertThat(emissionsAlone).isGreaterThan(40);
    }

    private void agreesWithCheck(Path ledger, int entities, int records, int seed) throws IOException {
        Run.of("generate", "--entities", String.valueOf(entities), "--records", String.valueOf(records), "--seed",
                String.valueOf(seed), ledger.toString());
        Run batch = Run.of("batch", ledger.toString());
        assertThat(batch.exit()).isZero();
        List<String> rows = batch.out().lines().skip(1).toList();
        assertThat(rows).hasSize(entities);
        for (String row : rows) {
            String[] r = row.split(",", -1);
            JsonNode check = check(ledger, r[0]);
            assertThat(r[2]).as("verdict of %s", r[0]).isEqualTo(check.path("verdict").asText());
            assertThat(List.of(r[3], r[4], r[5], r[6])).as("totals of %s", r[0]).containsExactly(
                    check.path("totals").path("emissions").asText(), check.path("totals").path("removals").asText(),
                    check.path("totals").path("credits").asText(), check.path("totals").path("net").asText());
            assertThat(r[7]).as("records not counted of %s", r[0]).isEqualTo(BatchCells.notCounted(check));
            assertThat(r[8]).as("findings of %s", r[0]).isEqualTo(BatchCells.findings(check));
        }
    }

    /** The entity written as an assessment with CSV ledgers, checked by {@code zhonghe check}. */
    private JsonNode check(Path ledger, String entity) throws IOException {
        Path d = Files.createDirectories(dir.resolve(entity));
        String[] spec = Files.readAllLines(ledger.resolve("entities.csv")).stream()
                .filter(l -> l.startsWith(entity + ",")).findFirst().orElseThrow().split(",", -1);
        for (String f : List.of("emissions.csv", "removals.csv", "credits.csv")) {
            List<String> lines = Files.readAllLines(ledger.resolve(f));
            List<String> out = new ArrayList<>();
            out.add("id" + lines.get(0).substring("entity".length()));
            for (String l : lines) if (l.startsWith(entity + ",")) out.add("r" + out.size() + l.substring(entity.length()));
            Files.write(d.resolve(f), out);
        }
        String yaml = """
                version: 1
                entity: {id: %s, type: %s}
                period: {from: %s, to: %s}
                boundary: {scopes: [%s]}
                claim: {concept: %s, profile: %s, metric: %s}
                emissions: {file: emissions.csv}
                removals: {file: removals.csv}
                credits: {file: credits.csv}
                """.formatted(spec[0], spec[1], spec[2], spec[3], spec[4].replace("|", ", "), spec[5], spec[6], spec[7]);
        Path assessment = Files.writeString(d.resolve("assessment.yaml"), yaml);
        Run run = Run.of("check", assessment.toString(), "--format", "json");
        assertThat(run.exit()).as(run.err()).isIn(0, 1);
        return run.json();
    }

}
