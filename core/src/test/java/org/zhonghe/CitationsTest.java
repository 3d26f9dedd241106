package org.zhonghe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: what a user reads cites the paper (Chen Ying 2022, §…) and the standards, never
 * Zhonghe's internal spec files ("rules.md §6", "规则 §1"; docs/ ship with Zhonghe and may be named). Scans the message bundles of every module
 * in both languages (comments aside: they are for maintainers).
 */
class CitationsTest {
    private static final Pattern INTERNAL = Pattern.compile("\\b(rules|product|assessment-format|cli|api)\\.md\\b|shared/|spec/|规则 §|rules §");

    @Test
    void no_message_cites_an_internal_file() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of(".."), 12)) {
            for (Path p : files.filter(f -> f.toString().contains("src/main/resources"))
                    .filter(f -> f.getFileName().toString().matches(".*_(en|zh)\\.properties")).toList()) {
                List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (!line.startsWith("#") && INTERNAL.matcher(line).find()) found.add(p + ":" + (i + 1) + ": " + line);
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
