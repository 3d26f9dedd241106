package org.zhonghe.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The Targets page in a real headless Chromium: every entity's label against its words, filtered, charted, explained. */
@TestMethodOrder(MethodOrderer.Random.class)
class TargetsPageTest {
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

    private static List<WebElement> rows() {
        return browser.driver.findElements(By.cssSelector("#audit-table tbody tr"));
    }

    @Test
    void the_bundled_countries_are_audited_filtered_charted_and_explained() throws Exception {
        browser.open("targets");
        assertThat(rows()).hasSize(199);
        assertThat(browser.text("#audit-summary")).contains("199");
        assertThat(browser.find("#audit-chart svg")).isNotNull();
        assertThat(browser.clippedTexts("#audit-chart")).as("every label of the chart inside it").isEmpty();

        browser.rendered(() -> new Select(browser.find("#audit-finding")).selectByValue("NET_ZERO_RELIES_ON_OFFSETS"));
        List<WebElement> offsets = rows();
        assertThat(offsets).isNotEmpty().allSatisfy(r -> assertThat(r.getText()).contains("NET_ZERO_RELIES_ON_OFFSETS"));
        String counted = browser.driver.findElements(By.cssSelector("#audit-findings tbody tr")).get(1)
                .findElement(By.cssSelector("td.num")).getText();
        assertThat(counted).isEqualTo(String.valueOf(offsets.size()));

        browser.rendered(() -> rows().get(0).click());
        assertThat(browser.text("#audit-words")).isNotBlank();
        assertThat(browser.driver.findElements(By.cssSelector("#audit-explanation li"))).isNotEmpty();
        assertThat(browser.text("#audit-entity-findings")).contains("NET_ZERO_RELIES_ON_OFFSETS", "Table 3");
        browser.screenshot("targets-audit", false);
    }

    @Test
    void an_uploaded_export_of_regions_cities_and_companies_is_audited_by_type() {
        browser.open("targets");
        assertThat(new Select(browser.find("#audit-finding")).getFirstSelectedOption().getAttribute("value")).as("signed in afresh: no filter").isEmpty();
        browser.find("#audit-file").sendKeys(Browser.path("cli/src/test/resources/targets/nzt-export-fixture.xlsx"));
        browser.rendered(() -> browser.find("#audit-submit").click());

        assertThat(browser.text("#audit-summary")).contains("308");
        assertThat(rows()).hasSize(308);
        browser.rendered(() -> new Select(browser.find("#audit-type")).selectByValue("company"));
        assertThat(rows()).hasSize(121);
        browser.rendered(() -> new Select(browser.find("#audit-label")).selectByValue("net-zero"));
        assertThat(rows()).allSatisfy(r -> assertThat(r.getText()).contains("COM-"));
        assertThat(browser.find("#audit-chart svg")).isNotNull();
    }
}
