package org.zhonghe.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reasons and findings of issue 13 over HTTP, as the web UI shows them: the stateless check
 * of an acceptance case answers with the codes and their explanations in the language asked for.
 */
class PaperVerdictsApiTest {
    @TempDir static Path dir;
    static ZhongheServer server;
    static Http http;
    static String admin;

    @BeforeAll
    static void start() {
        StringBuilder printed = new StringBuilder();
        server = Http.start(dir, 1000, printed);
        http = new Http(server.port());
        admin = Http.adminToken(printed);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode check(String example, String lang) throws IOException {
        String yaml = Files.readString(Path.of("..", "examples", example, "assessment.yaml"));
        Http.Reply r = http.post("/check?lang=" + lang, admin, "application/yaml", yaml);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static JsonNode record(JsonNode result, String id) {
        for (JsonNode r : result.get("records")) if (r.get("id").asText().equals(id)) return r;
        throw new AssertionError("no record " + id);
    }

    private static JsonNode finding(JsonNode result, String code) {
        for (JsonNode f : result.get("findings")) if (f.get("code").asText().equals(code)) return f;
        throw new AssertionError("no finding " + code + " in " + result.get("findings"));
    }

    @Test
    void a_forest_stored_too_briefly_is_explained_with_its_years_and_zhonghes_reading_in_both_languages() throws IOException {
        JsonNode en = check("paper-s4.4.3-durability-reading", "en");
        JsonNode zh = check("paper-s4.4.3-durability-reading", "zh");
        assertThat(record(en, "orchard").get("reason").asText()).isEqualTo("NOT_DURABLE");
        assertThat(record(en, "orchard").get("explanation").asText()).contains("agroforestry", "30", "100", "Zhonghe's reading")
                .doesNotContain("crops");
        assertThat(record(zh, "orchard").get("explanation").asText()).contains("30", "100", "中和对“长期”的解读")
                .doesNotContain("庄稼");
        assertThat(finding(en, "METHOD_BEYOND_PAPER").get("message").asText()).contains("biochar", "DACCS and BECCS");
        assertThat(finding(zh, "METHOD_BEYOND_PAPER").get("message").asText()).contains("负排放技术");
    }

    @Test
    void a_balance_of_nothing_and_the_enterprise_minimum_are_told_in_both_languages() throws IOException {
        JsonNode en = check("paper-s6-event-all-scope3-nothing-in-reach", "en");
        assertThat(en.get("verdict").asText()).isEqualTo("INDETERMINATE");
        assertThat(finding(en, "NOTHING_IN_REACH").get("message").asText()).contains("net-zero-ghg");
        assertThat(finding(check("paper-s6-event-all-scope3-nothing-in-reach", "zh"), "NOTHING_IN_REACH")
                .get("message").asText()).contains("没有任何排放记录被计入");
        JsonNode below = check("paper-s4.2.1-enterprise-below-level1", "zh");
        assertThat(finding(below, "BELOW_ENTERPRISE_LEVEL_1").get("message").asText()).contains("范围1和范围2");
        assertThat(finding(below, "SCOPE3_EXCLUDED").get("message").asText()).contains("低于 §4.2.1 的第一层次");
    }

    @Test
    void sinks_bought_as_credits_are_judged_by_their_kind() throws IOException {
        JsonNode en = check("paper-s4.4.3-sinks-bought-as-credits", "en");
        assertThat(record(en, "shellfish").get("reason").asText()).isEqualTo("UNRECOGNIZED_METHOD");
        assertThat(record(en, "shellfish").get("explanation").asText()).contains("fishery carbon sink");
        assertThat(record(en, "wind").get("status").asText()).isEqualTo("COUNTED");
        assertThat(finding(en, "CREDIT_TYPE_MISDECLARED").get("severity").asText()).isEqualTo("WARNING");
        JsonNode zh = check("paper-s4.4.3-sinks-bought-as-credits", "zh");
        assertThat(record(zh, "pump").get("explanation").asText()).contains("海洋微生物碳泵");
    }
}
