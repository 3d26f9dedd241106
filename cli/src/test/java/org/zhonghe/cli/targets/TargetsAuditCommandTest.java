package org.zhonghe.cli.targets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code targets audit} on the fixture written by {@code bench/targets/nzt-export.py} (308 regions, cities
 * and companies in the export's exact layout, sentences of our own in eight languages): the expected
 * counts come from the generator's intended reading of each template, not from Zhonghe.
 */
class TargetsAuditCommandTest {

    private static JsonNode expected() throws Exception {
        return new ObjectMapper().readTree(Files.readString(Path.of(CliRun.fixture("nzt-export-fixture.expected.json"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nzt-export-fixture.xlsx", "nzt-export-fixture.csv"})
    void the_summary_accounts_for_every_row_and_gives_the_intended_counts(String fixture) throws Exception {
        CliRun run = CliRun.of("targets", "audit", CliRun.fixture(fixture), "--format", "json");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode summary = run.json().get("summary");
        JsonNode expected = expected();
        assertThat(summary.get("rows").asLong()).isEqualTo(308);
        assertThat(summary.get("audited").asLong()).isEqualTo(308);
        assertThat(run.json().get("entities")).hasSize(308);
        assertThat(summary.get("byType")).isEqualTo(expected.get("byType"));
        assertThat(summary.get("untyped").asLong()).isZero();
        assertThat(summary.get("findings")).isEqualTo(expected.get("findings"));
        for (String type : new String[] {"region", "city", "company"}) {
            assertThat(summary.get("agreement").get(type).get("compared")).as(type)
                    .isEqualTo(expected.get("agreement").get(type).get("compared"));
            assertThat(summary.get("agreement").get(type).get("agreeing")).as(type)
                    .isEqualTo(expected.get("agreement").get(type).get("agreeing"));
        }
        assertThat(summary.get("agreement").get("city").get("share").asText()).isEqualTo("0.222222");
        assertThat(summary.get("agreement").get("all").get("share").asText()).isEqualTo("0.740741");
    }

    @Test
    void xlsx_and_csv_give_the_same_entities_with_every_column_read() {
        JsonNode xlsx = CliRun.of("targets", "audit", CliRun.fixture("nzt-export-fixture.xlsx"), "--format", "json").json();
        JsonNode csv = CliRun.of("targets", "audit", CliRun.fixture("nzt-export-fixture.csv"), "--format", "json").json();

        for (int i = 0; i < 308; i++) {
            JsonNode a = xlsx.get("entities").get(i);
            JsonNode b = csv.get("entities").get(i);
            for (String field : new String[] {"id", "name", "entityType", "label", "wording", "targetYear", "gases",
                    "status", "findings", "statement"}) {
                assertThat(a.get(field)).as(a.get("id") + " " + field).isEqualTo(b.get(field));
            }
        }
    }

    @Test
    void one_entity_carries_its_words_reading_and_explanation_in_the_chosen_language() {
        JsonNode zh = CliRun.of("targets", "audit", CliRun.fixture("nzt-export-fixture.csv"), "--format", "json",
                "--lang", "zh", "--type", "city").json();

        JsonNode hearsay = zh.get("entities").get(0);
        assertThat(hearsay.get("id").asText()).isEqualTo("CIT-00001");
        assertThat(hearsay.get("label").asText()).isEqualTo("net-zero");
        assertThat(hearsay.get("wording").asText()).isEqualTo("carbon-neutral");
        assertThat(hearsay.get("findings")).extracting(JsonNode::asText)
                .containsExactly("LABEL_DIFFERS_FROM_WORDING", "NET_ZERO_RELIES_ON_OFFSETS", "GAS_COVERAGE_UNSPECIFIED");
        assertThat(hearsay.get("reading").get("explanation").get(0).asText()).contains("中和类用语", "carbon neutrality");
        assertThat(zh.get("summary").get("type").asText()).isEqualTo("city");
        assertThat(zh.get("summary").get("audited").asLong()).isEqualTo(99);
        assertThat(zh.get("summary").get("rows").asLong()).as("every row read, only cities audited").isEqualTo(308);
        assertThat(zh.get("summary").get("findingTexts").get("VALUE_CHAIN_UNCOVERED").asText()).contains("范围3", "§4.2.1");
    }

    @Test
    void text_and_csv_list_every_entity_and_the_summary() {
        CliRun text = CliRun.of("targets", "audit", CliRun.fixture("nzt-export-fixture.xlsx"), "--lang", "zh");
        CliRun csv = CliRun.of("targets", "audit", CliRun.fixture("nzt-export-fixture.xlsx"), "--format", "csv");

        assertThat(text.out()).contains("COM-00121", "读取 308 行，审查 308 行", "一致率", "0.222222",
                "LABEL_DIFFERS_FROM_WORDING", "77", "净零目标依赖碳信用");
        assertThat(csv.out().lines()).hasSize(309).first()
                .isEqualTo("id,name,entityType,country,label,wording,targetYear,gases,status,findings");
    }

    @Test
    void the_bundled_country_rows_are_audited_by_their_snapshot_id() {
        JsonNode summary = CliRun.of("targets", "audit", "2025-11", "--format", "json").json().get("summary");

        assertThat(summary.get("rows").asLong()).isEqualTo(199);
        assertThat(summary.get("byType").get("country").asLong()).isEqualTo(199);
        assertThat(summary.get("agreement").get("country").get("compared").asLong()).isEqualTo(182);
    }

    @Test
    void a_broken_export_reports_every_problem_with_file_line_and_field_and_writes_nothing() {
        String file = CliRun.fixture("nzt-export-broken.csv");
        CliRun run = CliRun.of("targets", "audit", file, "--lang", "en");
        CliRun type = CliRun.of("targets", "audit", file, "--type", "town");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(file + ":4, field 'End_target_year': \"20x0\" is not a year",
                file + ":6, field 'ID_Code': code \"CIT-1\" already appears on line 3",
                file + ":7, field 'ID_Code': empty");
        assertThat(type.exit()).isEqualTo(2);
        assertThat(type.err()).contains("'town'", "country, region, city, company");
    }
}
