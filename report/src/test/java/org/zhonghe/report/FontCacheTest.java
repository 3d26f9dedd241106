package org.zhonghe.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Inflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fonts of PDF reports are parsed once per process and shared safely between reports. */
class FontCacheTest {
    /** What differs between two renderings of one report: the creation date (Info and XMP) and the file ID. */
    private static final Pattern VARIABLE = Pattern.compile(
            "D:\\d{14}[^)]*|/ID ?\\[<[0-9A-Fa-f]+> ?<[0-9A-Fa-f]+>\\]");
    private static final Pattern STREAM = Pattern.compile("stream\\r?\\n(.*?)\\r?\\nendstream", Pattern.DOTALL);

    @Test
    void a_report_gives_its_fonts_back_and_the_next_report_takes_the_same_parsed_fonts() throws Exception {
        PdfTools.requireCjkFont();
        SystemFonts fonts = SystemFonts.installed();
        ParsedFonts first = FontCache.take(fonts);
        var cjk = first.font(fonts.cjk().orElseThrow());
        assertThat(first.font(fonts.cjk().orElseThrow())).isSameAs(cjk);
        FontCache.give(first);
        ParsedFonts second = FontCache.take(fonts);
        try {
            assertThat(second).isSameAs(first);
            assertThat(second.font(fonts.cjk().orElseThrow())).isSameAs(cjk);
        } finally {
            FontCache.give(second);
        }
    }

    @Test
    void at_most_two_parsed_font_sets_are_kept_however_many_reports_ran_at_once() {
        SystemFonts fonts = SystemFonts.installed();
        List<ParsedFonts> taken = new ArrayList<>();
        for (int i = 0; i < 5; i++) taken.add(FontCache.take(fonts));
        taken.forEach(FontCache::give);
        assertThat(FontCache.idle()).isEqualTo(FontCache.MAX_IDLE);
    }

    @Test
    void a_font_file_changed_since_it_was_parsed_is_parsed_again(@TempDir Path dir) throws Exception {
        PdfTools.requireCjkFont();
        Path sans = dir.resolve("DejaVuSans.ttf");
        Files.copy(SystemFonts.installed().sans().orElseThrow(), sans);
        SystemFonts fonts = SystemFonts.search(List.of(dir));
        ParsedFonts before = FontCache.take(fonts);
        before.font(sans);
        FontCache.give(before);
        Files.setLastModifiedTime(sans, FileTime.fromMillis(Files.getLastModifiedTime(sans).toMillis() - 60_000));
        ParsedFonts after = FontCache.take(fonts);
        try {
            assertThat(after).isNotSameAs(before);
        } finally {
            FontCache.give(after);
        }
    }

    @Test
    void reports_rendered_at_once_on_four_threads_are_the_report_rendered_alone() throws Exception {
        PdfTools.requireCjkFont();
        Examples.Case c = Examples.load("winter-games-event");
        String alone = comparable(c.pdf(Locale.CHINESE));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> pdfs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Locale locale = i % 2 == 0 ? Locale.CHINESE : Locale.ENGLISH;
                pdfs.add(pool.submit(() -> c.pdf(locale)));
            }
            String english = comparable(c.pdf(Locale.ENGLISH));
            for (int i = 0; i < pdfs.size(); i++) {
                assertThat(comparable(pdfs.get(i).get())).isEqualTo(i % 2 == 0 ? alone : english);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(alone).contains("WenQuanYiZenHei");
    }

    /**
     * The PDF's streams inflated, as text (the creation date is in a compressed object stream, so
     * the lengths and offsets around it vary), without the cross-reference stream and what changes
     * from one second to the next.
     */
    private static String comparable(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher m = STREAM.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String dictionary = text.substring(text.lastIndexOf(" obj", m.start()), m.start());
            if (dictionary.contains("/XRef")) continue;
            out.append(inflate(m.group(1).getBytes(StandardCharsets.ISO_8859_1))).append('\n');
        }
        return VARIABLE.matcher(out).replaceAll("");
    }

    private static String inflate(byte[] raw) {
        Inflater inflater = new Inflater();
        inflater.setInput(raw);
        ByteArrayOutputStream inflated = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) break;
                inflated.write(buf, 0, n);
            }
        } catch (java.util.zip.DataFormatException e) {
            return new String(raw, StandardCharsets.ISO_8859_1); // a stream that is not compressed
        } finally {
            inflater.end();
        }
        return inflated.toString(StandardCharsets.ISO_8859_1);
    }
}
