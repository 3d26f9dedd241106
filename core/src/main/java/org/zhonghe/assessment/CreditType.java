package org.zhonghe.assessment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a carbon credit represents: avoided or reduced emissions, a removal, or an ETS allowance. */
public enum CreditType {
    AVOIDANCE, REDUCTION, REMOVAL, ALLOWANCE;

    /** Made once: asked for by the rules of every credit. */
    private final String id = name().toLowerCase(Locale.ROOT);

    /** The id as written ({@code avoidance}). */
    public String id() {
        return id;
    }

    public static Optional<CreditType> fromId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** Id to constant: looked up once per ledger row by the batch engines. */
    private static final java.util.Map<String, CreditType> BY_ID =
            Arrays.stream(values()).collect(java.util.stream.Collectors.toUnmodifiableMap(CreditType::id, t -> t));

    public static String ids() {
        return String.join("|", Arrays.stream(values()).map(CreditType::id).toList());
    }
}
