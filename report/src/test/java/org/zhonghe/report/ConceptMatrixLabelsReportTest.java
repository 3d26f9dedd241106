package org.zhonghe.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhonghe.Concept;
import org.zhonghe.check.ClaimCheck;
import org.zhonghe.check.Outcome;
import org.zhonghe.check.Overrides;
import org.zhonghe.io.AssessmentReader;
import org.zhonghe.profiles.Profiles;
import org.zhonghe.rules.ClaimEvaluator;
import org.zhonghe.rules.ConceptRule;

/**
 * Issue 15 item 6 in the report: each row of the concept matrix shows the gases and reach its
 * verdict used. Under ISO 14068-1, PAS 2060 and China's large-event guide, carbon neutrality is
 * judged over all GHGs and the value chain, and the row says so (it said "CO2 only").
 */
class ConceptMatrixLabelsReportTest {
    private static final Path STEEL = Examples.ROOT.resolve("steel-level1-wind-as-removal").resolve("assessment.yaml");
    private static final Pattern ROW = Pattern.compile("<tr[^>]*>\\s*<td>([^<]*)</td>\\s*<td>([^<]*)</td>\\s*<td>([^<]*)</td>");

    @ParameterizedTest
    @ValueSource(strings = {"iso-14068-1", "pas-2060", "cn-large-event"})
    void every_matrix_row_shows_the_rule_its_verdict_used(String profile) {
        ClaimCheck check = new ClaimCheck(ClaimEvaluator.standard());
        Outcome.Checked ok = (Outcome.Checked) check.run(new AssessmentReader().read(STEEL, StandardCharsets.UTF_8),
                new Overrides("net-zero-ghg", profile, null, "(command line)"));
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.CHINESE}) {
            ReportText t = new ReportText(locale);
            String html = ReportRenderer.html(ok.assessment(), ok.result(), check.underEveryProfile(ok.assessment()),
                    ReportMeta.of(STEEL, ok.assessment(), "zhonghe report"), locale);
            String matrix = html.substring(html.indexOf("class=\"data matrix\""));
            matrix = matrix.substring(0, matrix.indexOf("</table>"));
            int rows = 0;
            for (Concept c : Concept.values()) {
                ConceptRule rule = Profiles.byId(profile).orElseThrow().rule(c);
                Matcher m = ROW.matcher(matrix);
                boolean found = false;
                while (m.find()) {
                    if (!m.group(1).startsWith(Html.escape(t.get("concept." + c.id() + ".name")))) continue;
                    assertThat(m.group(2)).as(c.id()).isEqualTo(Html.escape(t.get("concept.gases." + rule.gases())));
                    assertThat(m.group(3)).as(c.id()).isEqualTo(Html.escape(t.get("concept.reach." + rule.reach())));
                    found = true;
                }
                assertThat(found).as(c.id() + " row in " + locale).isTrue();
                rows++;
            }
            assertThat(rows).isEqualTo(6);
            assertThat(Profiles.byId(profile).orElseThrow().rule(Concept.CARBON_NEUTRALITY).gases()).isEqualTo(Concept.Gases.GHG);
        }
    }
}
