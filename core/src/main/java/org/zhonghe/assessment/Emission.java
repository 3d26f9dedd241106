package org.zhonghe.assessment;

import java.math.BigDecimal;
import java.util.Objects;
import org.zhonghe.MassUnit;

/**
 * An emission record: a mass of one gas (or of CO2e) in a scope.
 *
 * @param id       unique within the emissions
 * @param gas      the gas as written ({@code CO2}, {@code HFC-134a}, {@code CO2e} …)
 * @param amount   mass of that gas in {@code unit}, not negative
 * @param unit     unit of {@code amount}
 * @param scope    the scope (§4.2)
 * @param biogenic combustion of biomass (CO2 only), reported beside the balance (§4.4.2)
 * @param source   free text; may be null
 * @param origin   where it was written
 * @param derivation how it was computed from activity data ({@code 1000 t × … = 3186.3 t CO2},
 *                 org.zhonghe.activity); null for a record written as a mass
 */
public record Emission(String id, String gas, BigDecimal amount, MassUnit unit, Scope scope,
                       boolean biogenic, String source, Origin origin, String derivation) {
    /** A record written as a mass (no derivation). */
    public Emission(String id, String gas, BigDecimal amount, MassUnit unit, Scope scope, boolean biogenic,
                    String source, Origin origin) {
        this(id, gas, amount, unit, scope, biogenic, source, origin, null);
    }

    public Emission {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(gas, "gas");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(origin, "origin");
        if (amount.signum() < 0) throw new IllegalArgumentException("negative emission amount: " + amount);
    }

    /** The mass in tonnes of the gas. */
    public BigDecimal tonnes() {
        return unit.toTonnes(amount);
    }
}
