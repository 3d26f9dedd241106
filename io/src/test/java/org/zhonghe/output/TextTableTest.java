package org.zhonghe.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Issue 19: text tables fit the terminal's width ({@code COLUMNS}) instead of running to 211 columns. */
class TextTableTest {
    private static String print(TextTable t, int columns) {
        StringWriter s = new StringWriter();
        t.print(new PrintWriter(s), "  ", columns);
        return s.toString();
    }

    private static TextTable wide() {
        return new TextTable("Profile", "Status", "Summary")
                .row("iso-14068-1", "in force", "ISO 14068-1:2023 Climate change management — Transition to net zero — Part 1: Carbon neutrality; "
                        + "the text is not public, so its verdicts are indicative")
                .row("cn-large-event", "in force", "大型活动碳中和实施指南（试行）（2019）：大型活动通过购买碳配额、碳信用或新建林业项目产生碳汇量抵消温室气体排放");
    }

    @Test
    void every_line_fits_the_width_and_no_word_is_lost() {
        String text = print(wide(), 80);
        for (String line : text.lines().toList()) assertThat(Texts.width(line)).as(line).isLessThanOrEqualTo(80);
        String joined = text.replaceAll("\\s+", "");
        assertThat(joined).contains("Transitiontonetzero", "verdictsareindicative", "产生碳汇量抵消温室气体排放");
        assertThat(text.lines().filter(l -> l.startsWith("  iso-14068-1 "))).hasSize(1);
    }

    @Test
    void without_a_width_the_table_keeps_one_line_per_row() {
        assertThat(print(wide(), Integer.MAX_VALUE).lines()).hasSize(3);
    }

    @Test
    void the_width_comes_from_COLUMNS_when_it_is_a_number() {
        assertThat(TextTable.terminalColumns("100")).isEqualTo(100);
        assertThat(TextTable.terminalColumns(null)).isEqualTo(Integer.MAX_VALUE);
        assertThat(TextTable.terminalColumns("wide")).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void right_aligned_columns_stay_right_aligned() {
        String text = print(new TextTable("Category", "Count").alignRight(false, true).row("net zero", "7").row("carbon neutral", "1,234"), 80);
        assertThat(text.lines()).containsExactly("  Category        Count", "  net zero            7", "  carbon neutral  1,234");
    }
}
