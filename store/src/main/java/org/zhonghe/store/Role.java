package org.zhonghe.store;

import java.util.Locale;
import java.util.Optional;

/** What a user may do: viewers read, editors also write, admins also manage users and tokens. */
public enum Role {
    VIEWER, EDITOR, ADMIN;

    /** True when this role may do what {@code needed} may. */
    public boolean allows(Role needed) {
        return compareTo(needed) >= 0;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromId(String id) {
        for (Role r : values()) if (r.id().equals(id)) return Optional.of(r);
        return Optional.empty();
    }
}
