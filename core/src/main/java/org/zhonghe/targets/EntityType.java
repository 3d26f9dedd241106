package org.zhonghe.targets;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of entity in a Net Zero Tracker export, told by the {@code Entity_type} column or, when it
 * is empty, by the prefix of {@code ID_Code} (COU-, REG-, CIT-, COM-).
 */
public enum EntityType {
    /** A country (or the EU): ID_Code COU-*. */
    COUNTRY("country", "COU-"),
    /** A state, province or other sub-national region: REG-*. */
    REGION("region", "REG-"),
    /** A city: CIT-*. */
    CITY("city", "CIT-"),
    /** A company: COM-*. */
    COMPANY("company", "COM-");

    private final String id;
    private final String prefix;

    EntityType(String id, String prefix) {
        this.id = id;
        this.prefix = prefix;
    }

    /** The identifier used on the command line and in JSON, e.g. {@code city}. */
    public String id() {
        return id;
    }

    /** The type with this {@link #id()}, ignoring case; empty if none. */
    public static Optional<EntityType> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.id.equals(wanted)).findFirst();
    }

    /** The type of a row from its {@code Entity_type} label or else its {@code ID_Code}; empty when neither tells. */
    public static Optional<EntityType> of(String entityTypeLabel, String idCode) {
        Optional<EntityType> byLabel = fromId(entityTypeLabel);
        if (byLabel.isPresent()) {
            return byLabel;
        }
        String code = idCode == null ? "" : idCode.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> code.startsWith(t.prefix)).findFirst();
    }

    /** All identifiers, comma-separated, for messages. */
    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(EntityType::id).toList());
    }
}
