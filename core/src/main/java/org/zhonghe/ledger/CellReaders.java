package org.zhonghe.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.zhonghe.DecimalText;
import org.zhonghe.assessment.Scope;

/**
 * The reading of one cell's text into a value or a problem: the one reading of every reader of
 * a ledger (io's YAML, JSON, CSV and XLSX, the workbook of the web UI, the batch ledger's slow
 * path and Spark). A text is stripped of surrounding blanks first; an empty text is a missing
 * cell, which the field's schema turns into its default or a {@code field.required} problem
 * before any reader here is asked.
 *
 * <p>Problem codes and arguments (messages {@code problem.CODE} in {@code problems_*.properties}):
 * {@code number.decimal}/{@code number.comma} (the text), {@code number.digits} (the text, the
 * digit limit), {@code number.negative} (the text), {@code number.integer} (the text),
 * {@code number.atLeast}/{@code number.atMost} (the text, the bound), {@code boolean} (the text),
 * {@code date} (the text), {@code hostCountry.format} (the text), {@code entity.id} (the text),
 * {@code text.tooLong} (the number of characters, the limit), and the code of a closed set (the
 * text, the values allowed).
 */
public final class CellReaders {
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]{1,10}");
    private static final Pattern ALPHA_3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern ENTITY_ID = Pattern.compile("[A-Za-z0-9._-]+");

    private CellReaders() {}

    /**
     * An exact decimal as written ({@link DecimalText}: at most {@value DecimalText#MAX_DIGITS}
     * digits), non-negative when {@code nonNegative}. A comma in a text that is not a number
     * earns the hint to use {@code .} for the decimal point.
     */
    public static Cell<BigDecimal> decimal(String text, boolean nonNegative) {
        String t = text.strip();
        DecimalText.Reading read = DecimalText.read(t);
        switch (read.status()) {
            case NOT_A_NUMBER -> {
                String shown = DecimalText.abbreviate(text);
                return Cell.wrong(shown, t.contains(",") ? "number.comma" : "number.decimal", shown);
            }
            case TOO_MANY_DIGITS -> {
                String shown = DecimalText.abbreviate(t);
                return Cell.wrong(shown, "number.digits", shown, String.valueOf(DecimalText.MAX_DIGITS));
            }
            case OK -> { }
        }
        if (nonNegative && read.value().signum() < 0) return Cell.wrong(text, "number.negative", text);
        return Cell.of(read.value());
    }

    /** A whole number written in digits (an optional sign), within {@code min} and {@code max}. */
    public static Cell<Integer> integer(String text, int min, int max) {
        String t = text.strip();
        long value = plainDigits(t);
        if (value < 0) {
            if (!INTEGER.matcher(t).matches()) return Cell.wrong(text, "number.integer", text);
            value = Long.parseLong(t);
        }
        if (value < min) return Cell.wrong(text, "number.atLeast", text, String.valueOf(min));
        if (value > max) return Cell.wrong(text, "number.atMost", text, String.valueOf(max));
        return Cell.of((int) value);
    }

    /**
     * The value of one to nine ASCII digits without a sign (what most cells hold), or -1 for any
     * other text, which the pattern then reads: the same value, without a matcher per cell.
     */
    private static long plainDigits(String t) {
        int n = t.length();
        if (n == 0 || n > 9) return -1;
        long v = 0;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** {@code true} or {@code false}, in lower case, capitalised or in capitals (as spreadsheets write them). */
    public static Cell<Boolean> bool(String text) {
        return switch (text.strip()) {
            case "true", "True", "TRUE" -> Cell.of(Boolean.TRUE);
            case "false", "False", "FALSE" -> Cell.of(Boolean.FALSE);
            default -> Cell.wrong(text, "boolean", text);
        };
    }

    /** An ISO 8601 calendar date, {@code YYYY-MM-DD}. */
    public static Cell<LocalDate> date(String text) {
        try {
            return Cell.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            return Cell.wrong(text, "date", text);
        }
    }

    /**
     * An ISO 8601 date that has come: a day after today is the problem {@code date.future}. Today
     * is taken where it is latest, at UTC+14 (Kiribati's Line Islands), so a day that has begun
     * anywhere on Earth passes, and a date is refused only when it has begun nowhere.
     */
    public static Cell<LocalDate> pastDate(String text) {
        Cell<LocalDate> cell = date(text);
        if (cell.value() == null) return cell;
        LocalDate today = LocalDate.now(java.time.ZoneOffset.ofHours(14));
        return cell.value().isAfter(today) ? Cell.wrong(text, "date.future", text, today.toString()) : cell;
    }

    /**
     * One of a closed set by its id: {@code parse} maps the stripped text to the value; an unknown
     * text is the problem {@code key} with the text and what is {@code expected}.
     */
    public static <E> Cell<E> choice(String text, Function<String, Optional<E>> parse, String key, String expected) {
        Optional<E> value = parse.apply(text.strip());
        return value.isPresent() ? Cell.of(value.get()) : Cell.wrong(text, key, text, expected);
    }

    /**
     * A scope of the GHG Protocol: a whole number first ({@code number.integer}), then 1, 2 or 3
     * ({@code scope.unknown}, with the number).
     */
    public static Cell<Scope> scope(String text) {
        Cell<Integer> n = integer(text, Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (!n.isRead()) return Cell.wrong(n.shown(), n.key(), n.args().toArray());
        String number = String.valueOf(n.value());
        return Scope.of(n.value()).map(Cell::of).orElseGet(() -> Cell.wrong(number, "scope.unknown", number));
    }

    /** An ISO 3166-1 alpha-3 country code: three capital letters ({@code CHN}). */
    public static Cell<String> country(String text) {
        String t = text.strip();
        return ALPHA_3.matcher(t).matches() ? Cell.of(t) : Cell.wrong(text, "hostCountry.format", text);
    }

    /** Text as written (stripped). */
    public static Cell<String> text(String text) {
        return Cell.of(text.strip());
    }

    /**
     * The problem of a text longer than {@code maxLength} characters (stripped), or null when it
     * is not: {@code text.tooLong} with the count and the limit (grouped: {@code 1,001}), the text
     * abbreviated.
     */
    public static <T> Cell<T> tooLong(String text, int maxLength) {
        String t = text.strip();
        if (t.length() <= maxLength) return null;
        return Cell.wrong(DecimalText.abbreviate(t), "text.tooLong", String.format(Locale.ROOT, "%,d", t.length()),
                String.format(Locale.ROOT, "%,d", maxLength));
    }

    /** An entity's id: ASCII letters, digits, {@code .}, {@code _} and {@code -} (assessment-format.md). */
    public static Cell<String> entityId(String text) {
        String t = text.strip();
        return ENTITY_ID.matcher(t).matches() ? Cell.of(t) : Cell.wrong(text, "entity.id", text);
    }

    /**
     * A boundary written in one cell: scopes separated by {@code |} ({@code 1|2|3}), each read as
     * {@link #scope} reads one (the problem names the part), or {@code none} for no scope.
     */
    public static Cell<Set<Scope>> scopes(String text) {
        String t = text.strip();
        Set<Scope> out = EnumSet.noneOf(Scope.class);
        if (t.equals("none")) return Cell.of(Set.of());
        for (String part : t.split("\\|", -1)) {
            Cell<Scope> s = scope(part);
            if (!s.isRead()) return Cell.wrong(s.shown(), s.key(), s.args().toArray());
            out.add(s.value());
        }
        return Cell.of(Set.copyOf(out));
    }

    /** Ids written in one cell, separated by {@code |} or commas, each stripped; empty parts are skipped. */
    public static Cell<List<String>> ids(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split("[|,]")) if (!part.isBlank()) out.add(part.strip());
        return Cell.of(List.copyOf(out));
    }
}
