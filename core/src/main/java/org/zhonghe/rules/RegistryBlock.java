package org.zhonghe.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.zhonghe.assessment.CreditType;
import org.zhonghe.assessment.RemovalKind;

/**
 * What a registry says of the block holding a credit's serial (rules.md §4, registry checks):
 * provided by a registry module through {@link RegistryFacts}.
 *
 * @param registry       the registry's name as it prints it ({@code Verra}, {@code CAR} …)
 * @param blockKey       the block's identity within the registry (the serial without unit numbers)
 * @param serial         the block's serial as the registry writes it
 * @param firstUnit      the credit's first unit within the block; null when the layout has no units
 * @param lastUnit       the credit's last unit within the block; null when the layout has no units
 * @param status         what the registry says of the block
 * @param forEntity      the block was retired on behalf of the assessment's entity (its name, id or
 *                       an alias; the registry module compares names)
 * @param beneficiary    on whose behalf, as the registry writes it; null when it names nobody
 * @param beneficiaryKind how the registry's record names the beneficiary (a name, a third party it
 *                       does not name, someone's customers, nobody)
 * @param beneficiaryWords for {@code THIRD_PARTY} the account holder that retired on its behalf, for
 *                       {@code CUSTOMERS} the words that name them ("Lenovo Clients"); else null
 * @param availableTonnes t CO2e of the block the credit may claim: the units it names inside the
 *                       block, or the block's quantity when there are no units
 * @param creditType     the class the registry's data give ({@code REDUCTION}, {@code REMOVAL});
 *                       null when unclassified
 * @param removalKind    the removal kind the data tell; may be null
 * @param vintageFirst   first vintage year of the block, 0 when unknown
 * @param vintageLast    last vintage year of the block, 0 when unknown
 * @param retiredOn      the day the registry says the block was retired; null when not retired or not told
 * @param source         where the registry's record was read ({@code file:line})
 * @param contradictedBy where another record of the same units says otherwise (another status, or
 *                       a retirement for another name: the export contradicts itself), or null
 */
public record RegistryBlock(String registry, String blockKey, String serial, Long firstUnit, Long lastUnit,
                            Status status, boolean forEntity, String beneficiary, BeneficiaryKind beneficiaryKind,
                            String beneficiaryWords, BigDecimal availableTonnes,
                            CreditType creditType, RemovalKind removalKind, int vintageFirst, int vintageLast,
                            LocalDate retiredOn, String source, String contradictedBy) {
    /** A registry's status of a block. */
    public enum Status { ISSUED, RETIRED, CANCELLED }

    /**
     * How the registry's record names on whose behalf it was retired: by name; as a third party it
     * does not name (the account holder retired it for someone else: never the holder's credit);
     * as someone's customers, clients or users (not that someone's); or not at all.
     */
    public enum BeneficiaryKind { NAMED, THIRD_PARTY, CUSTOMERS, NOBODY }

    public RegistryBlock {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(blockKey, "blockKey");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(beneficiaryKind, "beneficiaryKind");
        Objects.requireNonNull(availableTonnes, "availableTonnes");
        Objects.requireNonNull(source, "source");
    }

    /** True when the units of both credits' blocks overlap (same block; no units: the whole block). */
    public boolean overlaps(RegistryBlock other) {
        if (!registry.equals(other.registry) || !blockKey.equals(other.blockKey)) return false;
        if (firstUnit == null || other.firstUnit == null) return true;
        return firstUnit <= other.lastUnit && other.firstUnit <= lastUnit;
    }

    /** True when the vintage is known and does not contain {@code year}. */
    public boolean vintageDiffers(int year) {
        return vintageFirst > 0 && (year < vintageFirst || year > vintageLast);
    }
}
