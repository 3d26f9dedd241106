package org.zhonghe.registry;

import java.util.Objects;

/**
 * A project (ART: a program) as its registry lists it.
 *
 * @param registry    its registry
 * @param id          the registry's id ({@code ACR1129}, {@code 3005}, {@code prj_…}, {@code 1})
 * @param name        its name; may be null
 * @param type        the registry's project type (Isometric: the pathway); may be null
 * @param methodology methodology or protocol (Isometric: the protocol); may be null
 * @param country     country as written; may be null
 * @param source      where it was read
 */
public record RegistryProject(Registry registry, String id, String name, String type, String methodology,
                              String country, Source source) {
    public RegistryProject {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
    }
}
