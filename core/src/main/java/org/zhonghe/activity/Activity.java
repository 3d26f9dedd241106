package org.zhonghe.activity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.zhonghe.assessment.Origin;
import org.zhonghe.assessment.Period;
import org.zhonghe.assessment.Scope;

/**
 * One line of activity data (assessment-format.md, {@code activities}).
 *
 * @param id             unique within the activities; the {@code source} of the records it yields
 * @param kind           what it is
 * @param fuel           the fuel (fuel combustion; IPCC 2006 names, {@code gas-diesel-oil}) or the
 *                       material of a process; may be null
 * @param grid           the grid (purchased energy; {@code CN}); may be null
 * @param gas            the gas leaked (refrigerant leak) or counted (process); may be null
 * @param amount         not negative, in {@code unit}
 * @param unit           mass, volume or energy
 * @param scope          the scope of the records it yields
 * @param sector         {@code energy} (default) or {@code manufacturing}: picks the IPCC table
 * @param year           the year whose factors apply (a grid's; a set's rows for a year, of any activity);
 *                       null: the year the period starts
 * @param factorSet      the set for this activity; null: the claim's
 * @param factor         an explicit factor, overriding the set's; may be null
 * @param supplierFactor market-based Scope 2: the supplier's emission rate; may be null
 * @param instruments    market-based Scope 2: certificates retired for the period
 * @param origin         where it was written
 * @param period         the activity's own period (a meter's months), within the claim's; null: the claim's.
 *                       Its first year is the year of a grid factor when {@code year} is not given
 */
public record Activity(String id, ActivityKind kind, String fuel, String grid, String gas, BigDecimal amount,
                       ActivityUnit unit, Scope scope, String sector, Integer year, String factorSet,
                       ExplicitFactor factor, ExplicitFactor supplierFactor, List<Instrument> instruments,
                       Origin origin, Period period) {
    /** The sector of IPCC 2006 Table 2.2, used when none is given. */
    public static final String DEFAULT_SECTOR = "energy";

    /** An activity over the claim's period. */
    public Activity(String id, ActivityKind kind, String fuel, String grid, String gas, BigDecimal amount,
                    ActivityUnit unit, Scope scope, String sector, Integer year, String factorSet,
                    ExplicitFactor factor, ExplicitFactor supplierFactor, List<Instrument> instruments, Origin origin) {
        this(id, kind, fuel, grid, gas, amount, unit, scope, sector, year, factorSet, factor, supplierFactor, instruments,
                origin, null);
    }

    public Activity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(origin, "origin");
        instruments = List.copyOf(instruments);
        if (amount.signum() < 0) throw new IllegalArgumentException("negative activity amount: " + amount);
    }

    /** The fuel, grid or gas the factor is looked up by; null when none was given. */
    public String subject() {
        return switch (kind) {
            case FUEL_COMBUSTION, PROCESS -> fuel;
            case ELECTRICITY, HEAT, STEAM, COOLING -> grid;
            case REFRIGERANT_LEAK -> gas;
        };
    }

    public String sectorOrDefault() {
        return sector == null ? DEFAULT_SECTOR : sector;
    }
}
