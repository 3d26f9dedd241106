package org.zhonghe.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.zhonghe.server.ServerOptions;
import org.zhonghe.server.ZhongheServer;

/**
 * The real server on a free port and one headless Chromium driving it, as a user would. Without
 * {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} the tests are skipped, unless
 * {@code ZHONGHE_REQUIRE_BROWSER=1}, when they fail. Every URL the browser requested is kept.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("ZHONGHE_CHROMIUM", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getenv().getOrDefault("ZHONGHE_CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final ObjectMapper JSON = new ObjectMapper();
    final ZhongheServer server;
    final String base;
    final String admin;
    final ChromeDriver driver;
    final List<String> requested = new ArrayList<>();
    private final Path profile;
    /** Where the browser saves what a page downloads (a report). */
    final Path downloads;

    /** Skips (or, with ZHONGHE_REQUIRE_BROWSER=1, fails) when there is no browser to drive. */
    static void requireChromium() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        String how = "Chromium or chromedriver is missing (" + CHROMIUM + ", " + DRIVER + "): install them with "
                + "'apt-get install chromium chromium-driver' to run the browser tests (ZHONGHE_REQUIRE_BROWSER=1 makes this a failure)";
        if (!present && "1".equals(System.getenv("ZHONGHE_REQUIRE_BROWSER"))) throw new AssertionError(how);
        org.zhonghe.server.Skips.unless(present, "browser tests (web UI)", how);
    }

    Browser(Path dataDir) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        server = ZhongheServer.start(ServerOptions.defaults().withPort(0).withDataDir(dataDir), new PrintStream(out, true, StandardCharsets.UTF_8));
        base = "http://127.0.0.1:" + server.port();
        admin = out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("Admin token: ")).findFirst().orElseThrow().substring(13);
        profile = Files.createTempDirectory("zhonghe-chromium");
        downloads = Files.createTempDirectory("zhonghe-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--lang=en-US", "--window-size=1280,900", "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.PERFORMANCE, "ALL"));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "download.directory_upgrade", true));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver d;
        try {
            d = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        driver = d;
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    }

    /** A new user of the admin's tenant with this role; its token. */
    String user(String name, String role) throws Exception {
        return api("POST", "/users", "{\"name\": \"" + name + "\", \"role\": \"" + role + "\"}").get("token").asText();
    }

    JsonNode api(String method, String path, String json) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(base + "/api/v1" + path)).header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json").method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json)).build();
        return JSON.readTree(HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString()).body());
    }

    byte[] download(String path) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(base + path)).build();
        return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    /** Opens a page ({@code check}, {@code result} …) and waits until it has drawn. */
    void open(String page) {
        driver.get(base + "/#/" + page);
        awaitPage(page);
    }

    void awaitPage(String page) {
        await().until(ExpectedConditions.attributeToBe(By.id("view"), "data-page", page));
        collect();
    }

    /**
     * Signs in on the sign-in page with this token (signing out first if someone is signed in),
     * in the browser's language (English): whatever an earlier test left, the page starts afresh.
     */
    void signIn(String token) {
        driver.get(base + "/");
        driver.executeScript("sessionStorage.clear(); localStorage.removeItem('zhonghe.lang')");
        driver.navigate().refresh();
        WebElement field = await().until(ExpectedConditions.visibilityOfElementLocated(By.id("token")));
        field.sendKeys(token);
        driver.findElement(By.id("signin-submit")).click();
        awaitPage("check");
    }

    WebDriverWait await() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Waits for the next rendering of the view after {@code action}. */
    void rendered(Runnable action) {
        String before = driver.findElement(By.id("view")).getAttribute("data-ready");
        action.run();
        await().until(d -> {
            String now = d.findElement(By.id("view")).getAttribute("data-ready");
            return now != null && !now.equals(before);
        });
        collect();
    }

    WebElement find(String css) {
        return await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    String text(String css) {
        return find(css).getText();
    }

    /** The texts of the chart's SVG that reach outside it (clipped when drawn), with where they lie; empty when all are inside. */
    @SuppressWarnings("unchecked")
    List<String> clippedTexts(String chart) {
        return (List<String>) driver.executeScript("""
                const svg = document.querySelector(arguments[0] + ' svg');
                const box = svg.getBoundingClientRect();
                return [...svg.querySelectorAll('text')].filter(t => t.textContent.trim()).filter(t => {
                  const r = t.getBoundingClientRect();
                  return r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1;
                }).map(t => t.textContent + ' ' + JSON.stringify(t.getBoundingClientRect()) + ' in ' + JSON.stringify(box));
                """, chart);
    }

    /** How many lines each text of the cells matched by {@code css} takes. */
    @SuppressWarnings("unchecked")
    Map<String, Long> linesOf(String css) {
        List<List<Object>> pairs = (List<List<Object>>) driver.executeScript("""
                return [...document.querySelectorAll(arguments[0])].filter(c => c.textContent.trim()).map(c => {
                  const r = document.createRange();
                  r.selectNodeContents(c);
                  return [c.textContent.trim(), new Set([...r.getClientRects()].map(x => Math.round(x.top))).size];
                });
                """, css);
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        for (List<Object> p : pairs) out.put((String) p.get(0), (Long) p.get(1));
        return out;
    }

    /** A screenshot under target/screenshots; at phone width (390 px) when asked. */
    Path screenshot(String name, boolean phone) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Dimension laptop = driver.manage().window().getSize();
        driver.executeScript("window.scrollTo(0, 0)");
        if (phone) {
            driver.manage().window().setSize(new Dimension(390, 844));
            driver.executeScript("window.dispatchEvent(new Event('resize'))");
        }
        Long height = (Long) driver.executeScript("return Math.min(document.documentElement.scrollHeight, 4000)");
        driver.manage().window().setSize(new Dimension(phone ? 390 : laptop.getWidth(), height.intValue() + 100));
        driver.executeScript("window.dispatchEvent(new Event('resize'))");
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(laptop);
        driver.executeScript("window.dispatchEvent(new Event('resize'))");
        return file;
    }

    /** The URLs requested since the last call, added to {@link #requested}. */
    void collect() {
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode m = JSON.readTree(e.getMessage()).path("message");
                if (m.path("method").asText().equals("Network.requestWillBeSent")) requested.add(m.at("/params/request/url").asText());
            } catch (IOException notJson) {
                requested.add("(unreadable log entry) " + e.getMessage());
            }
        }
    }

    static String path(String relative) {
        return Path.of("").toAbsolutePath().getParent().resolve(relative).toString();
    }

    static File file(String relative) {
        return new File(path(relative));
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            server.close();
        }
    }
}
