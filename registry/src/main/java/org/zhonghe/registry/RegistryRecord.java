package org.zhonghe.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of an export: an issuance, retirement or cancellation of credits of a project.
 *
 * @param registry       its registry
 * @param source         file and line
 * @param status         issued (still held), retired or cancelled
 * @param serial         its serial block; null where the export has none (ACR, CAR and ART issuances)
 * @param projectId      the project's id as the registry writes it
 * @param projectName    may be null
 * @param projectType    may be null
 * @param methodology    may be null
 * @param country        may be null
 * @param vintage        may be null (Isometric issuances)
 * @param tonnes         credits, t CO2e (one credit = 1 t), exact as written
 * @param kilograms      Isometric's quantity in kg CO2e; null elsewhere
 * @param retiredOn      day of retirement or cancellation (UTC); null for issuances
 * @param beneficiary    on whose behalf, as written; may be null
 * @param accountHolder  who held the credits; may be null
 * @param notes          retirement reason, purpose and details as written, joined by " | "; may be null
 * @param classification the project's credit class
 */
public record RegistryRecord(Registry registry, Source source, CreditStatus status, Serial serial,
                             String projectId, String projectName, String projectType, String methodology,
                             String country, Vintage vintage, BigDecimal tonnes, BigDecimal kilograms,
                             LocalDate retiredOn, String beneficiary, String accountHolder, String notes,
                             Classification classification) {
    public RegistryRecord {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(tonnes, "tonnes");
        Objects.requireNonNull(classification, "classification");
        if (tonnes.signum() < 0) throw new IllegalArgumentException("negative quantity: " + tonnes);
    }

    public Optional<Serial> serialNumber() {
        return Optional.ofNullable(serial);
    }
}
