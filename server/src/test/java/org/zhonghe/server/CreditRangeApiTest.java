package org.zhonghe.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Over real HTTP (issue 16 §4 {@code SERIAL_OVERLAP} across tenants): units 500 to 1500 of the
 * block that holds another tenant's claimed units 1 to 1000 are a conflict for both, as a repeated
 * serial is — the evaluation, the look-up, the operator's list and decision, and the audit log
 * answer as they do for one serial (climate-action-reserve/retirements.csv:3's block, CAR1335).
 */
class CreditRangeApiTest {
    private static final String BLOCK = "CAR-1-US-1335-31-983-KS-2025-9659-";
    @TempDir Path dir;

    private static long evaluateNew(Http http, String token, String entity, String registry, String serial) {
        Http.Reply r = http.post("/assessments", token, "application/yaml", Http.eventYaml(entity, registry, serial));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private static JsonNode evaluate(Http http, String token, long id) {
        Http.Reply r = http.post("/assessments/" + id + "/evaluate", token, null, null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void overlapping_units_claimed_by_two_tenants_are_a_conflict_for_both_until_the_operator_decides() {
        StringBuilder printed = new StringBuilder();
        try (ZhongheServer server = Http.start(dir, 1000, printed)) {
            Http http = new Http(server.port());
            String admin = Http.adminToken(printed);
            String other = http.post("/tenants", admin, "application/json", "{\"name\": \"acme\"}").json().get("token").asText();

            long mine = evaluateNew(http, admin, "range-a", "CAR", BLOCK + "1 to 1000");
            assertThat(evaluate(http, admin, mine).at("/evaluation/verdict").asText()).isEqualTo("SUPPORTED");
            long theirs = evaluateNew(http, other, "range-b", "Climate Action Reserve", BLOCK.toLowerCase() + "500 to 1500");
            JsonNode second = evaluate(http, other, theirs);
            assertThat(second.at("/evaluation/verdict").asText()).isEqualTo("INDETERMINATE");
            assertThat(second.at("/result/findings").findValuesAsText("code")).contains("CONFLICTING_CLAIM");
            assertThat(second.toString()).doesNotContain("range-a");
            assertThat(http.get("/assessments/" + mine + "/evaluations", admin).json().get(0).at("/credits/0/status").asText())
                    .as("the first claim's evaluation shows the conflict").isEqualTo("contested");

            JsonNode looked = http.get("/credits?registry=CAR&serial=" + q(BLOCK + "700 to 800"), other).json();
            assertThat(looked.get("claimed").asBoolean()).isTrue();
            assertThat(looked.get("contested").asBoolean()).isTrue();
            assertThat(looked.get("assessmentId").asLong()).as("their own claim, never mine").isEqualTo(theirs);
            assertThat(http.get("/credits?registry=CAR&serial=" + q(BLOCK + "1501 to 1600"), other).json().get("claimed").asBoolean())
                    .isFalse();

            JsonNode conflicts = http.get("/credits/conflicts", admin).json();
            assertThat(conflicts).hasSize(2);
            Http.Reply decided = http.post("/credits/conflicts/decide", admin, "application/json",
                    "{\"registry\": \"CAR\", \"serial\": \"" + BLOCK + "1 to 1000\", \"assessmentId\": " + mine
                            + ", \"reason\": \"the registry names range-a\"}");
            assertThat(decided.status()).as(decided.body()).isEqualTo(200);
            assertThat(http.get("/credits/conflicts", admin).json()).isEmpty();

            JsonNode lost = evaluate(http, other, theirs);
            assertThat(lost.at("/evaluation/verdict").asText()).isEqualTo("NOT_SUPPORTED");
            assertThat(lost.toString()).contains("DOUBLE_COUNTED");
            JsonNode audit = http.get("/audit?limit=10", other).json();
            assertThat(audit.findValuesAsText("action")).contains("credit.decide", "credit.lookup");
            assertThat(audit.toString()).doesNotContain("range-a");
        }
    }
}
