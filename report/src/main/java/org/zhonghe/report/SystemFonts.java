package org.zhonghe.report;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The fonts a PDF report embeds, found on this machine. PDFBox embeds TrueType outlines only, so
 * the CJK font is WenQuanYi Zen Hei ({@code fonts-wqy-zenhei}, a .ttc) or Droid Sans Fallback
 * ({@code fonts-droid-fallback}); Noto CJK (CFF outlines) does not work. DejaVu gives Latin text.
 *
 * @param searched the folders searched
 * @param cjk      a CJK font file; empty when none was found
 * @param sans     DejaVu Sans; may be empty
 * @param sansBold DejaVu Sans Bold; may be empty
 * @param mono     DejaVu Sans Mono; may be empty
 */
record SystemFonts(List<Path> searched, Optional<Path> cjk, Optional<Path> sans, Optional<Path> sansBold,
                   Optional<Path> mono) {
    /** CJK fonts with TrueType outlines, the preferred first. */
    static final List<String> CJK_FILES = List.of("wqy-zenhei.ttc", "wqy-microhei.ttc", "droidsansfallbackfull.ttf",
            "droidsansfallback.ttf");
    /** Where to look when neither the system property {@code zhonghe.font.dirs} nor {@code ZHONGHE_FONT_DIRS} says. */
    static final List<String> STANDARD_DIRS = List.of("/usr/share/fonts", "/usr/local/share/fonts",
            System.getProperty("user.home") + "/.local/share/fonts", System.getProperty("user.home") + "/.fonts",
            "/Library/Fonts", "/System/Library/Fonts", "C:\\Windows\\Fonts");
    private static final int DEPTH = 5;
    private static volatile SystemFonts cached;
    private static volatile String cachedFor;

    /** The fonts in the folders this machine is configured for (cached per configuration). */
    static SystemFonts installed() {
        List<Path> dirs = configuredDirs();
        String key = dirs.toString();
        SystemFonts f = cached;
        if (f == null || !key.equals(cachedFor)) {
            f = search(dirs);
            cached = f;
            cachedFor = key;
        }
        return f;
    }

    static List<Path> configuredDirs() {
        String given = System.getProperty("zhonghe.font.dirs");
        if (given == null) given = System.getenv("ZHONGHE_FONT_DIRS");
        List<String> names = given == null ? STANDARD_DIRS : List.of(given.split(File.pathSeparator));
        return names.stream().filter(s -> !s.isBlank()).map(Path::of).toList();
    }

    /** The fonts found under {@code dirs}. */
    static SystemFonts search(List<Path> dirs) {
        Map<String, Path> byName = new HashMap<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.walk(dir, DEPTH)) {
                files.filter(Files::isRegularFile).forEach(p ->
                        byName.putIfAbsent(p.getFileName().toString().toLowerCase(Locale.ROOT), p));
            } catch (IOException | java.io.UncheckedIOException e) {
                // an unreadable folder holds no font we can use
            }
        }
        Optional<Path> cjk = CJK_FILES.stream().map(byName::get).filter(p -> p != null).findFirst();
        return new SystemFonts(List.copyOf(dirs), cjk, Optional.ofNullable(byName.get("dejavusans.ttf")),
                Optional.ofNullable(byName.get("dejavusans-bold.ttf")),
                Optional.ofNullable(byName.get("dejavusansmono.ttf")));
    }

    /** True when {@code s} holds a character that only a CJK font draws. */
    static boolean hasCjk(String s) {
        return s.codePoints().anyMatch(cp -> (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFFEF)
                || (cp >= 0x20000 && cp <= 0x3FFFD));
    }
}
