package org.zhonghe.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The report's XHTML laid out as a PDF by openhtmltopdf, with the fonts it needs embedded (as
 * subsets): DejaVu for Latin text and a CJK font for Chinese, under the family names the style
 * sheet asks for. Nothing is fetched from outside: every external resource is refused.
 */
final class PdfReport {
    static final String CJK_FAMILY = "Zhonghe CJK";
    /** PDFBox warns through java.util.logging about fonts it substitutes and never uses here. */
    private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

    static {
        // openhtmltopdf logs every font load and unknown CSS property to standard error
        XRLog.setLoggingEnabled(false);
        PDFBOX_LOG.setLevel(Level.SEVERE);
    }

    private PdfReport() {}

    /**
     * @throws MissingCjkFontException when {@code needsCjk} and {@code fonts} has no CJK font
     */
    static byte[] render(String xhtml, SystemFonts fonts, boolean needsCjk) throws MissingCjkFontException {
        if (needsCjk && fonts.cjk().isEmpty()) throw new MissingCjkFontException(fonts.searched());
        List<AutoCloseable> open = new ArrayList<>();
        try (PDDocument doc = new PDDocument()) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.usePDDocument(doc);
            b.withProducer("Zhonghe " + ReportMeta.currentRulesVersion());
            b.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            b.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            fonts.sans().ifPresent(p -> b.useFont(p.toFile(), "DejaVu Sans", 400, FontStyle.NORMAL, true));
            fonts.sansBold().ifPresent(p -> b.useFont(p.toFile(), "DejaVu Sans", 700, FontStyle.NORMAL, true));
            fonts.mono().ifPresent(p -> b.useFont(p.toFile(), "DejaVu Sans Mono", 400, FontStyle.NORMAL, true));
            if (fonts.cjk().isPresent()) {
                Path cjk = fonts.cjk().get();
                TrueTypeFont ttf = load(cjk, open);
                PDType0Font font = PDType0Font.load(doc, ttf, true);
                // one face serves both weights: CJK fonts on Linux rarely ship a bold
                b.useFont(new PDFontSupplier(font), CJK_FAMILY, 400, FontStyle.NORMAL, true);
                b.useFont(new PDFontSupplier(font), CJK_FAMILY, 700, FontStyle.NORMAL, true);
            }
            // chart labels are drawn by Batik through AWT, which finds the same system fonts itself
            b.useSVGDrawer(new BatikSVGDrawer());
            b.withHtmlContent(xhtml, null);
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            b.toStream(out);
            b.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not lay out the PDF report: " + e.getMessage(), e);
        } finally {
            for (AutoCloseable c : open) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // the PDF is written; a font file that fails to close changes nothing
                }
            }
        }
    }

    /** The first font of a collection (.ttc), or the font of a .ttf. */
    private static TrueTypeFont load(Path file, List<AutoCloseable> open) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection ttc = new TrueTypeCollection(file.toFile());
            open.add(ttc);
            TrueTypeFont[] first = new TrueTypeFont[1];
            ttc.processAllFonts(f -> {
                if (first[0] == null) first[0] = f;
            });
            if (first[0] == null) throw new IOException("no font in " + file);
            return first[0];
        }
        TrueTypeFont ttf = new org.apache.fontbox.ttf.TTFParser().parse(
                new org.apache.pdfbox.io.RandomAccessReadBufferedFile(file.toFile()));
        open.add(ttf);
        return ttf;
    }
}
