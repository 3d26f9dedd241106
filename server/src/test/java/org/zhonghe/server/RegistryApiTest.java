package org.zhonghe.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhonghe.store.Store;

/**
 * {@code /api/v1/registry…} over real HTTP with the real samples (examples/registries) imported
 * into the store; every answer is validated against openapi.json by {@link Http}. And the check
 * judges a credit of the samples by its record.
 */
class RegistryApiTest {
    @TempDir static Path dir;
    static ZhongheServer server;
    static Http http;
    static String admin;

    @BeforeAll
    static void start() {
        try (Store store = Store.openDirectory(dir)) {
            store.registry().importFrom(Path.of("").toAbsolutePath().getParent().resolve("examples/registries"), n -> { });
        }
        StringBuilder printed = new StringBuilder();
        server = Http.start(dir, 1000, printed);
        http = new Http(server.port());
        admin = Http.adminToken(printed);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void what_was_imported_and_a_serial_of_every_layout_answer_as_the_document_says() {
        JsonNode status = http.get("/registry", admin).json();
        assertThat(status.path("registries")).hasSize(7);
        assertThat(status.path("records").asLong()).isGreaterThan(1000);
        // climate-action-reserve/retirements.csv:3 by a sub-range; an Isometric id (kg); a Cercarbono block; none
        JsonNode car = http.get("/registry/records?serial=" + q("CAR-1-US-1335-31-983-KS-2025-9659-1 to 1000"), admin).json();
        assertThat(car.path("records").get(0).path("source").asText()).isEqualTo("climate-action-reserve/retirements.csv:3");
        assertThat(car.path("records").get(0).path("lastUnit").asLong()).isEqualTo(7275);
        JsonNode iso = http.get("/registry/records?serial=ret_1KNSQMD6Z1S0TB50", admin).json();
        assertThat(iso.path("records").get(0).path("quantityKg").asText()).isEqualTo("531000");
        JsonNode cdc = http.get("/registry/records?serial=" + q("CDC_1_1_1_321_14_1_2009 4426 to 4971"), admin).json();
        assertThat(cdc.path("records")).isNotEmpty();
        assertThat(http.get("/registry/records?serial=" + q("ACR-US-1-2020-1-1 to 5"), admin).json().path("records")).isEmpty();
        assertThat(http.get("/registry/records", admin).status()).isEqualTo(400);
    }

    @Test
    void a_beneficiarys_retirements_and_the_claims_by_claimant_in_both_languages() {
        JsonNode found = http.get("/registry/search?beneficiary=Salesforce", admin).json();
        assertThat(found.path("records")).isNotEmpty();
        JsonNode en = http.get("/registry/claims", admin).json();
        assertThat(en.path("claims")).hasSize(23); // 26 before names after "for" were told from claims (docs/registries.md)
        List<String> keys = new ArrayList<>();
        en.path("totals").forEach(t -> keys.add(t.path("claimantKey").asText()));
        String hengtong = keys.stream().filter(k -> k.contains("hengtong")).findFirst().orElseThrow();
        JsonNode zh = http.get("/registry/claims?lang=zh&claimant=" + q("江苏亨通高压海缆有限公司"), admin).json();
        assertThat(zh.path("claims")).hasSize(1);
        JsonNode claim = zh.path("claims").get(0);
        assertThat(claim.path("claimantKey").asText()).isEqualTo(hengtong);
        assertThat(claim.path("creditClass").asText()).isEqualTo("reduction");
        assertThat(claim.path("verdict").path("text").asText()).contains("允许以额度进行碳抵消");
        assertThat(zh.path("totals")).hasSize(1);
    }

    @Test
    void the_check_judges_a_credit_by_the_registrys_record() {
        // american-carbon-registry/retirements.csv:2: ODS destruction retired on behalf of AWS, claimed by an event
        JsonNode r = http.post("/check", admin, "application/yaml",
                Http.eventYaml("ods-event", "ACR", "ACR-FR-1129-2025-2917-30932 to 35143")).json();
        JsonNode credit = r.path("records").get(2);
        assertThat(credit.path("id").asText()).isEqualTo("c1");
        assertThat(credit.path("reason").asText()).isEqualTo("REGISTRY_BENEFICIARY_MISMATCH");
    }
}
