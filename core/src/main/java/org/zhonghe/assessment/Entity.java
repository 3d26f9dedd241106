package org.zhonghe.assessment;

import java.util.List;
import java.util.Objects;

/**
 * The subject of a claim.
 *
 * @param id      letters, digits, '-', '_', '.'
 * @param name    any text (中文 fine); may be null
 * @param type    the kind of subject
 * @param aliases other names it goes by (another language, a former or legal name): a registry's
 *                beneficiary matching any of them is this entity; may be empty
 */
public record Entity(String id, String name, EntityType type, List<String> aliases) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** An entity without aliases. */
    public Entity(String id, String name, EntityType type) {
        this(id, name, type, List.of());
    }
}
