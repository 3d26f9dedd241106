package org.zhonghe.assessment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What kind of subject makes the claim (§4.2: global, national, regional, city, enterprise, product, event, person). */
public enum EntityType {
    GLOBAL, COUNTRY, REGION, CITY, ORGANIZATION, INDIVIDUAL, PRODUCT, EVENT, ACTIVITY;

    /** Made once: asked for by the findings of every assessment (batch: a million times). */
    private final String id = name().toLowerCase(Locale.ROOT);

    /** The id as written in an assessment ({@code organization}). */
    public String id() {
        return id;
    }

    /** A territory: the globe, a country, a region or a city. */
    public boolean isTerritory() {
        return switch (this) {
            case GLOBAL, COUNTRY, REGION, CITY -> true;
            case ORGANIZATION, INDIVIDUAL, PRODUCT, EVENT, ACTIVITY -> false;
        };
    }

    /** The type of an id; the British spelling {@code organisation} (the one the text output uses) is read as {@code organization}. */
    public static Optional<EntityType> fromId(String id) {
        if ("organisation".equals(id)) return Optional.of(ORGANIZATION);
        return Arrays.stream(values()).filter(t -> t.id().equals(id)).findFirst();
    }

    public static String ids() {
        return String.join("|", Arrays.stream(values()).map(EntityType::id).toList());
    }
}
