package org.zhonghe.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The tools the PDF tests need: the real {@code pdftotext} and a CJK font. Without them a test
 * is skipped with how to install them, unless {@code ZHONGHE_REQUIRE_PDF_TOOLS=1} (CI), where
 * their absence fails.
 */
final class PdfTools {
    private PdfTools() {}

    private static final java.util.Set<String> TOLD = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static void requirePdftotext() {
        if (!runs("pdftotext", "-v")) missing("pdftotext is not installed: apt-get install poppler-utils");
    }

    static void requireCjkFont() {
        if (SystemFonts.installed().cjk().isEmpty()) {
            missing("no CJK font with TrueType outlines: apt-get install fonts-wqy-zenhei");
        }
    }

    /** The text of a PDF as pdftotext gives it. */
    static String text(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.createTempFile("zhonghe-report", ".pdf");
        try {
            Files.write(file, pdf);
            Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) throw new IOException("pdftotext failed: " + out);
            return out;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void missing(String what) {
        if ("1".equals(System.getenv("ZHONGHE_REQUIRE_PDF_TOOLS"))) fail(what + " (required: ZHONGHE_REQUIRE_PDF_TOOLS=1)");
        String how = what + ", then run the tests again (set ZHONGHE_REQUIRE_PDF_TOOLS=1 to make this a failure)";
        if (TOLD.add(what)) System.out.println("[zhonghe] SKIPPED PDF report tests: " + how); // one line per missing tool
        Assumptions.abort(how);
    }

    private static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
