package org.zhonghe.activity;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhonghe.Messages;

/**
 * How a record's tonnes were computed: the exact product of the amount and each factor, with
 * the factors' ids (set and factor), as Climatiq records its calculation method.
 *
 * @param formula   {@code 1000 t × 0.001 Gg/t × 43.0 TJ/Gg [ipcc-2006 ncv/gas-diesel-oil] × … = 3186.3 t CO2}
 * @param factorIds {@code ipcc-2006 ncv/gas-diesel-oil}, …, in the order applied
 * @param exact     false when a unit conversion had no finite decimal (then rounded to 34 digits)
 * @param note      a message key (bundle {@code activity.note.*}) saying what was chosen, e.g. the
 *                  grid average for want of a residual mix; may be null
 * @param noteArgs  its arguments
 */
public record Derivation(String formula, List<String> factorIds, boolean exact, String note, List<String> noteArgs) {
    /**
     * The formula's only words, in its canonical (English) notation, which a computed ledger keeps
     * in its {@code derivation} column: the certificates' volume when it exceeds the consumption
     * ({@code [GEC-1; 1200 MWh held]}) and the certificates that do not fit it
     * ({@code [not applied: IREC-9]}). Every text a person reads (the CLI, the JSON of a result or
     * an inventory, which the web UI shows, and the report) gives them in its language
     * ({@link #localized}).
     */
    public static final String HELD = "held";

    public static final String NOT_APPLIED = "not applied";

    /** {@code ; 1200 MWh held]}: the volume is the group. */
    private static final Pattern HELD_VOLUME =
            Pattern.compile("; ([^;\\[\\]]+) " + HELD + "\\]");
    private static final String NOT_APPLIED_OPENING = "[" + NOT_APPLIED + ": ";

    public Derivation {
        Objects.requireNonNull(formula, "formula");
        factorIds = List.copyOf(factorIds);
        noteArgs = List.copyOf(noteArgs);
    }

    /** The formula as a person reads it in {@code m}'s language (the numbers and ids as they are). */
    public String formula(Messages m) {
        return localized(formula, m);
    }

    /**
     * A formula of canonical notation with its words in {@code m}'s language: {@code held} and
     * {@code not applied} (messages {@code activity.formula.held}, {@code activity.formula.notApplied}).
     */
    public static String localized(String formula, Messages m) {
        if (formula.indexOf('[') < 0) return formula;
        Matcher held = HELD_VOLUME.matcher(formula);
        String shown = held.find()
                ? held.replaceFirst(Matcher.quoteReplacement("; " + m.get("activity.formula.held", held.group(1)) + "]"))
                : formula;
        return shown.replace(NOT_APPLIED_OPENING, "[" + m.get("activity.formula.notApplied") + ": ");
    }

    public Derivation withNote(String key, List<String> args) {
        return new Derivation(formula, factorIds, exact, key, args);
    }
}
