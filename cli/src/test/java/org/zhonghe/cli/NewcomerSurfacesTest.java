package org.zhonghe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19 §3 on the command line and in the README: one glossary in the CLI's output and the
 * report, reports that cite the paper and the standards (never Zhonghe's internal files), and a
 * README that stands alone in a clone and names the test prerequisites with their sizes.
 */
class NewcomerSurfacesTest {
    private static final String WINTER_GAMES = "../examples/winter-games-event/assessment.yaml";
    private static final List<String> VARIANTS = List.of("清除", "规则配置", "规则集", "折算指标", "GWP 指标", "度量");
    private static final Pattern INTERNAL = Pattern.compile("\\b(rules|product|assessment-format|profiles|cli|api)\\.md\\b|shared/|spec/|规则 §|rules §");
    private static final Path README = Path.of("..", "README.md");

    /** The catalogue's Chinese word for each term, as {@code zhonghe concepts --format json} prints it. */
    private static Map<String, String> glossary() {
        Map<String, String> words = new HashMap<>();
        for (JsonNode t : Run.of("concepts", "--format", "json").json().get("terms")) words.put(t.get("id").asText(), t.at("/name/zh").asText());
        return words;
    }

    @Test
    void check_profiles_and_the_report_in_chinese_use_the_catalogues_words_for_removals_profile_and_metric(@TempDir Path dir) throws Exception {
        Map<String, String> g = glossary();
        assertThat(g).containsEntry("removal", "移除").containsEntry("profile", "规则").containsEntry("metric", "指标");
        String check = Run.of("check", WINTER_GAMES, "--lang", "zh").out();
        assertThat(check).contains(g.get("removal"), g.get("profile"), g.get("metric")).doesNotContain(VARIANTS);
        assertThat(Run.of("check", WINTER_GAMES, "--lang", "zh", "--profile", "all").out()).contains(g.get("profile")).doesNotContain(VARIANTS);
        assertThat(Run.of("profiles", "--lang", "zh").out()).contains(g.get("profile")).doesNotContain(VARIANTS);
        Path html = dir.resolve("wg.zh.html");
        assertThat(Run.of("report", WINTER_GAMES, "--lang", "zh", "--out", html.toString()).exit()).isZero();
        String report = Files.readString(html, StandardCharsets.UTF_8).replaceAll("<[^>]*>", " ");
        assertThat(report).contains(g.get("removal"), g.get("profile"), g.get("metric")).doesNotContain(VARIANTS);
    }

    /** Number formats in the CLI text: thousands grouped, a unit on every quantity, the NET_NEGATIVE finding included. */
    @Test
    void the_check_text_groups_thousands_and_puts_a_unit_on_every_quantity_in_both_languages() {
        for (String lang : List.of("en", "zh")) {
            String text = Run.of("check", WINTER_GAMES, "--lang", lang).out();
            assertThat(text).as(lang).contains("NET_NEGATIVE", "-37,400 t CO2e", "892,600", "530,000").doesNotContain("37400", "892600");
            assertThat(text).as(lang + ": a quantity of five digits or more, ungrouped").doesNotContainPattern("(?<![\\w-])\\d{5,}(?![\\w-])");
        }
    }

    /** "rules.md §6" was cited in the report: it cites the paper (§…) and the standards, in both languages, under every profile. */
    @Test
    void the_report_cites_the_paper_and_the_standards_never_an_internal_file(@TempDir Path dir) throws Exception {
        for (String lang : List.of("en", "zh")) {
            Path html = dir.resolve("wg." + lang + ".html");
            assertThat(Run.of("report", WINTER_GAMES, "--lang", lang, "--profile", "all", "--out", html.toString()).exit()).isZero();
            String report = Files.readString(html, StandardCharsets.UTF_8);
            Matcher m = INTERNAL.matcher(report);
            assertThat(m.find() ? report.substring(Math.max(0, m.start() - 60), Math.min(report.length(), m.end() + 20)) : "")
                    .as(lang + ": an internal file cited").isEmpty();
            assertThat(report).as(lang).contains("§4.4", "ISO 14068-1");
        }
    }

    /** The README linked to ../shared/…, which a clone lacks: every relative link resolves inside the repository. */
    @Test
    void the_readme_stands_alone_every_relative_link_resolves_in_the_repository() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        assertThat(readme).doesNotContain("../shared", "shared/spec", "/work/");
        List<String> broken = new ArrayList<>();
        Matcher m = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)").matcher(readme);
        int links = 0;
        while (m.find()) {
            String target = m.group(1);
            if (target.matches("[a-z]+:.*")) continue; // https:, mailto:
            links++;
            Path p = README.getParent().resolve(target).normalize();
            if (!p.startsWith(Path.of("..").normalize()) || target.startsWith("..") || !Files.exists(p)) broken.add(target);
        }
        assertThat(links).as("relative links in the README").isGreaterThan(5);
        assertThat(broken).isEmpty();
    }

    /** `./mvnw verify` skipped tests without a word: the README names what the skipped tests need, and how much it is. */
    @Test
    void the_readme_lists_the_test_prerequisites_with_their_download_sizes() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        for (String pkg : List.of("poppler-utils", "chromium", "chromium-driver", "fonts-wqy-zenhei", "postgresql")) {
            assertThat(readme.lines().filter(l -> l.contains("`" + pkg + "`")).filter(l -> l.matches(".*\\d+(\\.\\d+)? MB.*")).toList())
                    .as(pkg + " with its download size").isNotEmpty();
        }
        assertThat(readme.replaceAll("\\s+", " ")).contains("apt-get install poppler-utils fonts-wqy-zenhei chromium chromium-driver postgresql",
                "they are skipped, each saying what to install");
    }
}
