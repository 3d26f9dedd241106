package org.zhonghe.assessment;

import java.util.Objects;

/**
 * The subject of a claim.
 *
 * @param id   letters, digits, '-', '_', '.'
 * @param name any text (中文 fine); may be null
 * @param type the kind of subject
 */
public record Entity(String id, String name, EntityType type) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
    }
}
