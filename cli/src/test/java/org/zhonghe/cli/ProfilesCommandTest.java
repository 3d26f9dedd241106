package org.zhonghe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ProfilesCommandTest {
    private static final String WINTER = "../examples/winter-games-event/assessment.yaml";

    @Test
    void profiles_lists_every_profile_with_source_status_date_and_rules() {
        JsonNode json = Run.of("profiles", "--format", "json").json();
        assertThat(json.path("profiles")).hasSize(8);
        JsonNode eu = json.path("profiles").get(4);
        assertThat(eu.path("id").asText()).isEqualTo("eu-2024-825");
        assertThat(eu.path("status").asText()).isEqualTo("APPLIES_FROM");
        assertThat(eu.path("effectiveFrom").asText()).isEqualTo("2026-09-27");
        assertThat(eu.path("rules").get(1).path("clause").asText()).contains("Annex I point 4c");
        JsonNode pas = json.path("profiles").get(7);
        assertThat(pas.path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(pas.path("lastClaimDate").asText()).isEqualTo("2025-12-31");
        assertThat(Run.of("profiles", "--lang", "zh").out()).contains("已废止", "大型活动", "附件一");
    }

    @Test
    void every_rule_of_the_public_standards_cites_its_clause_with_words_and_a_verification() {
        JsonNode json = Run.of("profiles", "--format", "json").json();
        assertThat(json.path("profiles").findValuesAsText("id")).as("issue 19: the profiles checked against their texts")
                .contains("sbti-net-zero", "sbti-net-zero-v2", "eu-2024-825", "cn-large-event", "cn-ets");
        for (JsonNode p : json.path("profiles")) {
            String id = p.path("id").asText();
            boolean notPublic = id.equals("iso-14068-1") || id.equals("pas-2060");
            assertThat(p.path("indicative").asBoolean()).as(id).isEqualTo(notPublic);
            if (notPublic) assertThat(p.path("indicativeNote").path("en").asText()).contains("not public", "indicative");
            for (JsonNode r : p.path("rules")) {
                String v = r.path("verification").asText();
                assertThat(r.path("clause").asText()).as(id + " " + r.path("name")).isNotBlank();
                assertThat(v).as(id + " " + r.path("name")).isIn(notPublic ? java.util.List.of("NOT_PUBLIC") : java.util.List.of("PRIMARY", "READING"));
                if (id.startsWith("sbti") || id.startsWith("eu-") || id.startsWith("cn-")) {
                    assertThat(r.path("words").asText()).as(id + " " + r.path("name")).isNotBlank();
                    assertThat(r.has("paraphrase")).isTrue();
                    // a rule not verified word for word says why, in its own words, marked as a paraphrase
                    if (v.equals("READING")) assertThat(r.path("paraphrase").asBoolean()).as(id + " " + r.path("name")).isTrue();
                }
                assertThat(r.path("verificationText").path("en").asText()).doesNotContainIgnoringCase("spec");
            }
        }
        JsonNode cnEts = json.path("profiles").get(6);
        assertThat(cnEts.path("rules").get(2).path("words").asText()).isEqualTo("抵销比例不得超过应清缴碳排放配额的5%");
        assertThat(cnEts.path("rules").get(2).path("paraphrase").asBoolean()).isFalse();
        String text = Run.of("profiles", "--lang", "en").out();
        assertThat(text).doesNotContain("the spec").contains("INDICATIVE", "Paraphrase (not the text", "sbti-net-zero-v2",
                "Text: \"Claiming, based on the offsetting of greenhouse gas emissions");
    }

    @Test
    void an_iso_verdict_is_labelled_indicative_in_text_and_json() {
        assertThat(Run.of("check", WINTER, "--profile", "iso-14068-1", "--format", "json").json().path("indicative").asBoolean()).isTrue();
        assertThat(Run.of("check", WINTER, "--profile", "ipcc", "--format", "json").json().path("indicative").asBoolean()).isFalse();
        assertThat(Run.of("check", WINTER, "--profile", "iso-14068-1", "--lang", "en").out()).contains("(indicative)", "not public");
        assertThat(Run.of("check", WINTER, "--profile", "pas-2060", "--lang", "zh").out()).contains("仅供参考");
    }

    @Test
    void check_names_the_profile_and_says_when_it_redefines_the_concept() {
        JsonNode r = Run.of("check", WINTER, "--profile", "cn-large-event", "--concept", "carbon-neutrality",
                "--format", "json").json();
        assertThat(r.path("profile").asText()).isEqualTo("cn-large-event");
        assertThat(r.path("profileName").asText()).contains("large events");
        assertThat(r.path("findings").findValuesAsText("code")).contains("CONCEPT_REDEFINED");
        assertThat(Run.of("check", WINTER, "--profile", "iso-14068-1").out()).contains("Profile iso-14068-1");
    }

    @Test
    void profile_all_evaluates_the_claim_under_every_profile_with_the_exit_status_of_its_own() {
        Run json = Run.of("check", WINTER, "--profile", "all", "--format", "json");
        assertThat(json.exit()).isZero();
        JsonNode profiles = json.json().path("profiles");
        assertThat(profiles.size()).isEqualTo(8);
        assertThat(profiles.path("ipcc").path("verdict").asText()).isEqualTo("SUPPORTED");
        assertThat(profiles.path("iso-14068-1").path("verdict").asText()).isEqualTo("NOT_SUPPORTED");
        assertThat(profiles.path("iso-14068-1").path("profile").asText()).isEqualTo("iso-14068-1");
        assertThat(profiles.path("sbti-net-zero").path("verdict").asText()).isEqualTo("INDETERMINATE");
        // the cap is 5 % of the venues' 580,000 t CO2 of Scope 1 (29,000 t), not of the travel's Scope 3 or the
        // refrigerant: 892,600 − 530,000 − 29,000 (before session 22, 5 % of all 892,600 t: 317,970)
        assertThat(profiles.path("cn-ets").path("totals").path("net").asText()).isEqualTo("333600");
        Run text = Run.of("check", WINTER, "--profile", "all");
        assertThat(text.out()).contains("Profile matrix", "PLAN_MISSING", "Every concept under every profile", "cn-large-event");
        Run failing = Run.of("check", "../examples/steel-level1-wind-as-removal/assessment.yaml", "--profile", "all", "--format", "json");
        assertThat(failing.exit()).isEqualTo(1);
    }

    @Test
    void an_unknown_profile_is_an_input_error_listing_the_known_ones() {
        Run r = Run.of("check", WINTER, "--profile", "iso-14064");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("iso-14064", "iso-14068-1", "sbti-net-zero", "pas-2060");
    }
}
