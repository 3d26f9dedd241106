package org.zhonghe.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.zhonghe.store.Store;

/**
 * The Registries page (登记簿) in a real headless Chromium, over the real sample exports
 * (examples/registries) imported into the server's store: a serial looked up shows its
 * beneficiary and credit class, a claimant's claims show their words, class and verdicts, and
 * the check page says that checks use the registry data — in English and in Chinese.
 */
class RegistriesPageTest {
    /** verra/transactions.csv:8: Xinfeng manure methane (ACM0010), retired "for carbon neutrality … 碳中和" for 江苏亨通… Hengtong. */
    private static final String HENGTONG = "19328-940005924-940008531-VCS-VCU-1289-VER-CN-13-3880-01012022-31122022-0";
    @TempDir static Path dir;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Browser.requireChromium();
        try (Store store = Store.openDirectory(dir.resolve("data"))) {
            store.registry().importFrom(Path.of(Browser.path("examples/registries")), n -> { });
        }
        browser = new Browser(dir.resolve("data"));
    }

    @BeforeEach
    void signIn() {
        browser.signIn(browser.admin);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
    }

    private static void lookUp(String serial) {
        WebElement field = browser.find("#registry-serial");
        field.clear();
        field.sendKeys(serial);
        browser.rendered(() -> browser.find("#registry-serial-submit").click());
    }

    private static void pick(String claimant) {
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#registry-totals tbody tr"));
        WebElement row = rows.stream().filter(r -> r.getText().contains(claimant)).findFirst().orElseThrow(
                () -> new AssertionError("no claimant " + claimant + " among " + rows.size() + " totals"));
        browser.rendered(row::click);
    }

    @Test
    void a_serial_shows_its_beneficiary_and_class_and_a_claimant_its_claims_with_verdicts_in_english_and_chinese() throws Exception {
        browser.open("registries");
        assertThat(browser.text("#registry-status")).contains("Registry data in the store", "Verra", "Gold Standard");
        lookUp(HENGTONG);
        String found = browser.text("#registry-records");
        assertThat(found).contains("Hengtong Submarine Power Cable", "reduction", "retired", "Verra");
        pick("Hengtong");
        String claims = browser.text("#registry-claims");
        assertThat(claims).contains("碳中和", "reduction", "ACM0010", "credits admitted as offsets");
        browser.screenshot("registries", false);

        browser.rendered(() -> browser.find("#lang").click());
        assertThat(browser.text("#registry-status")).contains("数据库中的登记簿数据");
        assertThat(browser.text("#registry-records")).contains("江苏亨通高压海缆有限公司", "碳减排", "已注销");
        assertThat(browser.text("#registry-claims")).contains("碳减排", "允许以额度进行碳抵消");
        browser.screenshot("registries-zh", false);
        lookUp("ACR-US-1-2020-1-1 to 5");
        assertThat(browser.text("#registry-records")).contains("没有匹配的记录");
    }

    @Test
    void a_net_zero_event_claim_is_not_admitted_and_the_check_page_says_checks_use_the_registry_data() {
        browser.open("registries");
        WebElement name = browser.find("#registry-beneficiary");
        name.sendKeys("Salesforce");
        browser.rendered(() -> browser.find("#registry-beneficiary-submit").click());
        assertThat(browser.driver.findElements(By.cssSelector("#registry-found tbody tr"))).isNotEmpty()
                .allSatisfy(r -> assertThat(r.getText()).containsIgnoringCase("salesforce"));
        // gold-standard/retirements.csv: a retirement for "net-zero sport events" at Aturto, Itanagar — an event, net zero admits no offsets
        pick("Aturto");
        assertThat(browser.find("#registry-claims .claim-verdict.bad").getText()).contains("admits no offsets");
        assertThat(browser.text("#registry-claims")).contains("net-zero", "prohibited in the EU");
        browser.open("check");
        assertThat(browser.text("#registry-note")).contains("Registry data in the store", "Verra");
        browser.rendered(() -> browser.find("#lang").click());
        assertThat(browser.text("#registry-note")).contains("数据库中的登记簿数据", "核查会使用它们");
    }
}
