package org.zhonghe.assessment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a carbon credit represents: avoided or reduced emissions, a removal, or an ETS allowance. */
public enum CreditType {
    AVOIDANCE, REDUCTION, REMOVAL, ALLOWANCE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CreditType> fromId(String id) {
        return Arrays.stream(values()).filter(t -> t.id().equals(id)).findFirst();
    }

    public static String ids() {
        return String.join("|", Arrays.stream(values()).map(CreditType::id).toList());
    }
}
