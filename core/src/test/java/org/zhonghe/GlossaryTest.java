package org.zhonghe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: one Chinese word per term on every surface. The glossary is the concept catalogue
 * ({@code term.<id>.name}); {@code glossary-variants.properties} lists the variants once seen
 * (removals 清除, profile 规则配置/规则集, metric 折算指标/GWP 指标/度量). No zh bundle of any
 * module and no text of the web UI may use one.
 */
class GlossaryTest {
    private static final Path ROOT = Path.of("..");

    private static Properties variants() throws IOException {
        Properties p = new Properties();
        try (InputStream in = GlossaryTest.class.getResourceAsStream("/org/zhonghe/glossary-variants.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** Every Chinese text a user reads: the zh bundles of every module, and the web UI's pages and scripts. */
    private static List<Path> chineseTexts() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT, 12)) {
            files.filter(f -> f.toString().contains("src" + java.io.File.separator + "main"))
                    .filter(f -> f.getFileName().toString().endsWith("_zh.properties")
                            || f.toString().contains("resources" + java.io.File.separator + "web") && f.toString().matches(".*\\.(js|html|css)$"))
                    .forEach(out::add);
        }
        return out;
    }

    @Test
    void the_glossary_words_are_in_the_catalogue_and_are_not_their_own_variants() throws IOException {
        Messages zh = Messages.of(Locale.CHINESE);
        for (String term : variants().stringPropertyNames()) {
            String word = zh.get("term." + term + ".name");
            assertThat(word).as(term).doesNotStartWith("term.");
            assertThat(variants().getProperty(term).split(",")).as(term).doesNotContain(word);
        }
    }

    @Test
    void no_chinese_text_of_the_cli_web_ui_or_report_uses_a_variant_outside_the_glossary() throws IOException {
        List<Path> texts = chineseTexts();
        assertThat(texts).anyMatch(p -> p.toString().contains("report_zh"))
                .anyMatch(p -> p.toString().contains("ui_zh")).anyMatch(p -> p.toString().endsWith("check.js"))
                .anyMatch(p -> p.toString().endsWith("messages_zh.properties"));
        Properties v = variants();
        List<String> found = new ArrayList<>();
        for (Path p : texts) {
            List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                for (String term : v.stringPropertyNames()) {
                    for (String variant : v.getProperty(term).split(",")) {
                        if (lines.get(i).contains(variant)) found.add(p + ":" + (i + 1) + " uses '" + variant + "' for " + term);
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
