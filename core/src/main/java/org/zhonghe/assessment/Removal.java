package org.zhonghe.assessment;

import java.math.BigDecimal;
import java.util.Objects;
import org.zhonghe.MassUnit;

/**
 * A removal record: CO2 taken from the atmosphere and stored.
 *
 * @param id                 unique within the removals
 * @param kind               what it is (rules.md §3)
 * @param amount             t CO2 removed (in {@code unit}), not negative
 * @param unit               unit of {@code amount} and {@code lifecycleEmissions}
 * @param managed            on managed land (§4.4.3); may be null where the kind does not need it
 * @param basis              increment (default) or stock
 * @param durabilityYears    years of storage declared; may be null
 * @param lifecycleEmissions emissions of the removal's own chain (DACCS, BECCS, §4.4.2), in {@code unit}
 * @param lifecycleDeclared  whether {@code lifecycleEmissions} was written (BECCS must declare it)
 * @param inBoundary         inside the entity's boundary (default true)
 * @param origin             where it was written
 */
public record Removal(String id, RemovalKind kind, BigDecimal amount, MassUnit unit, Boolean managed,
                      Basis basis, Integer durabilityYears, BigDecimal lifecycleEmissions,
                      boolean lifecycleDeclared, boolean inBoundary, Origin origin) {
    public Removal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(lifecycleEmissions, "lifecycleEmissions");
        Objects.requireNonNull(origin, "origin");
        if (amount.signum() < 0) throw new IllegalArgumentException("negative removal amount: " + amount);
    }

    /** The mass removed, in tonnes of CO2. */
    public BigDecimal tonnes() {
        return unit.toTonnes(amount);
    }

    /** The removal net of its lifecycle emissions, in tonnes of CO2 (negative: a net emission). */
    public BigDecimal netTonnes() {
        return unit.toTonnes(amount.subtract(lifecycleEmissions));
    }
}
