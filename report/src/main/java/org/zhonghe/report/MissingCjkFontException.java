package org.zhonghe.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A PDF report needs a CJK font (the report is in Chinese, or its data hold Chinese text) and
 * none with TrueType outlines was found. The HTML report needs none.
 */
public final class MissingCjkFontException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Path> searched;

    MissingCjkFontException(List<Path> searched) {
        super("no CJK font with TrueType outlines found in " + searched
                + "; install one: apt-get install fonts-wqy-zenhei (or fonts-droid-fallback)");
        this.searched = List.copyOf(searched);
    }

    /** The folders that were searched. */
    public List<Path> searched() {
        return searched;
    }

    /** What happened and how to install a font, in the reader's language. */
    public String message(Locale locale) {
        String dirs = searched.stream().map(Path::toString).collect(Collectors.joining(", "));
        return new ReportText(locale).get("report.error.noCjkFont", dirs);
    }
}
