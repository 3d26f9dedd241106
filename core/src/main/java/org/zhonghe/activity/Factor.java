package org.zhonghe.activity;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One value of a factor set, with its citation.
 *
 * @param id       unique within its set ({@code ipcc-2006:energy:gas-diesel-oil:CO2})
 * @param activity the activity it applies to ({@code fuel-combustion}, {@code electricity} …)
 * @param subject  the fuel or the grid ({@code gas-diesel-oil}, {@code CN})
 * @param sector   the sector it is for ({@code energy}, {@code manufacturing}); null for any
 * @param year     the year it is for; null for any
 * @param quantity the gas ({@code CO2}, {@code CH4}, {@code N2O} …; {@link #BIOGENIC_CO2} for the CO2
 *                 of a biomass fuel) or the fuel property
 *                 ({@link #NCV}, {@link #DENSITY})
 * @param value    the value, in {@code unit}
 * @param unit     e.g. {@code kg/TJ}, {@code TJ/Gg}, {@code t CO2/MWh}
 * @param source   the citation: document, table and row
 */
public record Factor(String id, String activity, String subject, String sector, Integer year, String quantity,
                     BigDecimal value, FactorUnit unit, String source) {
    /** A net calorific value (energy per mass or volume). */
    public static final String NCV = "NCV";
    /**
     * The CO2 of burning biomass (IPCC 2006 Vol. 2 Ch. 2: reported as an information item, not in
     * the energy sector's total): its records are CO2 marked biogenic.
     */
    public static final String BIOGENIC_CO2 = "CO2-biogenic";
    /** A density (mass per volume). */
    public static final String DENSITY = "density";

    public Factor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        if (value.signum() < 0) throw new IllegalArgumentException("negative factor " + id + ": " + value);
    }

    /** Whether this is a property of the fuel (NCV, density) rather than an emission factor. */
    public boolean isProperty() {
        return quantity.equals(NCV) || quantity.equals(DENSITY);
    }

    /** Whether it holds for {@code sector} ({@code null} sector: any) and {@code year}. */
    boolean appliesTo(String sector, Integer year) {
        return (this.sector == null || this.sector.equals(sector)) && (this.year == null || this.year.equals(year));
    }
}
