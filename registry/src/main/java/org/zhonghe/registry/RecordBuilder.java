package org.zhonghe.registry;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Collects the fields of one export row before it becomes a {@link RegistryRecord}. */
final class RecordBuilder {
    private final Registry registry;
    private final Source source;
    CreditStatus status;
    Serial serial;
    String projectId, projectName, projectType, methodology, country, stated;
    Vintage vintage;
    BigDecimal tonnes, kilograms;
    LocalDate retiredOn;
    String beneficiary, accountHolder, notes;

    RecordBuilder(Registry registry, Row row) {
        this.registry = registry;
        this.source = row.source();
    }

    RecordBuilder project(RegistryProject p) {
        if (p == null) return this;
        if (projectName == null) projectName = p.name();
        if (projectType == null) projectType = p.type();
        if (methodology == null) methodology = p.methodology();
        if (country == null) country = p.country();
        return this;
    }

    /** The record; a unit range that disagrees with the quantity rejects the row. */
    RegistryRecord build(CreditClasses classes) {
        if (serial != null && serial.range() != null && tonnes != null
                && BigDecimal.valueOf(serial.range().size()).compareTo(tonnes) != 0) {
            throw new RowError("serial '" + serial.text() + "' holds " + serial.range().size()
                    + " units but the quantity is " + tonnes.toPlainString());
        }
        if (kilograms != null && tonnes != null && kilograms.compareTo(tonnes.movePointRight(3)) != 0) {
            throw new RowError("quantity " + tonnes.toPlainString() + " t disagrees with " + kilograms.toPlainString() + " kg");
        }
        if (projectId == null) throw new RowError("no project id");
        Classification c = projectType == null && methodology == null && stated == null
                ? Classification.unclassified("the project " + projectId + " is not in the registry's projects file, "
                        + "and the row names no project type or methodology", "registry export")
                : classes.classify(registry, stated, methodology, projectType);
        return new RegistryRecord(registry, source, status, serial, projectId, projectName, projectType, methodology,
                country, vintage, tonnes, kilograms, retiredOn, beneficiary, accountHolder, notes, c);
    }

    static CreditStatus status(String column, String value) {
        String v = value == null ? "" : value.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (v) {
            case "issued", "active" -> CreditStatus.ISSUED;
            case "retired" -> CreditStatus.RETIRED;
            case "canceled", "cancelled" -> CreditStatus.CANCELLED;
            default -> throw new RowError("column '" + column + "': '" + value + "' is not a status (Issued, Retired or Canceled)");
        };
    }
}
