package org.zhonghe.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The font files of one {@link SystemFonts}, each parsed by FontBox at most once, when a report
 * first needs it. Parsing is what a PDF report spent most of its time on: the character map of
 * WenQuanYi Zen Hei (a 16 MB collection, ~30,000 glyphs) alone took 0.3–1 s a report.
 *
 * <p>Not thread-safe: FontBox reads glyphs lazily from the open file, so one instance serves one
 * report at a time; {@link FontCache} hands them out.
 */
final class ParsedFonts implements AutoCloseable {
    private final SystemFonts fonts;
    private final String stamp;
    private final Map<Path, TrueTypeFont> parsed = new HashMap<>();
    private final List<AutoCloseable> open = new ArrayList<>();

    ParsedFonts(SystemFonts fonts, String stamp) {
        this.fonts = fonts;
        this.stamp = stamp;
    }

    /** The fonts these were found as. */
    SystemFonts fonts() {
        return fonts;
    }

    /** The size and modification time of the files when these were made ({@link #stampOf}). */
    String stamp() {
        return stamp;
    }

    /** The parsed font of {@code file}, the first font of a collection (.ttc); parsed on the first call. */
    TrueTypeFont font(Path file) throws IOException {
        TrueTypeFont f = parsed.get(file);
        if (f == null) {
            f = parse(file);
            parsed.put(file, f);
        }
        return f;
    }

    /** The size and modification time of every font file of {@code fonts}: a file replaced is parsed again. */
    static String stampOf(SystemFonts fonts) {
        StringBuilder s = new StringBuilder();
        for (var p : List.of(fonts.cjk(), fonts.sans(), fonts.sansBold(), fonts.mono())) {
            if (p.isEmpty()) continue;
            try {
                s.append(Files.size(p.get())).append('@').append(Files.getLastModifiedTime(p.get()).toMillis()).append(';');
            } catch (IOException e) {
                s.append("gone;");
            }
        }
        return s.toString();
    }

    private TrueTypeFont parse(Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection ttc = new TrueTypeCollection(file.toFile());
            open.add(ttc);
            TrueTypeFont[] first = new TrueTypeFont[1];
            try {
                // the collection parses every font it holds; only the first is used, so stop there
                ttc.processAllFonts(f -> {
                    first[0] = f;
                    throw new FirstFound();
                });
            } catch (FirstFound found) {
                // first[0] is set
            }
            if (first[0] == null) throw new IOException("no font in " + file);
            return first[0];
        }
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        open.add(ttf);
        return ttf;
    }

    @Override
    public void close() {
        for (AutoCloseable c : open) {
            try {
                c.close();
            } catch (Exception ignored) {
                // a font file that fails to close changes no report
            }
        }
        open.clear();
        parsed.clear();
    }

    /** Stops {@link TrueTypeCollection#processAllFonts} after the first font. */
    private static final class FirstFound extends IOException {
        private static final long serialVersionUID = 1L;

        FirstFound() {
            super("first font found", null);
        }
    }
}
