package org.zhonghe.activity;

import java.util.Objects;
import java.util.Optional;

/**
 * The unit of a factor: a numerator unit (with the gas it counts, for an emission factor) per a
 * denominator unit — {@code kg/TJ}, {@code t CO2/MWh}, {@code TJ/Gg} (a net calorific value),
 * {@code t/m³} (a density).
 *
 * @param numerator   mass of gas (emission factor), energy (calorific value) or mass (density)
 * @param gas         the gas written in the unit ({@code t CO2/MWh}); may be null
 * @param denominator the unit of the activity amount the factor applies to
 */
public record FactorUnit(ActivityUnit numerator, String gas, ActivityUnit denominator) {
    public FactorUnit {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
    }

    /** Reads {@code kg/TJ}, {@code t CO2/MWh}, {@code kg CO2e/kWh}; empty when not of that form. */
    public static Optional<FactorUnit> parse(String text) {
        if (text == null) return Optional.empty();
        String[] parts = text.strip().split("/", -1);
        if (parts.length != 2) return Optional.empty();
        String[] top = parts[0].strip().split("\\s+");
        if (top.length > 2) return Optional.empty();
        Optional<ActivityUnit> num = ActivityUnit.fromSymbol(top[0]);
        Optional<ActivityUnit> den = ActivityUnit.fromSymbol(parts[1].strip());
        if (num.isEmpty() || den.isEmpty()) return Optional.empty();
        return Optional.of(new FactorUnit(num.get(), top.length == 2 ? top[1] : null, den.get()));
    }

    @Override
    public String toString() {
        return numerator.symbol() + (gas == null ? "" : " " + gas) + "/" + denominator.symbol();
    }
}
