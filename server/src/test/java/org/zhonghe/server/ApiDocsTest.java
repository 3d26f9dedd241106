package org.zhonghe.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every {@code sh} example of docs/api.md, run with a real curl against a started server. */
class ApiDocsTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    @TempDir Path dir;

    static List<String> shellBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("(?ms)^```sh\\n(.*?)^```").matcher(markdown);
        while (m.find()) blocks.add(m.group(1));
        return blocks;
    }

    @Test
    void every_curl_example_of_the_api_document_succeeds_against_a_running_server() throws Exception {
        Skips.unless(new ProcessBuilder("curl", "--version").start().waitFor() == 0, "API document examples", "curl is missing: apt-get install curl");
        List<String> blocks = shellBlocks(Files.readString(ROOT.resolve("docs/api.md"), StandardCharsets.UTF_8));
        assertThat(blocks).hasSizeGreaterThan(5);
        StringBuilder printed = new StringBuilder();
        try (ZhongheServer server = Http.start(dir, 1000, printed)) {
            for (String block : blocks) {
                ProcessBuilder pb = new ProcessBuilder("bash", "-e", "-o", "pipefail", "-c", block).directory(ROOT.toFile())
                        .redirectErrorStream(true);
                pb.environment().put("ZH", "http://127.0.0.1:" + server.port());
                pb.environment().put("TOKEN", Http.adminToken(printed));
                Process p = pb.start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(p.exitValue()).as(block + "\n--- printed:\n" + out).isZero();
                assertThat(out).as(block).doesNotContain("\"status\" : 500").doesNotContain("Exception");
                if (block.contains("expect 422")) assertThat(out).contains("\"status\" : 422", "\"errors\"");
            }
        }
    }
}
