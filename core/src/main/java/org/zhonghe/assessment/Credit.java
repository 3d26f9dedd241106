package org.zhonghe.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.zhonghe.MassUnit;

/**
 * A carbon credit used to offset emissions (§4.2: credits from outside the boundary).
 *
 * @param id              unique within the credits
 * @param registry        the registry that issued it ({@code CCER}, {@code VCS} …)
 * @param serial          its serial number, kept exactly as written
 * @param type            what it represents, as declared
 * @param kind            the kind of its project (rules.md §3's removal kinds, reductions among
 *                        them); may be null. A removal credit is a sink bought from outside and
 *                        passes the sink tests by its kind (rules.md §4 check 6, paper §4.4.3)
 * @param durabilityYears storage years of a removal credit; may be null
 * @param vintage         the year of the reduction or removal
 * @param amount          t CO2e in {@code unit}, not negative
 * @param unit            unit of {@code amount}
 * @param retired         retired (cancelled) so that nobody else may use it
 * @param beneficiary     the entity id it was retired for; may be null
 * @param retiredOn       the day of retirement; may be null
 * @param ownBoundary     it comes from inside the entity's own boundary
 * @param international   it comes from another country
 * @param verified        verified by an independent body
 * @param etsCovered      its project lies inside an emissions trading system
 * @param hostCountry     ISO 3166-1 alpha-3 of the host country; may be null
 * @param origin          where it was written
 */
public record Credit(String id, String registry, String serial, CreditType type, RemovalKind kind, Integer durabilityYears,
                     int vintage, BigDecimal amount, MassUnit unit, boolean retired, String beneficiary,
                     LocalDate retiredOn, boolean ownBoundary, boolean international, boolean verified,
                     boolean etsCovered, String hostCountry, Origin origin) {
    public Credit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(origin, "origin");
        if (amount.signum() < 0) throw new IllegalArgumentException("negative credit amount: " + amount);
    }

    /**
     * The type the rules judge it as: a credit declared {@code removal} whose project is a
     * reduction (wind, solar, fossil CCS …) is judged a {@code reduction} (rules.md §4 check 6,
     * {@code CREDIT_TYPE_MISDECLARED}); otherwise its declared type.
     */
    public CreditType judgedType() {
        return isMisdeclaredRemoval() ? CreditType.REDUCTION : type;
    }

    /** Declared {@code removal}, with a project kind that is a reduction (rules.md §4 check 6). */
    public boolean isMisdeclaredRemoval() {
        return type == CreditType.REMOVAL && kind != null && kind.removalClass() == RemovalClass.REDUCTION;
    }

    /** This credit with another id and origin (a reader that numbers or places records itself). */
    public Credit withIdAndOrigin(String newId, Origin newOrigin) {
        return new Credit(newId, registry, serial, type, kind, durabilityYears, vintage, amount, unit, retired, beneficiary,
                retiredOn, ownBoundary, international, verified, etsCovered, hostCountry, newOrigin);
    }

    /** The credit's size in t CO2e. */
    public BigDecimal tonnes() {
        return unit.toTonnes(amount);
    }
}
