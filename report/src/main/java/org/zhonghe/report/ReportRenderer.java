package org.zhonghe.report;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.check.ClaimCheck;
import org.zhonghe.rules.ClaimEvaluator;
import org.zhonghe.rules.ClaimResult;

/**
 * The carbon-neutrality report a verifier reads, in Chinese or English: the subject, period and
 * boundary; the concept, profile and metric with definitions and sources; the inventory by gas
 * and by scope; removals and credits with their eligibility and reasons; the balance with its
 * charts; the findings; the concept and profile matrices; the method with the paper's sections
 * and the standards' clauses; and the input files' SHA-256 with the rules version.
 *
 * <p>For every front end (the command line, the server). Stateless and thread-safe.
 */
public final class ReportRenderer {
    private ReportRenderer() {}

    /**
     * The report as one self-contained HTML document (inline CSS and SVG, no script, no external
     * request; prints cleanly).
     *
     * @param assessment the assessment as evaluated (overrides applied)
     * @param result     its result
     * @param profiles   the claim under every profile (the profile matrix), by profile id
     * @param meta       the input files' hashes and the rules version
     * @param locale     Chinese for any {@code zh} locale, else English
     */
    public static String html(Assessment assessment, ClaimResult result, Map<String, ClaimResult> profiles,
                              ReportMeta meta, Locale locale) {
        return ReportHtml.render(data(assessment, result, profiles, meta, locale));
    }

    /** {@link #html(Assessment, ClaimResult, Map, ReportMeta, Locale)} with the profile matrix computed here. */
    public static String html(Assessment assessment, ClaimResult result, ReportMeta meta, Locale locale) {
        return html(assessment, result, everyProfile(assessment), meta, locale);
    }

    /**
     * The same report as a PDF (A4), fonts embedded.
     *
     * @throws MissingCjkFontException when the report holds Chinese text (a {@code zh} report, or
     *                                 Chinese in the data) and no CJK font is installed
     */
    public static byte[] pdf(Assessment assessment, ClaimResult result, Map<String, ClaimResult> profiles,
                             ReportMeta meta, Locale locale) throws MissingCjkFontException {
        return pdf(assessment, result, profiles, meta, locale, SystemFonts.installed());
    }

    /** {@link #pdf(Assessment, ClaimResult, Map, ReportMeta, Locale)} with the profile matrix computed here. */
    public static byte[] pdf(Assessment assessment, ClaimResult result, ReportMeta meta, Locale locale)
            throws MissingCjkFontException {
        return pdf(assessment, result, everyProfile(assessment), meta, locale);
    }

    static byte[] pdf(Assessment assessment, ClaimResult result, Map<String, ClaimResult> profiles, ReportMeta meta,
                      Locale locale, SystemFonts fonts) throws MissingCjkFontException {
        String xhtml = html(assessment, result, profiles, meta, locale);
        return PdfReport.render(xhtml, fonts, needsCjk(xhtml, locale));
    }

    private static boolean needsCjk(String xhtml, Locale locale) {
        return locale.getLanguage().equals("zh") || SystemFonts.hasCjk(xhtml);
    }

    private static ReportData data(Assessment assessment, ClaimResult result, Map<String, ClaimResult> profiles,
                                   ReportMeta meta, Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return new ReportData(assessment, result, profiles, meta, new ReportText(locale));
    }

    private static Map<String, ClaimResult> everyProfile(Assessment a) {
        return new ClaimCheck(ClaimEvaluator.standard()).underEveryProfile(a);
    }
}
