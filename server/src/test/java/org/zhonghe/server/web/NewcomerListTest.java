package org.zhonghe.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.zhonghe.output.ConceptsJson;

/**
 * Issue 19 §3, the newcomer's list, re-run item by item in a real headless Chromium against the
 * real server: each test fails if its rough edge comes back (docs/newcomer-list.md maps every
 * item to its test).
 */
@TestMethodOrder(MethodOrderer.Random.class)
class NewcomerListTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A JavaScript value printed as text: what {@code replaceChildren(null)} or a missing field shows a reader. */
    private static final Pattern LEAKED = Pattern.compile("\\b(null|undefined|NaN)\\b");
    /** A quantity as the UI prints it: grouped digits, an optional decimal part, a unit (WebDriver reads the no-break space as a space). */
    private static final Pattern QUANTITY = Pattern.compile("-?\\d{1,3}(,\\d{3})*(\\.\\d+)? t CO2e?");
    @TempDir static Path dir;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Browser.requireChromium();
        browser = new Browser(dir.resolve("data"));
    }

    /** Each test starts signed in as the admin, in English, at laptop width. */
    @BeforeEach
    void signIn() {
        browser.driver.manage().window().setSize(new Dimension(1280, 900));
        browser.signIn(browser.admin);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
    }

    private static String pageText() {
        return (String) browser.driver.executeScript("return document.body.innerText");
    }

    private static void upload(String... files) {
        browser.rendered(() -> browser.find("#upload").sendKeys(String.join("\n", files)));
    }

    private static String winterGames() throws Exception {
        return Files.readString(Path.of(Browser.path("examples/winter-games-event/assessment.yaml")));
    }

    /** The winter games under an entity and a credit serial of its own (a serial is held once per tenant). */
    private static String envelope(String entity, String document) throws Exception {
        String own = document.replace("winter-games-2022", entity).replace("CCER-DON-2021-0001", "CCER-DON-2021-" + entity);
        return JSON.writeValueAsString(Map.of("syntax", "yaml", "document", own));
    }

    /** {@code errorsCard()} returned null into {@code replaceChildren}, which printed "null" under the form. */
    @Test
    void the_check_page_prints_no_null_or_undefined_before_or_after_a_check() {
        browser.open("check");
        assertThat(pageText()).as("the check page, fresh").doesNotContainPattern(LEAKED);
        upload(Browser.path("examples/invalid-input-every-error/assessment.yaml"),
                Browser.path("examples/invalid-input-every-error/credits.csv"));
        browser.rendered(() -> browser.find("#check").click());
        assertThat(browser.driver.findElements(By.id("errors"))).as("the errors card").hasSize(1);
        assertThat(pageText()).as("the check page with errors").doesNotContainPattern(LEAKED);
        upload(Browser.path("examples/winter-games-event/assessment.yaml"));
        assertThat(pageText()).as("the check page with a file chosen").doesNotContainPattern(LEAKED);
        browser.rendered(() -> browser.find("#check").click());
        assertThat(browser.find("#view").getAttribute("data-page")).isEqualTo("result");
        assertThat(pageText()).as("the result page").doesNotContainPattern(LEAKED);
        browser.open("check");
        assertThat(browser.driver.findElements(By.id("errors"))).as("no errors card after a good check").isEmpty();
        assertThat(pageText()).as("the check page after a check").doesNotContainPattern(LEAKED);
    }

    /** The nav bar's CSS ({@code display: flex}) overrode {@code hidden}: what counts is what the browser draws. */
    @Test
    void the_nav_bar_is_not_drawn_while_signed_out_and_is_drawn_once_signed_in() {
        browser.driver.executeScript("sessionStorage.clear()");
        browser.driver.navigate().refresh();
        browser.find("#token");
        assertThat(navStyle()).as("signed out: display, visibility, height").isEqualTo(List.of("none", "visible", 0L));
        for (WebElement a : browser.driver.findElements(By.cssSelector("#nav a"))) assertThat(a.isDisplayed()).isFalse();
        browser.signIn(browser.admin);
        List<Object> style = navStyle();
        assertThat(style.get(0)).isEqualTo("flex");
        assertThat(style.get(1)).isEqualTo("visible");
        assertThat((Long) style.get(2)).isPositive();
        assertThat(browser.text("#nav")).contains("Check a claim", "Entities");
    }

    @SuppressWarnings("unchecked")
    private static List<Object> navStyle() {
        return (List<Object>) browser.driver.executeScript("""
                const nav = document.getElementById('nav'), s = getComputedStyle(nav);
                return [s.display, s.visibility, Math.round(nav.getBoundingClientRect().height)];
                """);
    }

    /** Two evaluations seconds apart: the time axis labels each tick with its time, and no two ticks alike. */
    @Test
    void the_history_chart_gives_evaluations_seconds_apart_x_axis_labels_of_their_own() throws Exception {
        long id = browser.api("POST", "/assessments", envelope("newcomer-history", winterGames())).get("id").asLong();
        browser.api("POST", "/assessments/" + id + "/evaluate", null);
        Thread.sleep(2100);
        browser.api("POST", "/assessments/" + id + "/evaluate", null);
        browser.open("entities");
        browser.rendered(() -> browser.find("#assessments button[data-assessment='" + id + "']").click());
        assertThat(browser.driver.findElements(By.cssSelector("#evaluations tbody tr"))).hasSize(2);
        List<String> labels = xAxisLabels();
        assertThat(labels).as("the x-axis labels").hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates()
                .allSatisfy(l -> assertThat(l).as("a label with its time").containsPattern("\\d{1,2}:\\d{2}:\\d{2}"));
        // the two evaluations are told apart where a reader looks first: the table, to the minute, and the axis, to the second
        assertThat(labels.stream().map(l -> l.replaceAll(".*?(\\d{1,2}:\\d{2}:\\d{2}).*", "$1")).distinct()).hasSizeGreaterThanOrEqualTo(2);
    }

    /** The texts under the history chart's plot: its x-axis labels, left to right. */
    @SuppressWarnings("unchecked")
    private static List<String> xAxisLabels() {
        return (List<String>) browser.driver.executeScript("""
                const svg = document.querySelector('#history-chart svg'), box = svg.getBoundingClientRect();
                return [...svg.querySelectorAll('text')].filter(t => t.textContent.trim())
                  .filter(t => t.getBoundingClientRect().top > box.top + box.height - 50)
                  .sort((a, b) => a.getBoundingClientRect().left - b.getBoundingClientRect().left).map(t => t.textContent);
                """);
    }

    /** The assessments list has a last-verdict column: the verdict of the latest evaluation, not the first; none before one. */
    @Test
    void the_assessments_list_shows_the_verdict_of_the_latest_evaluation() throws Exception {
        String supported = winterGames();
        String notSupported = supported.replace("amount: 0.58, unit: Mt", "amount: 0.68, unit: Mt"); // net +62,600 t: not supported
        long id = browser.api("POST", "/assessments", envelope("newcomer-verdict", supported)).get("id").asLong();
        assertThat(browser.api("POST", "/assessments/" + id + "/evaluate", null).at("/result/verdict").asText()).isEqualTo("SUPPORTED");
        browser.api("PUT", "/assessments/" + id, envelope("newcomer-verdict", notSupported));
        assertThat(browser.api("POST", "/assessments/" + id + "/evaluate", null).at("/result/verdict").asText()).isEqualTo("NOT_SUPPORTED");
        long never = browser.api("POST", "/assessments", envelope("newcomer-never", supported)).get("id").asLong();

        browser.open("entities");
        List<String> headers = browser.driver.findElements(By.cssSelector("#assessments th")).stream().map(WebElement::getText).toList();
        int column = headers.indexOf("Last verdict") + 1;
        assertThat(column).as("the last-verdict column in " + headers).isPositive();
        WebElement row = browser.find("#assessments button[data-assessment='" + id + "']").findElement(By.xpath("ancestor::tr"));
        WebElement cell = row.findElement(By.cssSelector("td:nth-child(" + column + ")"));
        assertThat(cell.findElement(By.cssSelector("[data-verdict]")).getAttribute("data-verdict")).isEqualTo("NOT_SUPPORTED");
        assertThat(cell.getText()).isEqualTo("NOT SUPPORTED");
        WebElement other = browser.find("#assessments button[data-assessment='" + never + "']").findElement(By.xpath("ancestor::tr"));
        assertThat(other.findElement(By.cssSelector("td:nth-child(" + column + ")")).getText()).isEqualTo("not evaluated");
    }

    /** A targets chart label was clipped: each label's box inside the chart, in English and Chinese, on a laptop and a phone. */
    @Test
    void the_targets_chart_labels_lie_inside_the_chart_in_both_languages_and_on_a_phone() {
        List<String> clipped = new ArrayList<>();
        for (String lang : List.of("en", "zh")) {
            browser.open("targets");
            if (lang.equals("zh")) browser.rendered(() -> browser.find("#lang").click());
            for (int width : new int[] {1280, 390}) {
                browser.driver.manage().window().setSize(new Dimension(width, 900));
                browser.driver.executeScript("window.dispatchEvent(new Event('resize'))");
                assertThat(browser.driver.findElements(By.cssSelector("#targets-chart svg text"))).isNotEmpty();
                browser.clippedTexts("#targets-chart").forEach(t -> clipped.add(lang + " " + width + " px: " + t));
            }
        }
        browser.driver.manage().window().setSize(new Dimension(1280, 900));
        browser.rendered(() -> browser.find("#lang").click());
        assertThat(clipped).isEmpty();
    }

    /**
     * Number formats: thousands grouped and a unit on every quantity, the NET_NEGATIVE finding
     * included ("-300000 t" was seen; here -37,400 t CO2e of the winter games).
     */
    @Test
    void every_quantity_of_the_result_page_is_grouped_and_carries_its_unit() {
        browser.open("check");
        upload(Browser.path("examples/winter-games-event/assessment.yaml"));
        browser.rendered(() -> browser.find("#check").click());
        assertThat(browser.text("#findings")).contains("NET_NEGATIVE").containsPattern("-37,400 t CO2e?\\b").doesNotContain("37400");
        List<String> quantities = new ArrayList<>();
        browser.driver.findElements(By.cssSelector("#waterfall + div td.num, #profile-matrix td.num")).forEach(e -> quantities.add(e.getText()));
        for (WebElement row : browser.driver.findElements(By.cssSelector("#records tbody tr"))) {
            String counted = row.findElement(By.cssSelector("td:nth-child(5)")).getText();
            if (!counted.isEmpty()) quantities.add(counted);
        }
        assertThat(quantities).hasSizeGreaterThan(10).allSatisfy(q -> assertThat(q).matches(QUANTITY));
        assertThat(quantities).contains("892,600 t CO2e", "-37,400 t CO2e");
        // one minus sign, as in the findings, the command line and the report; no run of five digits ungrouped
        assertThat(pageText()).doesNotContainPattern("\u2212\\d").doesNotContainPattern("\\d{5,}(?![-\\w])");
    }

    /**
     * One glossary: the words the concept catalogue gives removals, profile and metric are the
     * words of the Chinese check and result pages and of the Chinese report, and no variant seen
     * before (清除, 规则配置, 规则集, 折算指标, GWP 指标, 度量) is.
     */
    @Test
    void the_ui_and_the_report_use_the_glossary_words_of_the_concept_catalogue() throws Exception {
        Map<String, String> glossary = new java.util.HashMap<>();
        for (JsonNode t : ConceptsJson.catalogue().get("terms")) glossary.put(t.get("id").asText(), t.at("/name/zh").asText());
        String removal = glossary.get("removal"), profile = glossary.get("profile"), metric = glossary.get("metric");
        assertThat(List.of(removal, profile, metric)).containsExactly("移除", "规则", "指标");
        List<String> variants = List.of("清除", "规则配置", "规则集", "折算指标", "GWP 指标", "度量");

        browser.open("check");
        browser.rendered(() -> browser.find("#lang").click());
        try {
            assertThat(browser.find("#profile").findElement(By.xpath("..")).getText()).startsWith(profile);
            assertThat(browser.find("#metric").findElement(By.xpath("..")).getText()).startsWith(metric);
            upload(Browser.path("examples/winter-games-event/assessment.yaml"));
            browser.rendered(() -> browser.find("#check").click());
            List<String> totals = browser.driver.findElements(By.cssSelector("#waterfall + div th")).stream().map(WebElement::getText).toList();
            assertThat(totals).contains(removal);
            List<String> matrix = browser.driver.findElements(By.cssSelector("#profile-matrix th")).stream().map(WebElement::getText).toList();
            assertThat(matrix).contains(profile);
            assertThat(pageText()).doesNotContain(variants);
        } finally {
            browser.rendered(() -> browser.find("#lang").click());
        }

        HttpRequest post = HttpRequest.newBuilder(URI.create(browser.base + "/api/v1/report?lang=zh"))
                .header("Authorization", "Bearer " + browser.admin).header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(winterGames())).build();
        HttpResponse<String> report = HttpClient.newHttpClient().send(post, HttpResponse.BodyHandlers.ofString());
        assertThat(report.statusCode()).isEqualTo(200);
        String text = report.body().replaceAll("<[^>]*>", " ");
        assertThat(text).contains(removal, profile, metric).doesNotContain(variants);
    }
}
