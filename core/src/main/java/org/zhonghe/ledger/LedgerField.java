package org.zhonghe.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One field of a ledger section, defined once for every reader (docs/ledger-schema.md): its
 * name, whether a record must have it, its value when the cell is empty, the most characters its
 * text may have, and the reading of its cell's text ({@link CellReaders}).
 *
 * @param name      the field's name, as in a header row or a YAML key ({@code amount})
 * @param required  whether an empty cell is the problem {@code field.required}
 * @param absent    the value of an empty cell that is not required (its default); may be null
 * @param maxLength the most characters the text may have ({@link #KEY_TEXT}, {@link #FREE_TEXT};
 *                  a decimal's length is bounded by {@code DecimalText} instead)
 * @param reader    the reading of the cell's text into a value or a problem
 * @param <T>       the value's type
 */
public record LedgerField<T>(String name, boolean required, T absent, int maxLength, Function<String, Cell<T>> reader) {
    /** Characters of an id, a registry, a serial, a code, a number. */
    public static final int KEY_TEXT = 200;
    /** Characters of prose: a source, a measure, a name. */
    public static final int FREE_TEXT = 1000;

    public LedgerField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reader, "reader");
        if (required && absent != null) throw new IllegalArgumentException("required field '" + name + "' with a default");
    }

    /** The value of a cell's text (never empty: an empty cell is {@link #absent} or required). */
    public Cell<T> read(String text) {
        return reader.apply(text);
    }

    /**
     * The value of a cell's text as every reader takes it: {@code text.tooLong} when the text
     * (stripped) has more than {@link #maxLength} characters, else {@link #read}. A reader that
     * has the cell's bytes may skip the count when they are no more than {@code maxLength}
     * (UTF-8 has at least one byte per character).
     */
    public Cell<T> cell(String text) {
        Cell<T> tooLong = CellReaders.tooLong(text, maxLength);
        return tooLong != null ? tooLong : reader.apply(text);
    }

    /** The group of a dotted field, its name's first part ({@code factor} of {@code factor.value}); null when none. */
    public String group() {
        int dot = name.indexOf('.');
        return dot < 0 ? null : name.substring(0, dot);
    }

    /**
     * The field as written inside its group's mapping, under the rest of its name ({@code value}
     * of {@code factor.value}), with the same default, limit and reading; itself when it has no group.
     */
    public LedgerField<T> inGroup() {
        int dot = name.indexOf('.');
        return dot < 0 ? this : new LedgerField<>(name.substring(dot + 1), required, absent, maxLength, reader);
    }

    /** Text as written, stripped of surrounding blanks as batch reads every cell (an id, a registry, a serial, a gas). */
    public static LedgerField<String> text(String name, boolean required) {
        return new LedgerField<>(name, required, null, KEY_TEXT, CellReaders::text);
    }

    /** Prose as written, stripped (a source, a measure), up to {@link #FREE_TEXT} characters. */
    public static LedgerField<String> prose(String name, boolean required) {
        return new LedgerField<>(name, required, null, FREE_TEXT, CellReaders::text);
    }

    /** An exact decimal ({@link CellReaders#decimal}); {@code absent} is its default (null: none). */
    public static LedgerField<BigDecimal> decimal(String name, boolean required, boolean nonNegative, BigDecimal absent) {
        return new LedgerField<>(name, required, absent, Integer.MAX_VALUE, t -> CellReaders.decimal(t, nonNegative));
    }

    /** A whole number of at least {@code min} ({@link CellReaders#integer}). */
    public static LedgerField<Integer> integer(String name, boolean required, int min) {
        return new LedgerField<>(name, required, null, KEY_TEXT, t -> CellReaders.integer(t, min, Integer.MAX_VALUE));
    }

    /** A yes/no field with its default ({@link CellReaders#bool}). */
    public static LedgerField<Boolean> flag(String name, boolean absent) {
        return new LedgerField<>(name, false, absent, KEY_TEXT, CellReaders::bool);
    }

    /** An optional yes/no field whose absence is no answer (null). */
    public static LedgerField<Boolean> bool(String name) {
        return new LedgerField<>(name, false, null, KEY_TEXT, CellReaders::bool);
    }

    /** An ISO date ({@link CellReaders#date}). */
    public static LedgerField<LocalDate> date(String name, boolean required) {
        return new LedgerField<>(name, required, null, KEY_TEXT, CellReaders::date);
    }

    /** One of a closed set by id ({@link CellReaders#choice}); {@code absent} is its default (null: none). */
    public static <E> LedgerField<E> choice(String name, boolean required, E absent, Function<String, Optional<E>> parse,
                                            String key, String expected) {
        return new LedgerField<>(name, required, absent, KEY_TEXT, t -> CellReaders.choice(t, parse, key, expected));
    }

    /** An ISO 3166-1 alpha-3 country ({@link CellReaders#country}). */
    public static LedgerField<String> country(String name) {
        return new LedgerField<>(name, false, null, KEY_TEXT, CellReaders::country);
    }
}
