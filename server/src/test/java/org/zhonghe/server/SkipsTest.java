package org.zhonghe.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** Issue 19: `./mvnw verify` skipped tests without a word; a skipped group now prints one line naming what to install. */
class SkipsTest {
    @Test
    void a_missing_tool_skips_the_test_and_its_group_is_told_once_with_what_to_install() {
        PrintStream before = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            for (int i = 0; i < 3; i++) {
                assertThatThrownBy(() -> Skips.unless(false, "skips-test group", "apt-get install some-tool"))
                        .isInstanceOf(TestAbortedException.class).hasMessageContaining("apt-get install some-tool");
            }
            Skips.unless(true, "skips-test present", "never printed");
        } finally {
            System.setOut(before);
        }
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList())
                .containsExactly("[zhonghe] SKIPPED skips-test group: apt-get install some-tool");
    }
}
