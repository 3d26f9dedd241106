package org.zhonghe.registry;

import java.util.Locale;
import java.util.Optional;

/**
 * What a registry's credit stands for (paper §4.4; rules.md §3): a removal of CO2 from the
 * atmosphere, a reduction (avoided or destroyed emissions), or unclassified when the registry's
 * data cannot tell — never guessed.
 */
public enum CreditClass {
    REMOVAL, REDUCTION, UNCLASSIFIED;

    /** The id as written in the class mapping and printed ({@code removal}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CreditClass> fromId(String id) {
        for (CreditClass c : values()) if (c.id().equals(id)) return Optional.of(c);
        return Optional.empty();
    }
}
