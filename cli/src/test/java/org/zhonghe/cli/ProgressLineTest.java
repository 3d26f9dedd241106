package org.zhonghe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.zhonghe.Messages;

class ProgressLineTest {
    private final StringWriter err = new StringWriter();
    private final Messages en = Messages.of(Locale.ENGLISH);

    @Test
    void on_a_terminal_of_its_own_the_bar_is_drawn_in_place_and_wiped_at_the_end() {
        ProgressLine p = new ProgressLine(new PrintWriter(err, true), en, true, false);
        p.at("big.csv", 1, 50L << 20, 100L << 20);
        assertThat(err.toString()).isEqualTo("\r[##########          ] big.csv: checking every row, 50% of 100 MB\u001b[K");
        p.finish();
        assertThat(err.toString()).endsWith("\r\u001b[K").doesNotContain("\n");
    }

    @Test
    void a_terminal_shared_with_the_result_shows_the_bar_only_before_the_result_is_written() {
        ProgressLine p = new ProgressLine(new PrintWriter(err, true), en, true, true);
        p.at("big.csv", 2, 50L << 20, 100L << 20);
        assertThat(err.toString()).isEmpty();
        p.at("big.csv", 1, 50L << 20, 100L << 20);
        assertThat(err.toString()).contains("checking every row, 50%");
    }
}
