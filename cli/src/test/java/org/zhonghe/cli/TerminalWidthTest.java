package org.zhonghe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.zhonghe.output.Texts;

/**
 * Issue 19: every line of the text commands — headings, reasons, notes, the text of check,
 * profiles, targets and registry, not only the tables — fits the terminal's width (COLUMNS, read
 * from the environment, so each command runs in its own JVM), and no word, number or serial is
 * broken to fit.
 */
class TerminalWidthTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final String REGISTRIES = ROOT.resolve("examples/registries").toString();
    /** Runs of letters, digits and the marks of numbers and serials that must come out whole. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9§][A-Za-z0-9§.,:/_\\-]{5,}");

    private static String run(Integer columns, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Zhonghe.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(ROOT.toFile()).redirectErrorStream(true);
        pb.environment().remove("COLUMNS");
        if (columns != null) pb.environment().put("COLUMNS", columns.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(out).as(String.join(" ", args)).isNotBlank();
        return out;
    }

    private static Set<String> tokens(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) found.add(m.group().replaceAll("[.,:]+$", ""));
        return found;
    }

    /**
     * A line of a table whose columns at their narrowest are wider than the terminal (seven columns
     * of at least eight): aligned cells two spaces apart, or a wrapped cell far right; text lines
     * are indented six columns at most.
     */
    private static boolean tableLine(String line) {
        String cells = line.strip();
        boolean aligned = cells.contains("  ") || line.length() - line.stripLeading().length() > 8;
        return aligned && Arrays.stream(cells.split(" {2,}")).noneMatch(cell -> Texts.width(cell) > 40);
    }

    private static void fits(int columns, String... args) throws Exception {
        String wide = run(null, args);
        String narrow = run(columns, args);
        String name = String.join(" ", args);
        assertThat(wide.lines().mapToInt(Texts::width).max().orElse(0)).as(name + " without COLUMNS is wider (else the test proves nothing)")
                .isGreaterThan(columns);
        for (String line : narrow.lines().toList()) {
            if (Texts.width(line) > columns && !tableLine(line)) {
                assertThat(Texts.longestUnit(line)).as(name + ": a line wider than " + columns + " that could have been wrapped:\n" + line)
                        .isGreaterThan(columns - 12);
            }
        }
        assertThat(tokens(narrow)).as(name + ": every word, number and serial comes out whole").containsAll(tokens(wide));
    }

    @Test
    void check_in_english_and_chinese_and_under_every_profile_fits_60_columns() throws Exception {
        fits(60, "check", "examples/winter-games-event/assessment.yaml", "--lang", "en", "--all");
        fits(60, "check", "examples/offset-portfolio-credit-checks/assessment.yaml", "--lang", "zh");
        fits(72, "check", "examples/winter-games-event/assessment.yaml", "--lang", "en", "--profile", "all");
    }

    @Test
    void profiles_concepts_and_targets_fit_60_columns() throws Exception {
        fits(60, "profiles", "--lang", "en");
        fits(60, "profiles", "--lang", "zh");
        fits(60, "concepts", "--lang", "zh");
        fits(60, "targets", "show", "CHN", "--lang", "en");
        fits(40, "targets", "stats", "--lang", "zh");
    }

    @Test
    void registry_look_ups_fit_60_columns() throws Exception {
        fits(60, "registry", "claims", REGISTRIES, "--lang", "en");
        fits(60, "registry", "show", "GS1-1-KE-GS11603-16-2025-30256-110-5463", "--registry-data", REGISTRIES, "--lang", "zh");
    }
}
