package org.zhonghe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The inputs of issue 14 §2 that stalled or crashed {@code check}: each is now refused as bad
 * input (exit 2) with the file, the line, the field and the limit; whatever still escapes a
 * command is exit 3 and one line.
 */
class HostileInputTest {
    private static final String STEEL = "../examples/steel-level1-wind-as-removal/assessment.yaml";

    @TempDir Path dir;

    private Path steelWith(String name, String from, String to) throws IOException {
        String text = Files.readString(Path.of(STEEL), StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        return Files.writeString(dir.resolve(name), text.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void an_amount_of_a_one_and_forty_thousand_zeros_is_refused_naming_the_field_and_the_limit() throws IOException {
        Path f = steelWith("zeros.yaml", "amount: 1850,", "amount: 1" + "0".repeat(40_000) + ",");
        Run run = Run.of("check", f.toString(), "--lang", "en");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("zeros.yaml:9", "the text has 40,001 characters", "at most 10,000");
        Path fewer = steelWith("fewer.yaml", "amount: 1850,", "amount: 1" + "0".repeat(9_000) + ",");
        Run digits = Run.of("check", fewer.toString(), "--lang", "en");
        assertThat(digits.exit()).isEqualTo(2);
        assertThat(digits.err()).contains("fewer.yaml:9", "emissions[e1].amount", "at most 50 significant digits", "(9,001 characters)");
        assertThat(run.err().length()).isLessThan(1000);
    }

    @Test
    void an_exponent_beyond_fifty_digits_is_refused_and_one_within_is_read() throws IOException {
        Run far = Run.of("check", steelWith("far.yaml", "amount: 1850,", "amount: 1e51,").toString(), "--lang", "en");
        assertThat(far.exit()).isEqualTo(2);
        assertThat(far.err()).contains("\"1e51\" has too many digits");
        Run near = Run.of("check", steelWith("near.yaml", "amount: 1850,", "amount: 1.85E3,").toString(), "--format", "json");
        assertThat(near.exit()).isEqualTo(1);
        assertThat(near.json().path("totals").path("emissions").asText()).isEqualTo("2470");
    }

    @Test
    void yaml_nested_two_thousand_deep_is_refused_at_its_line_not_a_stack_overflow() throws IOException {
        Path f = Files.writeString(dir.resolve("deep.yaml"), "version: 1\nx:\n  " + "[".repeat(2000) + "]".repeat(2000) + "\n");
        Run run = Run.of("check", f.toString(), "--lang", "en");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("deep.yaml:3: nested more than 64 levels deep");
        StringBuilder block = new StringBuilder("version: 1\n");
        for (int i = 0; i < 2000; i++) block.append("  ".repeat(i)).append("k").append(i).append(":\n");
        Run blockRun = Run.of("check", Files.writeString(dir.resolve("block.yaml"), block + "  ".repeat(2000) + "v\n").toString());
        assertThat(blockRun.exit()).isEqualTo(2);
        assertThat(blockRun.err()).contains("block.yaml:66:");
    }

    @Test
    void json_nested_deep_is_refused_at_its_line_without_the_parser_internals() throws IOException {
        Path f = Files.writeString(dir.resolve("deep.json"), "{\"version\": 1,\n\"x\": " + "[".repeat(2000) + "]".repeat(2000) + "}");
        Run run = Run.of("check", f.toString(), "--lang", "en");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("deep.json:2: nested more than 64 levels deep").doesNotContain("StreamReadConstraints");
    }

    @Test
    void a_yaml_alias_bomb_is_refused_at_the_line_where_it_explodes() throws IOException {
        StringBuilder s = new StringBuilder("version: 1\na0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 9; i++) {
            String prev = "*a" + (i - 1);
            s.append("a").append(i).append(": &a").append(i).append(" [").append(String.join(", ", java.util.Collections.nCopies(9, prev)))
                    .append("]\n");
        }
        Run run = Run.of("check", Files.writeString(dir.resolve("bomb.yaml"), s).toString(), "--lang", "en");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("bomb.yaml:7: the aliases (*name) of this document repeat more than 100,000 nodes");
    }

    @Test
    void a_hundred_thousand_character_name_and_a_six_hundred_character_serial_are_refused_with_their_limits() throws IOException {
        Run name = Run.of("check", steelWith("name.yaml", "name: 恒泰钢铁（示例）", "name: \"" + "n ".repeat(50_000) + "\"").toString(), "--lang", "en");
        assertThat(name.exit()).isEqualTo(2);
        // counted as every reader counts it (batch too): stripped of the blank at its end (issue 15)
        assertThat(name.err()).contains("name.yaml:4, field 'entity.name': the text has 99,999 characters; this field holds at most 1,000");
        Run serial = Run.of("check", steelWith("serial.yaml", "\"CCER-2023-A-000001-001500\"", "S" + "9".repeat(599)).toString(), "--lang", "en");
        assertThat(serial.exit()).isEqualTo(2);
        assertThat(serial.err()).contains("field 'credits[c1].serial': the text has 600 characters; this field holds at most 200");
    }

    @Test
    void control_characters_of_the_input_reach_the_terminal_as_visible_escapes() throws IOException {
        Path f = steelWith("ctl.yaml", "name: 恒泰钢铁（示例）", "name: \"ACME\\e]0;pwned\\a\\e[2J\\u202e\"");
        Run run = Run.of("check", f.toString(), "--lang", "en");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("ACME\\x1b]0;pwned\\x07\\x1b[2J\\u202e").doesNotContain("\u001b", "\u0007", "\u202e");
        Path badId = Files.writeString(dir.resolve("id.yaml"), "version: 1\nentity: {id: \"a\\e[31m\", type: organization}\n");
        Run invalid = Run.of("check", badId.toString(), "--lang", "en");
        assertThat(invalid.exit()).isEqualTo(2);
        assertThat(invalid.err()).contains("a\\x1b[31m").doesNotContain("\u001b");
    }

    @CommandLine.Command(name = "overflow")
    static final class Overflow implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new StackOverflowError();
        }
    }

    @Test
    void an_error_escaping_a_command_is_one_line_and_exit_3_never_0_1_or_2() {
        StringWriter err = new StringWriter();
        int exit = Zhonghe.run(() -> {
            CommandLine cl = Cli.withHandlers(new CommandLine(new Overflow()));
            cl.setErr(new PrintWriter(err, true));
            return cl;
        });
        assertThat(exit).isEqualTo(3);
        assertThat(err.toString().strip()).isEqualTo("zhonghe: internal failure / 内部错误: StackOverflowError").doesNotContain("\tat ");
    }
}
