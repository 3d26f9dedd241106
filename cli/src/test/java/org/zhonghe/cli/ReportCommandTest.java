package org.zhonghe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    private static final String WINTER_GAMES = "../examples/winter-games-event/assessment.yaml";
    private static final String STEEL = "../examples/steel-level1-wind-as-removal/assessment.yaml";

    @TempDir Path dir;

    @Test
    void report_writes_a_self_contained_html_report_and_exits_as_check_does() throws Exception {
        Path out = dir.resolve("wg.html");

        Run run = Run.of("report", WINTER_GAMES, "--lang", "en", "--out", out.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains(out.toString());
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("SUPPORTED", "-37,400", "<svg", "@media print",
                "zhonghe check " + WINTER_GAMES + " --concept ghg-neutrality --profile ipcc --metric AR5-GWP100");
    }

    @Test
    void report_takes_profile_all_as_check_does_with_every_profile_in_its_matrix() {
        Run run = Run.of("report", WINTER_GAMES, "--lang", "en", "--profile", "all", "--out", "-");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("sbti-net-zero-v2", "cn-ets", "pas-2060");
    }

    @Test
    void report_applies_the_overrides_and_speaks_chinese() throws Exception {
        Run run = Run.of("report", STEEL, "--lang", "zh", "--profile", "iso-14068-1", "--out", "-");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("不成立", "NOT_A_REMOVAL", "iso-14068-1", "这是减排而非移除");
    }

    @Test
    void report_writes_a_pdf_when_a_cjk_font_is_installed() throws Exception {
        if (!Files.isRegularFile(Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"))
                && !"1".equals(System.getenv("ZHONGHE_REQUIRE_PDF_TOOLS"))) {
            System.out.println("[zhonghe] SKIPPED PDF report test (cli): no CJK font: apt-get install fonts-wqy-zenhei");
            Assumptions.abort("no CJK font: apt-get install fonts-wqy-zenhei to run this test");
        }
        Path out = dir.resolve("wg.pdf");

        Run run = Run.of("report", WINTER_GAMES, "--lang", "zh", "--format", "pdf", "--out", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(new String(Files.readAllBytes(out), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void a_pdf_without_a_cjk_font_exits_2_saying_how_to_install_one_while_html_still_works() {
        String before = System.getProperty("zhonghe.font.dirs");
        System.setProperty("zhonghe.font.dirs", dir.toString());
        try {
            Run pdf = Run.of("report", WINTER_GAMES, "--lang", "zh", "--format", "pdf", "--out",
                    dir.resolve("x.pdf").toString());
            Run html = Run.of("report", WINTER_GAMES, "--lang", "zh", "--out", dir.resolve("x.html").toString());

            assertThat(pdf.exit()).isEqualTo(2);
            assertThat(pdf.err()).contains("apt-get install fonts-wqy-zenhei", "--format html");
            assertThat(dir.resolve("x.pdf")).doesNotExist();
            assertThat(html.exit()).isZero();
            assertThat(dir.resolve("x.html")).exists();
        } finally {
            if (before == null) System.clearProperty("zhonghe.font.dirs");
            else System.setProperty("zhonghe.font.dirs", before);
        }
    }

    @Test
    void invalid_input_exits_2_with_the_problems_and_writes_nothing() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "version: 1\nentity: {id: x}\n");

        Run run = Run.of("report", bad.toString(), "--out", dir.resolve("r.html").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("bad.yaml");
        assertThat(dir.resolve("r.html")).doesNotExist();
    }
}
