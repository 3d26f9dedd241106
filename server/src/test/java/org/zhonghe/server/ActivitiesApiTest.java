package org.zhonghe.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 over HTTP: an assessment with activity data, checked statelessly or stored and
 * evaluated, is computed as {@code zhonghe check} computes it (examples/activities-*: the verdict
 * and totals of their expected.json, which ExamplesTest holds check to) and answers with the
 * derivation of every tonne. Figures by hand: 10,000 MWh bought in 2022, certificates for
 * 2,500 MWh + 1,500,000 kWh = 4,000 MWh; location-based 10,000 × 0.5703 = 5,703 t CO2;
 * market-based 6,000 × 0.5703 = 3,421.8 t CO2; 3,000 t of credits leave 421.8 t.
 */
class ActivitiesApiTest {
    private static final String MARKET = "activities-electricity-market";
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

    private static String yaml(String example) throws IOException {
        return Files.readString(Path.of("..", "examples", example, "assessment.yaml"));
    }

    private static JsonNode expected(String example) throws IOException {
        return new ObjectMapper().readTree(Path.of("..", "examples", example, "expected.json").toFile());
    }

    private static JsonNode check(String example, String lang) throws IOException {
        Http.Reply r = http.post("/check?lang=" + lang, admin, "application/yaml", yaml(example));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void bought_electricity_with_certificates_is_computed_both_ways_with_its_derivation_in_english_and_chinese() throws IOException {
        for (String lang : new String[] {"en", "zh"}) {
            JsonNode r = check(MARKET, lang);
            JsonNode expected = expected(MARKET);
            assertThat(r.path("verdict").asText()).isEqualTo(expected.path("verdict").asText()).isEqualTo("NOT_SUPPORTED");
            assertThat(r.path("totals").path("emissions").asText()).isEqualTo("3421.8");
            assertThat(r.path("totals").path("credits").asText()).isEqualTo("3000");
            assertThat(r.path("totals").path("net").asText()).isEqualTo("421.8");
            JsonNode a = r.path("activities");
            assertThat(a.path("scope2Method").asText()).isEqualTo("market");
            assertThat(a.path("scope2").path("location").asText()).isEqualTo("5703");
            assertThat(a.path("scope2").path("market").asText()).isEqualTo("3421.8");
            JsonNode location = a.path("computed").get(0);
            JsonNode market = a.path("computed").get(1);
            assertThat(location.path("method").asText()).isEqualTo("location");
            assertThat(location.path("inLedger").asBoolean()).isFalse();
            assertThat(location.path("derivation").asText())
                    .isEqualTo("10000 MWh × 0.5703 t CO2/MWh [cn-mee-grid CN/2022/CO2] = 5703 t CO2");
            assertThat(market.path("inLedger").asBoolean()).isTrue();
            assertThat(market.path("derivation").asText()).isEqualTo("(10000 MWh − 4000 MWh [GEC-2022-44010000001, "
                    + "GEC-2022-44010000002]) × 0.5703 t CO2/MWh [cn-mee-grid CN/2022/CO2] = 3421.8 t CO2");
            assertThat(market.path("note").asText()).contains(lang.equals("zh") ? "剩余组合" : "residual mix");
        }
    }

    /**
     * Session 23 over HTTP: certificates that do not fit the consumption (a 2019 I-REC, a US REC on
     * China's grid in 2022) cover nothing, as {@code check} says (the example's expected.json); the
     * warning names them, in English and in Chinese.
     */
    @Test
    void certificates_of_another_year_or_market_cover_nothing_and_the_warning_says_why_in_both_languages() throws IOException {
        String example = "activities-certificate-outside-vintage-and-market";
        for (String lang : new String[] {"en", "zh"}) {
            JsonNode r = check(example, lang);
            JsonNode expected = expected(example);
            assertThat(r.path("verdict").asText()).isEqualTo(expected.path("verdict").asText()).isEqualTo("NOT_SUPPORTED");
            assertThat(r.path("totals").path("emissions").asText()).isEqualTo("3421.8");
            assertThat(r.path("totals").path("net").asText()).isEqualTo("421.8");
            java.util.List<String> messages = new java.util.ArrayList<>();
            r.path("findings").forEach(f -> {
                if (f.path("code").asText().equals("INSTRUMENT_NOT_APPLIED")) messages.add(f.path("message").asText());
            });
            assertThat(messages).hasSize(2);
            assertThat(messages.get(0)).contains("IREC-2019-000777 (meter-b) 2019-01-01–2019-12-31 ∉ 2021-07-01–2023-03-31")
                    .contains(lang.equals("zh") ? "中和的解读" : "Zhonghe’s reading");
            assertThat(messages.get(1)).contains("REC-US-2022-12345 (meter-c) US+CA ≠ CN")
                    .contains(lang.equals("zh") ? "市场" : "market");
            // session 24: the formula's words are the reader's too (the web UI shows this field)
            java.util.List<String> formulas = new java.util.ArrayList<>();
            r.path("activities").path("computed").forEach(c -> formulas.add(c.path("derivation").asText()));
            assertThat(formulas).anyMatch(f -> f.contains(lang.equals("zh") ? "[未采用: IREC-2019-000777]" : "[not applied: IREC-2019-000777]"));
            assertThat(formulas).noneMatch(f -> lang.equals("zh") && f.contains("not applied"));
        }
    }

    @Test
    void a_stored_assessment_with_activities_evaluates_to_what_the_stateless_check_gives() throws IOException {
        Http.Reply stored = http.post("/assessments", admin, "application/yaml", yaml("activities-fuel-combustion"));
        assertThat(stored.status()).as(stored.body()).isEqualTo(201);
        String path = "/assessments/" + stored.json().get("id").asLong();
        Http.Reply evaluated = http.post(path + "/evaluate?lang=en", admin, null, null);
        assertThat(evaluated.status()).as(evaluated.body()).isEqualTo(200);
        JsonNode result = evaluated.json().get("result");
        JsonNode stateless = check("activities-fuel-combustion", "en");
        assertThat(result.path("verdict").asText()).isEqualTo(expected("activities-fuel-combustion").path("verdict").asText());
        assertThat(result.path("totals")).isEqualTo(stateless.path("totals"));
        assertThat(result.path("activities")).isEqualTo(stateless.path("activities"));
        assertThat(result.path("records")).isEqualTo(stateless.path("records"));
        // 1000 t gas/diesel oil × 43.0 TJ/Gg × 74,100 kg CO2/TJ (IPCC 2006 Tables 1.2, 2.2) = 3,186.3 t CO2
        JsonNode diesel = result.path("activities").path("computed").get(0);
        assertThat(diesel.path("record").asText()).isEqualTo("diesel.CO2");
        assertThat(diesel.path("tonnes").asText()).isEqualTo("3186.3");
        assertThat(diesel.path("factors").toString()).contains("ipcc-2006 ncv/gas-diesel-oil", "ipcc-2006 energy/gas-diesel-oil/CO2");
        long evaluation = evaluated.json().get("evaluation").get("id").asLong();
        JsonNode again = http.get(path + "/evaluations/" + evaluation, admin).json().get("result");
        assertThat(again.path("activities")).isEqualTo(result.path("activities"));
        assertThat(again.path("totals")).isEqualTo(result.path("totals"));
    }
}
