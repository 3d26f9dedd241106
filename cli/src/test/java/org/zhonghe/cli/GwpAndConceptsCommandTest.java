package org.zhonghe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class GwpAndConceptsCommandTest {

    @Test
    void gwp_convert_gives_the_factor_and_co2e_as_exact_strings() {
        JsonNode r = Run.of("gwp", "convert", "1", "t", "CH4", "--format", "json").json();
        assertThat(r.path("gas").asText()).isEqualTo("CH4");
        assertThat(r.path("metric").asText()).isEqualTo("AR5-GWP100");
        assertThat(r.path("factor").asText()).isEqualTo("28");
        assertThat(r.path("co2e").asText()).isEqualTo("28");
        JsonNode fossil = Run.of("gwp", "convert", "250", "kg", "CH4-fossil", "--metric", "AR6-GWP100", "--format", "json").json();
        assertThat(fossil.path("co2e").asText()).isEqualTo("7.45");
    }

    @Test
    void gwp_convert_refuses_unknown_gases_and_missing_values_naming_both() {
        Run unknown = Run.of("gwp", "convert", "1", "t", "Foo", "--metric", "AR6-GWP100");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("Foo", "AR6-GWP100");
        Run missing = Run.of("gwp", "convert", "1", "t", "CFC13", "--metric", "SAR-GWP100");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("CFC13", "SAR-GWP100");
        assertThat(Run.of("gwp", "convert", "1,5", "t", "CO2").exit()).isEqualTo(2);
        assertThat(Run.of("gwp", "convert", "1", "tons", "CO2").exit()).isEqualTo(2);
    }

    @Test
    void gwp_list_shows_the_table_with_its_sources_and_licences() {
        Run text = Run.of("gwp", "list", "--metric", "AR5-GWP20");
        assertThat(text.out()).contains("CH4", "84", "CC0", "MIT");
        JsonNode json = Run.of("gwp", "list", "--format", "json").json();
        assertThat(json.path("metrics")).hasSize(14);
        assertThat(json.path("licence").asText()).contains("CC0");
        assertThat(json.path("gases").get(0).path("gas").asText()).isEqualTo("CO2");
    }

    @Test
    void concepts_lists_all_six_with_both_languages_and_the_related_terms() {
        JsonNode json = Run.of("concepts", "--format", "json").json();
        assertThat(json.path("concepts")).hasSize(6);
        assertThat(json.path("concepts").get(0).path("name").path("zh").asText()).isEqualTo("碳中和");
        assertThat(json.path("concepts").get(1).path("creditsAdmitted").asBoolean()).isFalse();
        assertThat(json.path("terms")).hasSize(11);
        assertThat(json.path("senses").path("zh").asText()).contains("狭义");
        assertThat(Run.of("concepts", "--lang", "zh").out()).contains("净零二氧化碳排放", "负排放技术");
    }
}
