package org.zhonghe.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The web UI in a real headless Chromium against the real server: one browser for the whole class. */
@TestMethodOrder(MethodOrderer.Random.class)
class WebUiTest {
    @TempDir static Path dir;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Browser.requireChromium();
        browser = new Browser(dir.resolve("data"));
    }

    /** Each test starts signed in as the admin, in English; one that needs another role signs in as it. */
    @BeforeEach
    void signIn() {
        browser.signIn(browser.admin);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
    }

    /** Uploads files on the check page and checks the claim; the page then shown. */
    static String check(String... files) {
        browser.open("check");
        browser.rendered(() -> browser.find("#upload").sendKeys(String.join("\n", files)));
        browser.rendered(() -> browser.find("#check").click());
        return browser.driver.findElement(By.id("view")).getAttribute("data-page");
    }

    @ParameterizedTest
    @ValueSource(strings = {"county-forest-stock", "global-budget-natural-sinks", "steel-level1-wind-as-removal", "winter-games-event",
            "paper-s4.4.3-sinks-bought-as-credits", "paper-s3.2-note1-purchased-power-net-zero"})
    void an_uploaded_example_shows_its_expected_verdict_and_reasons(String example) throws Exception {
        JsonNode expected = new ObjectMapper().readTree(Browser.file("examples/" + example + "/expected.json"));
        assertThat(check(Browser.path("examples/" + example + "/assessment.yaml"))).isEqualTo("result");
        assertThat(browser.find("#verdict").getAttribute("data-verdict")).isEqualTo(expected.get("verdict").asText());
        String records = browser.text("#records");
        for (JsonNode r : expected.path("records")) {
            assertThat(records).contains(r.get("id").asText());
            if (r.has("reason")) assertThat(records).contains(r.get("reason").asText());
        }
        for (JsonNode f : expected.path("findings")) assertThat(browser.text("#findings")).contains(f.asText());
        assertThat(browser.text("#concept-matrix")).contains("Carbon neutrality");
        assertThat(browser.driver.findElements(By.cssSelector("#profile-matrix tbody tr"))).hasSize(8);
        assertThat(browser.find("#waterfall svg")).isNotNull();
        if (example.equals("winter-games-event")) {
            browser.screenshot("result", false);
            browser.screenshot("result-phone", true);
        }
    }

    /** Issue 15 item 6: the matrix row shows the gases and reach its verdict used, under the profile chosen. */
    @ParameterizedTest
    @ValueSource(strings = {"iso-14068-1", "pas-2060", "cn-large-event"})
    void the_concept_matrix_shows_carbon_neutrality_as_the_chosen_profile_defines_it(String profile) {
        browser.signIn(browser.admin);
        browser.open("check");
        browser.rendered(() -> browser.find("#upload").sendKeys(Browser.path("examples/winter-games-event/assessment.yaml")));
        new Select(browser.find("#profile")).selectByValue(profile); // sets the choice; nothing is drawn again
        try {
            browser.rendered(() -> browser.find("#check").click());
            String row = browser.driver.findElements(By.cssSelector("#concept-matrix tbody tr")).get(0).getText();
            assertThat(row).contains("Carbon neutrality", "all GHGs", "value chain").doesNotContain("CO2 only");
        } finally { // the choice outlives the page: give the next test the file's own profile again
            browser.open("check");
            new Select(browser.find("#profile")).selectByValue("");
        }
    }

    /** Issue 13: a balance of nothing is not SUPPORTED, and the page says why, in both languages (§3.2, §6). */
    @Test
    void an_event_whose_inventory_is_all_scope_3_is_told_nothing_is_in_reach_in_english_and_chinese() throws Exception {
        check(Browser.path("examples/paper-s6-event-all-scope3-nothing-in-reach/assessment.yaml"));
        assertThat(browser.find("#verdict").getAttribute("data-verdict")).isEqualTo("INDETERMINATE");
        assertThat(browser.text("#findings")).contains("NOTHING_IN_REACH", "A balance of nothing supports no claim");
        assertThat(browser.text("#records")).contains("BEYOND_DIRECT_CONTROL", "Beyond direct control");
        browser.rendered(() -> browser.find("#lang").click());
        try {
            assertThat(browser.text("#findings")).contains("NOTHING_IN_REACH", "对“无”的平衡不能支持任何声明");
            assertThat(browser.text("#records")).contains("BEYOND_DIRECT_CONTROL", "超出直接控制");
        } finally {
            browser.rendered(() -> browser.find("#lang").click());
        }
    }

    /**
     * Issue 17: the result of an assessment with activity data shows how each tonne was computed —
     * both Scope 2 methods, each derivation with its factor ids, the note on the residual mix — in
     * English and in Chinese. By hand: 10,000 MWh × 0.5703 = 5,703 t CO2 location-based;
     * (10,000 − 4,000 MWh of certificates) × 0.5703 = 3,421.8 t CO2 market-based.
     */
    @Test
    void an_assessment_with_activities_shows_how_each_tonne_was_computed_in_english_and_chinese() throws Exception {
        check(Browser.path("examples/activities-electricity-market/assessment.yaml"));
        assertThat(browser.find("#verdict").getAttribute("data-verdict")).isEqualTo("NOT_SUPPORTED");
        assertThat(browser.text("#derivations-title")).isEqualTo("How each tonne was computed");
        String table = browser.text("#derivations");
        assertThat(table).contains("grid-power.CO2", "5,703", "3,421.8", "[cn-mee-grid CN/2022/CO2]",
                "GEC-2022-44010000001", "location", "market", "no residual mix for grid CN");
        assertThat(browser.driver.findElements(By.cssSelector("#derivations tbody tr"))).hasSize(2);
        assertThat(browser.text("#scope2")).contains("5,703", "3,421.8", "market-based", "never a removal");
        assertThat(browser.text("#records")).contains("grid-power.CO2", "3,421.8");
        browser.screenshot("result-activities", false);
        browser.rendered(() -> browser.find("#lang").click());
        try {
            assertThat(browser.text("#derivations-title")).isEqualTo("每吨如何算得");
            assertThat(browser.text("#derivations")).contains("[cn-mee-grid CN/2022/CO2]", "剩余组合", "位置", "市场");
            assertThat(browser.text("#scope2")).contains("绝不是移除");
            assertThat(browser.text("#factor-sets")).contains("排放因子集", "cn-mee-grid");
            browser.screenshot("result-activities-zh", false);
        } finally {
            browser.rendered(() -> browser.find("#lang").click());
        }
    }

    @Test
    void an_assessment_without_activities_shows_no_derivations() throws Exception {
        check(Browser.path("examples/winter-games-event/assessment.yaml"));
        assertThat(browser.driver.findElements(By.id("derivations"))).isEmpty();
    }

    @Test
    void switching_the_language_changes_every_string_and_the_numbers() throws Exception {
        check(Browser.path("examples/winter-games-event/assessment.yaml"));
        assertThat(browser.text("body")).contains("892,600 t CO2e").doesNotContain("892600");
        browser.rendered(() -> browser.find("#lang").click());
        assertThat(browser.text("#verdict")).containsPattern("\\p{IsHan}");
        assertThat(browser.text("#verdict-message")).containsPattern("\\p{IsHan}");
        String page = browser.text("body");
        assertThat(page).contains("核查声明", "结果", "概念矩阵", "t CO2e").doesNotContain("ui.").doesNotContain("Records")
                .doesNotContain("Check a claim");
        assertThat(browser.text("#records")).containsPattern("\\p{IsHan}").contains("t CO2e");
        browser.screenshot("result-zh", false);
        browser.open("concepts");
        assertThat(browser.text("#concepts")).contains("碳中和");
        browser.rendered(() -> browser.find("#lang").click());
        assertThat(browser.text("nav")).contains("Check a claim");
        assertThat(browser.text("body")).doesNotContain("ui.");
    }

    @Test
    void a_malformed_upload_shows_every_error_with_its_line() throws Exception {
        String page = check(Browser.path("examples/invalid-input-every-error/assessment.yaml"),
                Browser.path("examples/invalid-input-every-error/credits.csv"));
        assertThat(page).isEqualTo("check");
        JsonNode expected = new ObjectMapper().readTree(Browser.file("examples/invalid-input-every-error/expected.json")).get("errors");
        List<String> lines = browser.driver.findElements(By.cssSelector("#errors tbody tr td:nth-child(2)")).stream()
                .map(e -> e.getText()).toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(expected.get("atLeast").asInt());
        for (JsonNode l : expected.get("lines")) assertThat(lines).contains(l.asText());
        assertThat(browser.driver.findElements(By.id("verdict"))).isEmpty();
        browser.screenshot("check-errors", false);
    }

    @Test
    void an_example_can_be_started_from_the_list_and_saved_by_an_editor() throws Exception {
        browser.open("check");
        browser.rendered(() -> new Select(browser.find("#example")).selectByValue("acme-csv-ledger"));
        assertThat(browser.text("#input-source")).contains("credits.csv", "emissions.csv");
        assertThat(browser.find("#document").getAttribute("value")).contains("acme-2024");
        browser.screenshot("check", false);
        browser.rendered(() -> browser.find("#import").click());
        assertThat(browser.text("#notice")).matches(".*\\d+.*");
        browser.rendered(() -> browser.find("#check").click());
        assertThat(browser.find("#verdict").getAttribute("data-verdict")).isNotEmpty();
    }

    @Test
    void the_xlsx_template_downloads_and_checks_as_a_claim() throws Exception {
        File template = dir.resolve("zhonghe-template.xlsx").toFile();
        Files.write(template.toPath(), browser.download("/ui/template.xlsx"));
        assertThat(check(template.getAbsolutePath())).isEqualTo("result");
        assertThat(browser.text("#banner")).contains("acme-2024");
        assertThat(browser.text("#records")).contains("e1", "r1", "c1", "1,200.5");
    }

    @Test
    void entities_show_history_and_an_editor_may_evaluate() throws Exception {
        browser.open("entities");
        browser.rendered(() -> browser.find("#evaluate").click());
        browser.rendered(() -> browser.find("#evaluate").click());
        assertThat(browser.driver.findElements(By.cssSelector("#evaluations tbody tr"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.find("#history-chart svg")).isNotNull();
        // evaluations seconds apart: the time axis labels each tick with its own date and time, never one date twice
        List<String> labels = browser.driver.findElements(By.cssSelector("#history-chart svg text")).stream()
                .map(e -> e.getText()).filter(t -> t.matches(".*\\d{1,2}:\\d{2}.*")).toList();
        assertThat(labels).isNotEmpty().doesNotHaveDuplicates();
        assertThat(browser.find("#assessments tr.picked [data-verdict]").getAttribute("data-verdict"))
                .as("the last verdict column").isIn("SUPPORTED", "NOT_SUPPORTED", "INDETERMINATE");
        browser.screenshot("entities", false);
    }

    @Test
    void a_viewer_is_offered_nothing_that_edits() throws Exception {
        String viewer = browser.user("web-viewer", "viewer");
        browser.signIn(viewer);
        assertThat(browser.text("#who")).contains("viewer");
        browser.rendered(() -> new Select(browser.find("#example")).selectByValue("winter-games-event"));
        assertThat(browser.driver.findElements(By.id("import"))).isEmpty();
        browser.open("entities");
        assertThat(browser.find("#check-version")).isNotNull();
        assertThat(browser.driver.findElements(By.id("evaluate"))).isEmpty();
        browser.rendered(() -> browser.find("#check-version").click());
        browser.rendered(() -> browser.find("#check").click());
        assertThat(browser.find("#verdict").getAttribute("data-verdict")).isNotEmpty();
    }

    @Test
    void chinese_table_cells_on_a_phone_keep_two_character_words_whole() throws Exception {
        browser.open("entities");
        browser.rendered(() -> browser.find("#lang").click());
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            browser.driver.executeScript("window.dispatchEvent(new Event('resize'))");
            Map<String, Long> lines = browser.linesOf("#assessments th, #evaluations th, #assessments td span[data-verdict]");
            assertThat(lines).containsKey("结论").allSatisfy((text, n) -> assertThat(n).as(text).isEqualTo(1L));
        } finally {
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    @Test
    void concepts_draw_reductions_left_of_removals() throws Exception {
        browser.open("concepts");
        assertThat(browser.driver.findElements(By.cssSelector("#concepts tr:first-child td"))).hasSize(6);
        double reductions = Double.parseDouble(browser.find("#fig-reductions").getAttribute("x"));
        double removals = Double.parseDouble(browser.find("#fig-removals").getAttribute("x"));
        assertThat(reductions).isLessThan(removals);
        assertThat(browser.text("#senses")).contains("碳中和");
        browser.screenshot("concepts", false);
    }

    @Test
    void national_targets_filter_count_and_show_a_party() throws Exception {
        browser.open("targets");
        assertThat(browser.driver.findElements(By.cssSelector("#targets tbody tr"))).hasSize(198);
        browser.rendered(() -> new Select(browser.find("#filter-category")).selectByValue("carbon-neutral"));
        assertThat(browser.driver.findElements(By.cssSelector("#targets tbody tr"))).hasSize(13);
        browser.rendered(() -> browser.find("#targets tbody tr").click());
        assertThat(browser.text("#party")).contains("carbon neutral");
        assertThat(browser.find("#targets-chart svg")).isNotNull();
        assertThat(browser.clippedTexts("#targets-chart")).isEmpty();
        browser.screenshot("targets", false);
    }

    @Test
    void no_page_requests_any_host_but_the_server() {
        check(Browser.path("examples/winter-games-event/assessment.yaml"));
        for (String page : List.of("entities", "concepts", "targets")) browser.open(page);
        browser.collect();
        // chrome:// pages are the browser's own (its new-tab page), not requests over a network
        List<String> network = browser.requested.stream().filter(url -> !url.startsWith("chrome://")).toList();
        assertThat(network).hasSizeGreaterThan(20).anyMatch(url -> url.contains("/webjars/echarts/"));
        assertThat(network).allSatisfy(url -> assertThat(url).matches(
                "(" + java.util.regex.Pattern.quote(browser.base) + "/.*|data:.*|blob:" + java.util.regex.Pattern.quote(browser.base) + "/.*)"));
    }
}
