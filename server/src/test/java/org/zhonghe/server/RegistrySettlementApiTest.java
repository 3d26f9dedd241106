package org.zhonghe.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhonghe.store.Store;

/**
 * Over real HTTP: a credit held by another tenant's claim before the registry data were imported
 * is settled by the registry's record when the beneficiary's claim is evaluated — no admin asked
 * (climate-action-reserve/retirements.csv:3, retired by Maple Leaf Foods).
 */
class RegistrySettlementApiTest {
    @TempDir Path dir;

    private static String claim(String id, String name) {
        return """
                version: 1
                entity: {id: %s, name: %s, type: organization}
                period: {from: 2025-01-01, to: 2025-12-31}
                claim: {concept: carbon-neutrality}
                emissions:
                  - {id: e1, gas: CO2, amount: 900, unit: t, scope: 1}
                  - {id: e2, gas: CO2, amount: 100, unit: t, scope: 2}
                credits:
                  - {id: c1, registry: CAR, serial: CAR-1-US-1335-31-983-KS-2025-9659-1 to 1000, type: reduction, vintage: 2025,
                     amount: 1000, unit: t, retired: true, beneficiary: %s}
                """.formatted(id, name, id);
    }

    private static JsonNode evaluate(Http http, String token, String yaml) {
        long id = http.post("/assessments", token, "application/yaml", yaml).json().get("id").asLong();
        Http.Reply r = http.post("/assessments/" + id + "/evaluate", token, null, null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void the_beneficiarys_claim_keeps_the_credit_held_before_the_import_and_the_other_gets_the_conflict() {
        StringBuilder printed = new StringBuilder();
        String admin;
        String other;
        long acmeEvaluation;
        try (ZhongheServer server = Http.start(dir, 1000, printed)) {
            Http http = new Http(server.port());
            admin = Http.adminToken(printed);
            other = http.post("/tenants", admin, "application/json", "{\"name\": \"acme\"}").json().get("token").asText();
            JsonNode acme = evaluate(http, other, claim("acme-foods", "Acme Foods"));
            assertThat(acme.at("/evaluation/credits/0/status").asText()).isEqualTo("held");
            acmeEvaluation = acme.at("/evaluation/id").asLong();
        }
        try (Store store = Store.openDirectory(dir)) {
            store.registry().importFrom(Path.of("").toAbsolutePath().getParent().resolve("examples/registries"), n -> { });
        }
        try (ZhongheServer server = Http.start(dir, 1000, new StringBuilder())) {
            Http http = new Http(server.port());
            JsonNode mlf = evaluate(http, admin, claim("mlf", "Maple Leaf Foods Inc."));
            assertThat(mlf.at("/evaluation/credits/0/status").asText()).isEqualTo("awarded");
            assertThat(mlf.path("result").toString()).doesNotContain("CONFLICTING_CLAIM");
            JsonNode conflicts = http.get("/credits/conflicts", admin).json();
            assertThat(conflicts).isEmpty();
            JsonNode audit = http.get("/audit?limit=20", other).json();
            assertThat(audit.toString()).contains("credit.registry-decide", "climate-action-reserve/retirements.csv:3");
            long acmeId = http.get("/assessments", other).json().get(0).get("id").asLong();
            JsonNode released = http.get("/assessments/" + acmeId + "/evaluations/" + acmeEvaluation, other).json();
            assertThat(released.at("/evaluation/credits/0/status").asText()).isEqualTo("released:registry");
        }
    }
}
