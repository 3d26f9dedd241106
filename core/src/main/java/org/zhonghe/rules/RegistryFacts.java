package org.zhonghe.rules;

import java.util.Optional;
import org.zhonghe.assessment.Entity;

/**
 * The registries' own records, consulted for each credit (rules.md §4, registry checks): a
 * registry module reads the exports or a store; the core only asks. {@link #NONE} when no
 * registry data were given: credits are judged as declared.
 */
public interface RegistryFacts {
    RegistryFacts NONE = new RegistryFacts() {
        @Override
        public boolean isLoaded() {
            return false;
        }

        @Override
        public boolean covers(String registry) {
            return false;
        }

        @Override
        public Optional<RegistryBlock> lookup(String registry, String serial, Entity entity) {
            return Optional.empty();
        }
    };

    /** True when registry data were given at all (credits of other registries are then {@code REGISTRY_UNCHECKED}). */
    default boolean isLoaded() {
        return true;
    }

    /** True when data of the registry a credit names ({@code VCS}, {@code Gold Standard} …, any case) are loaded. */
    boolean covers(String registry);

    /** The block holding the serial's units, judged for {@code entity}; empty when no block holds it. */
    Optional<RegistryBlock> lookup(String registry, String serial, Entity entity);
}
