package org.zhonghe.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.zhonghe.check.ClaimCheck;
import org.zhonghe.check.Outcome;
import org.zhonghe.check.Overrides;
import org.zhonghe.io.AssessmentReader;
import org.zhonghe.rules.ClaimEvaluator;
import org.zhonghe.rules.ClaimResult;

/** The shared acceptance cases under {@code examples/}, checked as {@code zhonghe check} does. */
final class Examples {
    static final Path ROOT = Path.of("..", "examples");
    private static final ClaimCheck CHECK = new ClaimCheck(ClaimEvaluator.standard());

    private Examples() {}

    /** The names of every example whose assessment is valid (the invalid-input case has no report). */
    static Stream<String> valid() {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(d -> assessment(d) != null)
                    .filter(d -> load(d.getFileName().toString()) != null)
                    .map(d -> d.getFileName().toString()).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path assessment(Path dir) {
        for (String n : List.of("assessment.yaml", "assessment.json")) {
            if (Files.isRegularFile(dir.resolve(n))) return dir.resolve(n);
        }
        return null;
    }

    /** An example checked; null when its input is invalid. */
    static Case load(String name) {
        Path file = assessment(ROOT.resolve(name));
        Outcome o = CHECK.run(new AssessmentReader().read(file, StandardCharsets.UTF_8), Overrides.NONE);
        if (!(o instanceof Outcome.Checked ok)) return null;
        return new Case(name, file, ok, CHECK.underEveryProfile(ok.assessment()),
                ReportMeta.of(file, ok.assessment(), "zhonghe check " + file));
    }

    record Case(String name, Path file, Outcome.Checked checked, Map<String, ClaimResult> profiles, ReportMeta meta) {
        String html(Locale locale) {
            return ReportRenderer.html(checked.assessment(), checked.result(), profiles, meta, locale);
        }

        byte[] pdf(Locale locale) throws MissingCjkFontException {
            return ReportRenderer.pdf(checked.assessment(), checked.result(), profiles, meta, locale);
        }
    }
}
