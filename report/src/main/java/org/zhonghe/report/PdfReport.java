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
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The report's XHTML laid out as a PDF by openhtmltopdf, with the fonts it needs embedded (as
 * subsets): DejaVu for Latin text and a CJK font for Chinese, under the family names the style
 * sheet asks for. Nothing is fetched from outside: every external resource is refused. The font
 * files are parsed once per process ({@link FontCache}); each report embeds the glyphs it uses.
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
        ParsedFonts parsed = FontCache.take(fonts);
        try (PDDocument doc = new PDDocument()) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.usePDDocument(doc);
            b.withProducer("Zhonghe " + ReportMeta.currentRulesVersion());
            b.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            b.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            // each font is embedded (as a subset) only when the text uses it, from the fonts parsed once per process
            fonts.sans().ifPresent(p -> b.useFont(new Embedded(doc, parsed, p), "DejaVu Sans", 400, FontStyle.NORMAL, true));
            fonts.sansBold().ifPresent(p -> b.useFont(new Embedded(doc, parsed, p), "DejaVu Sans", 700, FontStyle.NORMAL, true));
            fonts.mono().ifPresent(p -> b.useFont(new Embedded(doc, parsed, p), "DejaVu Sans Mono", 400, FontStyle.NORMAL, true));
            if (fonts.cjk().isPresent()) {
                Embedded cjk = new Embedded(doc, parsed, fonts.cjk().get());
                // one face serves both weights: CJK fonts on Linux rarely ship a bold
                b.useFont(cjk, CJK_FAMILY, 400, FontStyle.NORMAL, true);
                b.useFont(cjk, CJK_FAMILY, 700, FontStyle.NORMAL, true);
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
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("could not lay out the PDF report: " + e.getMessage(), e.getCause());
        } finally {
            FontCache.give(parsed);
        }
    }

    /**
     * A font of {@code parsed} embedded in {@code doc} as a subset the first time the layout asks
     * for it (as openhtmltopdf does with a font file), once for every weight it serves.
     */
    private static final class Embedded extends PDFontSupplier {
        private final PDDocument doc;
        private final ParsedFonts parsed;
        private final Path file;
        private PDFont font;

        Embedded(PDDocument doc, ParsedFonts parsed, Path file) {
            super(null);
            this.doc = doc;
            this.parsed = parsed;
            this.file = file;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    font = PDType0Font.load(doc, parsed.font(file), true);
                } catch (IOException e) {
                    throw new UncheckedIOException("could not read the font " + file + ": " + e.getMessage(), e);
                }
            }
            return font;
        }
    }
}
