package org.zhonghe.registry;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhonghe.assessment.CreditKey;

/**
 * A serial number read by its registry's grammar: the block it names ({@code blockKey}: the
 * serial without its unit numbers) and, where the layout has them, the units it holds.
 * <ul>
 * <li>Verra: {@code BATCH-FIRST-LAST-VCS-VCU-…}, e.g.
 *     {@code 19381-941412555-941441125-VCS-VCU-1310-VER-CN-13-3005-01012022-31102022-0}; the key is
 *     what follows the three numbers (unit numbers are unique across Verra).</li>
 * <li>Gold Standard: {@code GS1-1-KE-GS11603-16-2025-30256-110-5463}: the last two numbers are
 *     the first and last unit of batch {@code 30256}; CERs of the CDM registry that Gold Standard
 *     lists as {@code RW-5-1463953-2-2-0-7014 - RW-5-1467609-2-2-0-7014} (country, commitment
 *     period, unit, …, project: first and last unit written in full).</li>
 * <li>ACR, CAR, ART (the APX platform): {@code ACR-FR-1129-2025-2917-30932 to 35143}.</li>
 * <li>Cercarbono: the block serial with the units in separate {@code from}/{@code to} columns;
 *     a credit writes them as {@code CDC_1_1_1_321_14_1_2009 4426 to 4971} (or {@code 4426-4971}).</li>
 * <li>Isometric: retirement and issuance ids ({@code ret_…}, {@code iss_…}), no unit numbers.</li>
 * </ul>
 * A serial without unit numbers matches only the same serial. Serials are compared by their
 * canonical form ({@link CreditKey#canonicalSerial}: invisible characters removed, full-width
 * forms, dash variants and look-alike letters read as ASCII, case folded), on both sides: a credit
 * written {@code …-vcs-vcu-…}, with an en dash or full-width digits finds the block the export
 * writes {@code …-VCS-VCU-…}, and an Isometric {@code ret_…} id its retirement however its case.
 * The block key is that canonical form; the text stays as written.
 *
 * @param registry the registry whose grammar read it
 * @param text     the serial as written (trimmed)
 * @param blockKey the block it belongs to, in canonical form (upper case)
 * @param range    its units; null when the layout has none
 */
public record Serial(Registry registry, String text, String blockKey, UnitRange range) {
    private static final Pattern VERRA = Pattern.compile("^(\\d+)-(\\d+)-(\\d+)-(.+)$");
    private static final Pattern GOLD_STANDARD = Pattern.compile("^(GS.+)-(\\d+)-(\\d+)$");
    private static final Pattern CDM = Pattern.compile("^([A-Z]{2}-\\d+)-(\\d+)-(.+?)\\s+-\\s+\\1-(\\d+)-\\3$");
    // read on the canonical, upper-case form: the "to" between unit numbers is "TO" there
    private static final Pattern APX = Pattern.compile("^(.+)-(\\d+)\\s+TO\\s+(\\d+)$");
    private static final Pattern CERCARBONO = Pattern.compile("^(\\S+)(?:\\s+|:)(\\d+)\\s*(?:-|TO)\\s*(\\d+)$");

    public Serial {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(blockKey, "blockKey");
    }

    public Optional<UnitRange> units() {
        return Optional.ofNullable(range);
    }

    /**
     * Reads {@code text} by {@code registry}'s grammar.
     *
     * @throws IllegalArgumentException naming what was expected, when a registry with unit
     *                                  numbers in its serials (Verra, Gold Standard) gets none,
     *                                  or the last unit precedes the first
     */
    public static Serial parse(Registry registry, String text) {
        String t = Objects.requireNonNull(text, "text").strip();
        if (t.isEmpty()) throw new IllegalArgumentException("empty serial number");
        String c = CreditKey.canonicalSerial(t);
        return switch (registry) {
            case VERRA -> ranged(registry, t, VERRA.matcher(c), 4, 2, true,
                    "BATCH-FIRST-LAST-VCS-… (e.g. 19381-941412555-941441125-VCS-VCU-…)");
            case GOLD_STANDARD -> CDM.matcher(c).matches() ? cdm(registry, t, CDM.matcher(c))
                    : ranged(registry, t, GOLD_STANDARD.matcher(c), 1, 2, true,
                    "GS…-FIRST-LAST (e.g. GS1-1-KE-GS11603-16-2025-30256-110-5463)");
            case ACR, CAR, ART -> ranged(registry, t, APX.matcher(c), 1, 2, false, "");
            case CERCARBONO -> ranged(registry, t, CERCARBONO.matcher(c), 1, 2, false, "");
            case ISOMETRIC -> new Serial(registry, t, c, null);
        };
    }

    /** A Cercarbono block: its serial and the {@code from}/{@code to} unit numbers. */
    public static Serial withUnits(Registry registry, String blockSerial, UnitRange range) {
        String key = blockSerial.strip();
        return new Serial(registry, key + " " + range, CreditKey.canonicalSerial(key), range);
    }

    private static Serial ranged(Registry registry, String t, Matcher m, int keyGroup, int firstGroup,
                                 boolean required, String expected) {
        if (!m.matches()) {
            if (required) throw new IllegalArgumentException("serial '" + t + "' is not " + expected);
            return new Serial(registry, t, CreditKey.canonicalSerial(t), null);
        }
        long first = number(m.group(firstGroup), t);
        long last = number(m.group(firstGroup + 1), t);
        if (last < first) {
            throw new IllegalArgumentException("serial '" + t + "': last unit " + last + " before first unit " + first);
        }
        return new Serial(registry, t, m.group(keyGroup), new UnitRange(first, last));
    }

    private static Serial cdm(Registry registry, String t, Matcher m) {
        if (!m.matches()) throw new IllegalStateException(t);
        long first = number(m.group(2), t);
        long last = number(m.group(4), t);
        if (last < first) {
            throw new IllegalArgumentException("serial '" + t + "': last unit " + last + " before first unit " + first);
        }
        return new Serial(registry, t, m.group(1) + "-*-" + m.group(3), new UnitRange(first, last));
    }

    private static long number(String digits, String serial) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("serial '" + serial + "': unit number " + digits + " too large");
        }
    }
}
