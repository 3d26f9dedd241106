package org.zhonghe.registry;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day of a date in every form the exports use: {@code 2026-04-03},
 * {@code 2026-04-09T18:21:22.047712Z} (the UTC day), {@code 2026-04-13T12:35:58.842275},
 * {@code 2022-02-24 20:20:59}, {@code 4/13/2026 7:17:56 PM} and {@code 04/08/2026}
 * (US month/day/year, as the APX platform writes them; the time is dropped).
 */
public final class RegistryDates {
    private static final Pattern ISO = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)([zZ]|[+-]\\d{2}:?\\d{2})?)?$");
    private static final Pattern US = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*[AaPp][Mm])?)?$");

    private RegistryDates() {}

    /** @throws IllegalArgumentException when {@code text} is none of the forms above */
    public static LocalDate parse(String text) {
        String t = text.strip();
        try {
            Matcher iso = ISO.matcher(t);
            if (iso.matches()) {
                if (iso.group(5) != null && !iso.group(5).equalsIgnoreCase("z")) {
                    return OffsetDateTime.parse(t.replace(' ', 'T')).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
                }
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            }
            Matcher us = US.matcher(t);
            if (us.matches()) {
                return LocalDate.of(Integer.parseInt(us.group(3)), Integer.parseInt(us.group(1)), Integer.parseInt(us.group(2)));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("is not a valid date (" + e.getMessage() + ")");
        }
        throw new IllegalArgumentException("is not a date (expected 2026-04-03, 2026-04-09T18:21:22Z, 4/13/2026 7:17:56 PM or 04/08/2026)");
    }
}
