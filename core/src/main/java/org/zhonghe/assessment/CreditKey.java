package org.zhonghe.assessment;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The canonical key of a carbon credit, by which credits are compared (rules.md §4 check 7; the
 * style guide's "Ledgers that must not be gamed"): two credits are the same credit when their keys
 * are equal, however their registry and serial were spelt. The text as written stays on the
 * {@link Credit} for output; the key is only compared and stored.
 *
 * <p>Registry: Unicode NFKC, invisible characters removed, dashes, dots, underscores and spaces
 * folded to one space, case folded; then one id per registry with its aliases ({@code Verra},
 * {@code VCS}, {@code Verified Carbon Standard} are {@code VERRA}). An unknown registry is its
 * folded text in upper case.
 *
 * <p>Serial: Unicode NFKC (full-width {@code ０００１} is {@code 0001}), invisible and format
 * characters removed (zero-width space and joiners, BOM, soft hyphen, word joiner, bidi marks,
 * variation selectors), trimmed, runs of white space one space, every dash (Unicode Pd, minus
 * sign) {@code -}, and Cyrillic and Greek letters that look Latin read as the Latin letter.
 * Case is folded for the registries listed here, whose serial grammars are upper-case letters,
 * digits and separators (Zhonghe's reading: none of them issues two serials that differ in case
 * alone); an unknown registry's serial keeps its case.
 *
 * @param registry the registry's canonical id, never blank
 * @param serial   the serial's canonical form
 */
public record CreditKey(String registry, String serial) {
    private static final Map<String, String> REGISTRIES = registries();

    public CreditKey {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(serial, "serial");
    }

    /** The key of a credit as written. */
    public static CreditKey of(Credit c) {
        return of(c.registry(), c.serial());
    }

    /** The key of {@code registry} and {@code serial} as written. */
    public static CreditKey of(String registry, String serial) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(serial, "serial");
        Registry r = SEEN.get(registry);
        if (r == null) {
            String folded = registryText(registry);
            String id = REGISTRIES.get(folded);
            r = id != null ? new Registry(id, true) : new Registry(folded.toUpperCase(Locale.ROOT), false);
            if (SEEN.size() < 1024) SEEN.put(registry, r);
        }
        String s = serialText(serial);
        return new CreditKey(r.id(), r.known() ? s.toUpperCase(Locale.ROOT) : s);
    }

    /** A registry as written, read: its canonical id, and whether it is one of {@link #REGISTRIES}. */
    private record Registry(String id, boolean known) {}

    /**
     * The registries read so far, by their text as written (a ledger names a few, on every credit):
     * the canonical id is made once for each, at most 1,024 kept.
     */
    private static final Map<String, Registry> SEEN = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The canonical form of a serial of a registry whose serials are upper-case letters, digits and
     * separators (every registry listed here): the serial of {@link #of}, case folded to upper case.
     * The registry module makes the block keys of the registries' exports and of the credits looked
     * up in them with it, so that {@code 19381-941412555-941441125-vcs-vcu-…}, an en dash or
     * full-width digits find the block the export writes {@code …-VCS-VCU-…} (the comparison
     * {@code SERIAL_CONFUSABLE_CHARACTERS} tells of).
     */
    public static String canonicalSerial(String serial) {
        return serialText(Objects.requireNonNull(serial, "serial")).toUpperCase(Locale.ROOT);
    }

    /**
     * Whether the serials of {@code registry} (as written) are compared without case: it is one of the
     * registries listed here, whose serial grammars are upper-case ({@link #of} folds them).
     */
    public static boolean foldsCase(String registry) {
        String s = of(registry, "a").serial();
        return s.equals("A");
    }

    /** The canonical id of a registry as written ({@code vcs} → {@code VERRA}). */
    public static String registryId(String registry) {
        return of(registry, "").registry();
    }

    /**
     * True when {@code serial} holds a character that a reader cannot see or tells apart from
     * another: an invisible or format character, a compatibility form (full-width, ligature…), a
     * dash other than {@code -}, a non-breaking or other unusual space, or a look-alike Cyrillic or
     * Greek letter. Leading and trailing ASCII spaces alone are not counted.
     */
    public static boolean isConfusable(String serial) {
        if (isPrintableAscii(serial)) return false; // every character passes the loop below (nearly every serial)
        String t = serial.strip();
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ' || (cp > ' ' && cp < 0x7F)) continue;
            if (isInvisible(cp) || isDash(cp) || HOMOGLYPHS.indexOf(cp) >= 0 || Character.isWhitespace(cp)
                    || Character.isSpaceChar(cp)) return true;
            String one = new String(Character.toChars(cp));
            if (!Normalizer.normalize(one, Normalizer.Form.NFKC).equals(one)) return true;
        }
        return false;
    }

    private static String registryText(String text) {
        String s = (isPrintableAscii(text) ? text : visible(Normalizer.normalize(text, Normalizer.Form.NFKC)))
                .toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isDash(cp) || cp == '.' || cp == '_' || Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                gap = true;
                continue;
            }
            if (gap && out.length() > 0) out.append(' ');
            gap = false;
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    private static String serialText(String text) {
        if (isPrintableAscii(text) && text.indexOf("  ") < 0 && !text.startsWith(" ") && !text.endsWith(" ")) {
            return text; // already canonical: NFKC keeps printable ASCII, which has no invisible character or
                         // homoglyph, and its one dash is '-'
        }
        String s = visible(Normalizer.normalize(text, Normalizer.Form.NFKC));
        StringBuilder out = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                gap = true;
                continue;
            }
            if (gap && out.length() > 0) out.append(' ');
            gap = false;
            int h = HOMOGLYPHS.indexOf(cp);
            out.appendCodePoint(isDash(cp) ? '-' : h >= 0 ? LATIN.charAt(h) : cp);
        }
        return out.toString();
    }

    /**
     * Whether every character of {@code s} is printable ASCII (U+0020 to U+007E): NFKC leaves such
     * text as it is and it holds no invisible or format character, so the canonical forms above
     * are made without the normaliser (nearly every registry name and serial; a batch ledger asks
     * for hundreds of thousands of keys).
     */
    static boolean isPrintableAscii(String s) {
        // a loop of charAt, which the client compiler that batch runs a mixed ledger with inlines
        // (-XX:+PrintInlining); reading the text as UTF-8 bytes first made an array per call, three
        // calls per credit (docs/performance.md, session 14)
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7E) return false;
        }
        return true;
    }

    /** The text without invisible and format characters. */
    private static String visible(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(cp -> !isInvisible(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT // zero-width space/joiners, BOM, soft hyphen, word joiner, bidi marks
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF) // variation selectors
                || cp == 0x034F || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 // fillers
                || (type == Character.CONTROL && !Character.isWhitespace(cp));
    }

    private static boolean isDash(int cp) {
        return Character.getType(cp) == Character.DASH_PUNCTUATION || cp == 0x2212 || cp == 0x2043 || cp == 0xFE63 || cp == 0xFF0D;
    }

    /** Cyrillic and Greek capitals and small letters that look like the Latin letter at the same index of {@link #LATIN}. */
    private static final String HOMOGLYPHS = "АВЕКМНОРСТХУаеорсухіјѕԁԛԝ" + "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧονρ";
    private static final String LATIN = "ABEKMHOPCTXYaeopcyxijsdqw" + "ABEZHIKMNOPTYXovp";

    private static Map<String, String> registries() {
        Map<String, String> m = new java.util.HashMap<>();
        alias(m, "VERRA", "verra", "vcs", "vcu", "verra vcs", "vcs verra", "verified carbon standard", "verra registry",
                "vcs registry");
        alias(m, "GOLD_STANDARD", "gold standard", "goldstandard", "gs", "gsf", "gold standard foundation",
                "gold standard registry", "gs4gg", "gold standard for the global goals");
        alias(m, "ACR", "acr", "american carbon registry");
        alias(m, "CAR", "car", "climate action reserve");
        alias(m, "ART", "art", "art trees", "trees", "architecture for redd+ transactions");
        alias(m, "ISOMETRIC", "isometric", "isometric registry");
        alias(m, "CERCARBONO", "cercarbono", "ecoregistry");
        alias(m, "CCER", "ccer", "国家核证自愿减排量", "中国核证自愿减排量", "核证自愿减排量",
                "china certified emission reduction", "chinese certified emission reduction", "china ccer");
        alias(m, "PHCER", "phcer", "碳普惠", "碳普惠核证减排量");
        alias(m, "CDM", "cdm", "clean development mechanism", "cer", "unfccc cdm");
        alias(m, "PURO", "puro", "puro earth", "puro.earth");
        alias(m, "PLAN_VIVO", "plan vivo", "planvivo");
        alias(m, "GCC", "gcc", "global carbon council");
        return Map.copyOf(m);
    }

    private static void alias(Map<String, String> m, String id, String... names) {
        for (String n : names) {
            String folded = registryText(n);
            String before = m.put(folded, id);
            if (before != null && !before.equals(id)) throw new IllegalStateException("alias '" + n + "' of two registries");
        }
    }
}
