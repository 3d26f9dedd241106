package org.zhonghe;

import java.util.Objects;

/**
 * A gas as the GWP table names it ({@code CO2}, {@code CH4}, {@code CH4-fossil}, {@code HFC134a},
 * {@code CF4} …), or {@code CO2e} for a quantity already in CO2-equivalent.
 *
 * @param id     the canonical id (the table's species name)
 * @param family what the gas is for the balance
 */
public record Gas(String id, GasFamily family) {
    public static final Gas CO2 = new Gas("CO2", GasFamily.CO2);
    public static final Gas CO2E = new Gas("CO2e", GasFamily.CO2E);

    public Gas {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(family, "family");
    }

    /** The gas of a canonical id. */
    public static Gas of(String id) {
        return new Gas(id, GasFamily.of(id));
    }

    @Override
    public String toString() {
        return id;
    }
}
