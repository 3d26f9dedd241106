package org.zhonghe.activity;

import java.util.List;
import java.util.Objects;

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
    public Derivation {
        Objects.requireNonNull(formula, "formula");
        factorIds = List.copyOf(factorIds);
        noteArgs = List.copyOf(noteArgs);
    }

    public Derivation withNote(String key, List<String> args) {
        return new Derivation(formula, factorIds, exact, key, args);
    }
}
