package org.zhonghe.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhonghe.output.Texts;
import org.zhonghe.rules.Evaluation;
import org.zhonghe.rules.RecordResult;

class ReportRendererTest {
    private static final Pattern LINK = Pattern.compile("\\b(?:src|href)\\s*=\\s*\"([^\"]*)\"");

    static Stream<Arguments> examplesInBothLanguages() {
        return Examples.valid().flatMap(n -> Stream.of(Arguments.of(n, Locale.ENGLISH), Arguments.of(n, Locale.CHINESE)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("examplesInBothLanguages")
    void every_example_renders_to_a_self_contained_html_report_with_charts_and_a_print_stylesheet(String name,
                                                                                                  Locale locale) {
        Examples.Case c = Examples.load(name);
        String html = c.html(locale);

        Matcher links = LINK.matcher(html);
        while (links.find()) assertThat(links.group(1)).matches("#.*|data:.*");
        assertThat(html).doesNotContain("<script", "<link", "@import", "url(");
        assertThat(html).contains("<svg", "@media print", "@page");
        assertThat(html).contains(expectedTexts(c, locale).stream().map(Html::escape).toList());
        ReportText t = new ReportText(locale);
        for (org.zhonghe.assessment.Removal r : c.checked().assessment().removals()) { // kinds named in the report's language
            assertThat(html).contains(Html.escape(t.get("removal.kind." + r.kind().id()) + " (" + r.kind().id() + ")"));
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("examplesInBothLanguages")
    void every_example_renders_to_a_pdf_whose_text_tells_the_verdict_the_totals_and_the_reasons(String name,
                                                                                                Locale locale)
            throws Exception {
        PdfTools.requirePdftotext();
        PdfTools.requireCjkFont();
        Examples.Case c = Examples.load(name);

        byte[] pdf = c.pdf(locale);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        // pdftotext wraps lines where the layout does, and keeps DejaVu's ligatures (ﬁ): compare without white space, NFKC
        String text = Normalizer.normalize(PdfTools.text(pdf), Normalizer.Form.NFKC).replaceAll("\\s+", "");
        for (String expected : expectedTexts(c, locale)) {
            assertThat(text).as("PDF text of %s (%s)", name, locale)
                    .contains(Normalizer.normalize(expected, Normalizer.Form.NFKC).replaceAll("\\s+", ""));
        }
    }

    /** The verdict, the totals, and each reason code with the start of its explanation. */
    private static List<String> expectedTexts(Examples.Case c, Locale locale) {
        ReportText t = new ReportText(locale);
        Evaluation e = c.checked().result().claimed();
        List<String> out = new ArrayList<>();
        out.add(t.get("verdict." + e.verdict()));
        out.add(Texts.grouped(e.totals().emissions()));
        out.add(Texts.grouped(e.totals().removals()));
        out.add(Texts.grouped(e.totals().credits()));
        out.add(Texts.grouped(e.totals().net()));
        for (RecordResult r : e.records()) {
            if (r.reason() == null) continue;
            String why = t.get("reason." + r.reason());
            out.add(r.reason().name());
            out.add(why.substring(0, Math.min(why.length(), 24)));
        }
        for (InputFile f : c.meta().inputs()) out.add(f.sha256());
        return out;
    }

    @Test
    void a_chinese_pdf_without_a_cjk_font_is_refused_with_how_to_install_one(@TempDir Path noFonts) {
        Examples.Case c = Examples.load("winter-games-event");
        SystemFonts none = SystemFonts.search(List.of(noFonts));

        assertThatThrownBy(() -> ReportRenderer.pdf(c.checked().assessment(), c.checked().result(), c.profiles(),
                c.meta(), Locale.CHINESE, none))
                .isInstanceOfSatisfying(MissingCjkFontException.class, e -> {
                    assertThat(e.message(Locale.ENGLISH)).contains("apt-get install fonts-wqy-zenhei", noFonts.toString());
                    assertThat(e.message(Locale.CHINESE)).contains("apt-get install fonts-wqy-zenhei", "中文");
                });
    }

    @Test
    void an_english_pdf_whose_data_hold_chinese_also_needs_a_cjk_font(@TempDir Path noFonts) {
        Examples.Case c = Examples.load("winter-games-event");

        assertThatThrownBy(() -> ReportRenderer.pdf(c.checked().assessment(), c.checked().result(), c.profiles(),
                c.meta(), Locale.ENGLISH, SystemFonts.search(List.of(noFonts))))
                .isInstanceOf(MissingCjkFontException.class);
    }

    @Test
    void an_english_pdf_of_latin_data_needs_no_font_from_the_system(@TempDir Path noFonts) throws Exception {
        Examples.Case c = Examples.load("acme-csv-ledger");

        byte[] pdf = ReportRenderer.pdf(c.checked().assessment(), c.checked().result(), c.profiles(), c.meta(),
                Locale.ENGLISH, SystemFonts.search(List.of(noFonts)));

        assertThat(pdf.length).isGreaterThan(1000);
    }

    @Test
    void the_meta_hashes_the_assessment_and_every_ledger_file_it_names() throws Exception {
        Examples.Case c = Examples.load("acme-csv-ledger");
        Path dir = Examples.ROOT.resolve("acme-csv-ledger");

        assertThat(c.meta().inputs()).extracting(f -> Path.of(f.name()).getFileName().toString())
                .containsExactly("assessment.yaml", "emissions.csv", "credits.csv");
        assertThat(c.meta().inputs().get(1).sha256()).isEqualTo(ReportMeta.sha256(dir.resolve("emissions.csv")));
        assertThat(ReportMeta.sha256(dir.resolve("emissions.csv"))).hasSize(64).isNotEqualTo(
                ReportMeta.sha256(dir.resolve("credits.csv")));
    }

    @Test
    void the_meta_hashes_a_workbook_once_for_all_the_sheets_read_from_it() {
        Examples.Case c = Examples.load("xlsx-ledger");
        Path dir = Examples.ROOT.resolve("xlsx-ledger");

        assertThat(c.checked().assessment().emissions().get(0).origin().file()).endsWith("ledger.xlsx[emissions]");
        assertThat(c.meta().inputs()).extracting(f -> Path.of(f.name()).getFileName().toString())
                .containsExactly("assessment.yaml", "ledger.xlsx");
        assertThat(c.meta().inputs().get(1).sha256()).isEqualTo(ReportMeta.sha256(dir.resolve("ledger.xlsx")));
    }

    @Test
    void the_rules_version_is_the_version_of_the_build() {
        assertThat(ReportMeta.currentRulesVersion()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void the_report_names_every_file_hash_and_the_command_that_reproduces_it() {
        Examples.Case c = Examples.load("acme-csv-ledger");

        String html = c.html(Locale.ENGLISH);

        assertThat(html).contains("zhonghe " + ReportMeta.currentRulesVersion(), Html.escape(c.meta().command()));
        c.meta().inputs().forEach(f -> assertThat(html).contains(f.sha256()));
    }

    @Test
    void the_waterfall_labels_every_step_with_its_exact_value() {
        String svg = Charts.waterfall("t", "E", "R", "C", "O", "N", new java.math.BigDecimal("892600.5"),
                new java.math.BigDecimal("530000"), new java.math.BigDecimal("400000"), java.math.BigDecimal.ZERO, false);

        assertThat(svg).startsWith("<svg").contains(">892,600.5<", ">-530,000<", ">-400,000<", ">-37,399.5<", ">N<")
                .doesNotContain(">O<");
    }

    @Test
    void report_texts_exist_in_both_languages() throws Exception {
        java.util.Properties en = new java.util.Properties();
        java.util.Properties zh = new java.util.Properties();
        try (var a = ReportText.class.getResourceAsStream("report_en.properties");
             var b = ReportText.class.getResourceAsStream("report_zh.properties")) {
            en.load(new java.io.InputStreamReader(a, java.nio.charset.StandardCharsets.UTF_8));
            zh.load(new java.io.InputStreamReader(b, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(zh.keySet()).isEqualTo(en.keySet());
        en.values().forEach(v -> assertThat((String) v).doesNotContain("'"));
        zh.values().forEach(v -> assertThat((String) v).doesNotContain("'"));
    }

    /** A baseline split by scope is shown with its parts, which the SBTi profile cuts apart. */
    @Test
    void the_report_shows_a_baseline_split_by_scope_in_both_languages() {
        var c = Examples.load("profiles/sbti-net-zero/scope-3-cut-hides-scopes-1-and-2");
        assertThat(c.html(Locale.ENGLISH)).contains("2019: 10,000 t CO2e (Scopes 1 and 2: 1,000; Scope 3: 9,000)")
                .contains("Scope 1 and 2 emissions are 50 % below their 2019 baseline");
        assertThat(c.html(Locale.CHINESE)).contains("2019 年：10,000 t CO2e（范围一和二：1,000；范围三：9,000）");
        assertThat(Examples.load("profiles/sbti-net-zero/baseline-not-split-by-scope").html(Locale.ENGLISH))
                .contains("2019: 10,000 t CO2e").doesNotContain("Scopes 1 and 2: ");
        // session 24: Scope 1 apart, which SBTi CNZS V2.0 cuts on its own
        var v2 = Examples.load("profiles/sbti-net-zero-v2/scope-2-cut-hides-scope-1");
        assertThat(v2.html(Locale.ENGLISH)).contains("2019: 11,000 t CO2e (Scopes 1 and 2: 10,000, of which Scope 1: 5,000; Scope 3: 1,000)")
                .contains("Scope 1 emissions are 82 % below their 2019 baseline");
        assertThat(v2.html(Locale.CHINESE)).contains("2019 年：11,000 t CO2e（范围一和二：10,000，其中范围一：5,000；范围三：1,000）")
                .contains("范围一排放较其 2019 年基准线减少 82%");
    }

    /** An undated claim is shown with the date the rules read, and says it was not stated (session 25). */
    @Test
    void an_undated_claim_shows_the_date_the_rules_read_it_at_and_says_it_was_not_stated() {
        var c = Examples.load("profiles/pas-2060/undated-claim-offset-after-withdrawal");
        assertThat(c.html(Locale.ENGLISH)).contains("2026-06-30 (not stated: the period’s end, or the last day a credit");
        assertThat(c.html(Locale.CHINESE)).contains("2026-06-30（未注明：");
        assertThat(Examples.load("profiles/pas-2060/claim-before-withdrawal").html(Locale.ENGLISH))
                .doesNotContain("not stated:").contains("2025-06-30");
    }
}
