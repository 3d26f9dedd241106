package org.zhonghe.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * "Download report" in a real Chromium: the PDF of a stored evaluation from the entities page,
 * read back with pdftotext, names that evaluation's id and input hash; the result page offers
 * the report of the input just checked.
 */
@TestMethodOrder(MethodOrderer.Random.class)
class ReportDownloadTest {
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

    /** Waits for a finished download whose name ends with {@code suffix}. */
    static Path downloaded(String suffix) {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(d -> {
            try (var files = Files.list(browser.downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
    }

    static String pdftotext(Path pdf) throws Exception {
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(text).isZero();
        return text;
    }

    @Test
    void the_pdf_report_of_a_stored_evaluation_downloads_from_the_entities_page_with_its_id_and_input_hash() throws Exception {
        boolean pdftotext = new ProcessBuilder("pdftotext", "-v").redirectErrorStream(true).start().waitFor() == 0;
        if (!pdftotext && "1".equals(System.getenv("ZHONGHE_REQUIRE_PDF_TOOLS"))) throw new AssertionError("pdftotext is missing");
        org.zhonghe.server.Skips.unless(pdftotext, "PDF text tests (server)", "pdftotext is missing: apt-get install poppler-utils");
        browser.open("entities");
        browser.rendered(() -> browser.find("#evaluate").click());
        long assessment = browser.api("GET", "/assessments", null).get(0).get("id").asLong();
        JsonNode evaluation = browser.api("GET", "/assessments/" + assessment + "/evaluations", null).get(0);
        String id = evaluation.get("id").asText();
        browser.find("#evaluations tr[data-evaluation='" + id + "'] button.report[data-format='pdf']").click();
        Path pdf = downloaded("-evaluation-" + id + "-en.pdf");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        String text = pdftotext(pdf).replaceAll("\\s+", "");
        assertThat(text).contains("#" + id, evaluation.get("inputHash").asText(), evaluation.get("rulesVersion").asText());
        assertThat(browser.text("#evaluations")).contains("zhonghe-report-" + assessment + "-evaluation-" + id);
    }

    @Test
    void signed_out_the_nav_bar_is_hidden_and_the_check_page_prints_no_null() {
        browser.open("check");
        assertThat(browser.text("#view")).doesNotContain("null");
        browser.driver.executeScript("sessionStorage.clear()");
        browser.driver.navigate().refresh();
        browser.find("#token");
        assertThat(browser.driver.findElement(By.id("nav")).isDisplayed()).isFalse();
        browser.signIn(browser.admin);
        assertThat(browser.driver.findElement(By.id("nav")).isDisplayed()).isTrue();
    }

    @Test
    void the_result_page_offers_the_report_of_the_checked_input() throws Exception {
        browser.open("check");
        browser.rendered(() -> browser.find("#upload").sendKeys(Browser.path("examples/winter-games-event/assessment.yaml")));
        browser.rendered(() -> browser.find("#check").click());
        browser.find("#report-html").click();
        Path html = downloaded(".html");
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("winter", "id=\"profiles\"");
        assertThat(browser.driver.findElements(By.cssSelector("#download-report button"))).hasSize(2);
    }
}
