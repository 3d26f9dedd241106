package org.zhonghe.assessment;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The accounting boundary (§4.2).
 *
 * @param scopes          the scopes inside the boundary (default all three)
 * @param description     how the boundary was drawn; may be null
 * @param scope3Exclusion why Scope 3 is left out; may be null
 */
public record Boundary(Set<Scope> scopes, String description, String scope3Exclusion) {
    public static final Boundary ALL_SCOPES = new Boundary(EnumSet.allOf(Scope.class), null, null);

    public Boundary {
        Objects.requireNonNull(scopes, "scopes");
        // an enum set, read-only: includes() is a bit test, where a Set.of hashes the scope by its
        // identity (a call into the VM under the client compiler that batch runs a mixed ledger with,
        // several times per entity); and its order is the scopes' own, the same in every run
        scopes = scopes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(scopes));
    }

    public boolean includes(Scope scope) {
        return scopes.contains(scope);
    }
}
