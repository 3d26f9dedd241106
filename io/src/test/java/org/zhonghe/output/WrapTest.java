package org.zhonghe.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 19: the lines of a command that are not tables fit COLUMNS; a word, a number or a serial is never broken. */
class WrapTest {
    private static final String MIXED = "按论文§4.2.3的解释，碳信用VCS-VCU-1234-5678-9012-3456抵消了38,900,000,000.5 t CO2e（AR5-GWP100），"
            + "所以“碳中和”这一声明不成立。The claim relies on avoidance credits which net zero does not admit.";

    private static List<String> units(String text) {
        return List.of(text.split("\\s+"));
    }

    @Test
    void no_line_is_wider_than_asked_unless_one_unit_is_and_nothing_is_lost() {
        for (int width = 12; width <= 80; width++) {
            List<String> lines = Texts.wrap(MIXED, width);
            for (String l : lines) {
                if (Texts.width(l) > width) assertThat(Texts.longestUnit(l)).as(width + ": " + l).isEqualTo(Texts.width(l.strip()));
            }
            assertThat(String.join("", lines).replace(" ", "")).as("width " + width).isEqualTo(MIXED.replace(" ", ""));
        }
    }

    @Test
    void serials_numbers_and_words_stay_whole_at_every_width() {
        for (int width = 12; width <= 80; width++) {
            String joined = "\n" + String.join("\n", Texts.wrap(MIXED, width)) + "\n";
            for (String whole : List.of("VCS-VCU-1234-5678-9012-3456", "38,900,000,000.5", "§4.2.3", "AR5-GWP100", "avoidance", "credits")) {
                assertThat(joined).as(width + ": " + whole).contains(whole);
            }
        }
    }

    @Test
    void chinese_characters_count_two_columns_and_closing_marks_never_begin_a_line() {
        String zh = "大型活动碳中和实施指南（试行）：大型活动通过购买碳配额、碳信用或新建林业项目产生碳汇量抵消温室气体排放。";
        for (int width = 12; width <= 40; width++) {
            for (String l : Texts.wrap(zh, width)) {
                assertThat(Texts.width(l)).as(l).isLessThanOrEqualTo(width);
                assertThat("，。、；：）》」").as(width + ": " + l).doesNotContain(l.substring(0, 1));
                assertThat(l).as("an opening mark ends no line").doesNotEndWith("（");
            }
        }
        assertThat(Texts.wrap("碳中和碳中和", 6)).containsExactly("碳中和", "碳中和");
    }

    @Test
    void latin_text_breaks_at_spaces_and_keeps_the_first_lines_indent() {
        assertThat(Texts.wrap("  the claim relies on avoidance credits", 20)).containsExactly("  the claim relies", "on avoidance credits");
        assertThat(Texts.wrap("a\nb c", 80)).containsExactly("a", "b c");
    }

    private static String through(int columns, String... lines) {
        StringWriter s = new StringWriter();
        PrintWriter out = WrappingWriter.of(new PrintWriter(s), columns);
        for (String l : lines) out.println(l);
        out.print("tail without a line feed");
        out.flush();
        return s.toString();
    }

    @Test
    void the_writer_wraps_long_lines_under_their_indent_and_leaves_the_others() {
        String text = through(40, "Fits.", "    An explanation that is much longer than forty columns, with VCS-VCU-1234-5678-9012-3456 in it.",
                "  • 碳信用为避免排放类，净零不接受避免排放类碳信用，因此这一声明不成立。");
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0)).isEqualTo("Fits.");
        for (String l : lines) {
            if (!l.contains("VCS-VCU")) assertThat(Texts.width(l)).as(l).isLessThanOrEqualTo(40);
        }
        assertThat(lines).anyMatch(l -> l.startsWith("    An explanation"));
        assertThat(lines.stream().filter(l -> !l.startsWith("Fits") && !l.startsWith("  • ") && !l.startsWith("tail")))
                .allMatch(l -> l.startsWith("    ")).anyMatch(l -> l.contains(" VCS-VCU-1234-5678-9012-3456 "));
        assertThat(lines.stream().filter(l -> l.contains("净零") || l.contains("因此"))).allMatch(l -> l.startsWith("    ") || l.startsWith("  • "));
        assertThat(text).endsWith("tail without a line feed");
    }

    @Test
    void colours_take_no_room_and_without_a_width_the_writer_is_the_output_itself() {
        String red = "\u001b[31m" + "x".repeat(30) + "\u001b[0m";
        assertThat(through(40, red).lines().findFirst().orElseThrow()).isEqualTo(red);
        PrintWriter out = new PrintWriter(new StringWriter());
        assertThat(WrappingWriter.of(out, Integer.MAX_VALUE)).isSameAs(out);
    }
}
