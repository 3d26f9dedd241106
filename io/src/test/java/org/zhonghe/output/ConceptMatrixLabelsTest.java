package org.zhonghe.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhonghe.Concept;
import org.zhonghe.Messages;
import org.zhonghe.check.ClaimCheck;
import org.zhonghe.check.Outcome;
import org.zhonghe.check.Overrides;
import org.zhonghe.io.AssessmentReader;
import org.zhonghe.profiles.Profiles;
import org.zhonghe.rules.ClaimEvaluator;
import org.zhonghe.rules.ConceptRule;

/**
 * Issue 15 item 6: the concept matrix shows, for each row, the gases and reach its verdict used —
 * the profile's rule, not the IPCC definition. ISO 14068-1, PAS 2060 and China's large-event guide
 * judge carbon neutrality over all GHGs and the value chain; the text and JSON say so, also when
 * another concept is claimed (the row of an unclaimed concept was labelled from the IPCC definition).
 */
class ConceptMatrixLabelsTest {
    private static final Path STEEL = Path.of("..", "examples", "steel-level1-wind-as-removal", "assessment.yaml");
    private static final Messages EN = Messages.of(Locale.ENGLISH);

    private static Outcome.Checked check(String profile) {
        Outcome o = new ClaimCheck(ClaimEvaluator.standard()).run(new AssessmentReader().read(STEEL, StandardCharsets.UTF_8),
                new Overrides("net-zero-ghg", profile, null, "(command line)"));
        return (Outcome.Checked) o;
    }

    private static String matrixRow(String profile, String concept) {
        Outcome.Checked ok = check(profile);
        StringWriter s = new StringWriter();
        new ResultText(EN, Ansi.OFF).print(ok.assessment(), ok.result(), false, new PrintWriter(s));
        String text = s.toString();
        String matrix = text.substring(text.indexOf(EN.get("text.matrix")));
        return matrix.lines().filter(l -> l.stripLeading().startsWith(concept + " ")).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"iso-14068-1", "pas-2060", "cn-large-event"})
    void the_text_matrix_labels_carbon_neutrality_with_the_gases_and_reach_the_profile_judged_it_by(String profile) {
        assertThat(Profiles.byId(profile).orElseThrow().rule(Concept.CARBON_NEUTRALITY).gases()).isEqualTo(Concept.Gases.GHG);
        String row = matrixRow(profile, "carbon-neutrality");
        assertThat(row).contains(EN.get("concept.gases.GHG"), EN.get("concept.reach.VALUE_CHAIN"))
                .doesNotContain(EN.get("concept.gases.CO2"));
        assertThat(matrixRow("ipcc", "carbon-neutrality")).contains(EN.get("concept.gases.CO2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"iso-14068-1", "pas-2060", "cn-large-event"})
    void the_json_matrix_carries_each_concepts_rule_as_the_profile_defines_it(String profile) {
        Outcome.Checked ok = check(profile);
        JsonNode json = ResultJson.of(ok.assessment(), ok.result(), EN);
        for (Concept c : Concept.values()) {
            ConceptRule rule = Profiles.byId(profile).orElseThrow().rule(c);
            JsonNode row = json.path("conceptRules").path(c.id());
            assertThat(row.path("gases").asText()).as(c.id()).isEqualTo(rule.gases().name());
            assertThat(row.path("reach").asText()).as(c.id()).isEqualTo(rule.reach().name());
            assertThat(row.path("creditsAdmitted").asBoolean()).as(c.id()).isEqualTo(rule.creditsAdmitted());
            assertThat(json.path("concepts").path(c.id()).asText()).isEqualTo(ok.result().of(c).verdict().name());
        }
        assertThat(json.at("/conceptRules/carbon-neutrality/gases").asText()).isEqualTo("GHG");
        assertThat(json.at("/conceptRules/carbon-neutrality/redefined").asBoolean()).isTrue();
    }
}
