package org.zhonghe.registry;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The carbon-credit registries whose public exports Zhonghe reads, each with the folder name of
 * its export ({@code ../shared/data/registries}) and the names a credit's {@code registry} field
 * may give it (any case).
 */
public enum Registry {
    VERRA("verra", "Verra", List.of("verra", "vcs", "vcu")),
    GOLD_STANDARD("gold-standard", "Gold Standard", List.of("gold standard", "gold-standard", "gs", "gs4gg")),
    ACR("american-carbon-registry", "ACR", List.of("acr", "american carbon registry", "american-carbon-registry")),
    CAR("climate-action-reserve", "CAR", List.of("car", "climate action reserve", "climate-action-reserve")),
    ART("art-trees", "ART", List.of("art", "art trees", "art-trees", "trees")),
    ISOMETRIC("isometric", "Isometric", List.of("isometric")),
    CERCARBONO("cercarbono", "Cercarbono", List.of("cercarbono", "ecoregistry"));

    private final String folder;
    private final String displayName;
    private final List<String> names;

    Registry(String folder, String displayName, List<String> names) {
        this.folder = folder;
        this.displayName = displayName;
        this.names = names;
    }

    /** The folder name of its export, e.g. {@code american-carbon-registry}. */
    public String folder() {
        return folder;
    }

    /** The short name printed in output, e.g. {@code Gold Standard}. */
    public String displayName() {
        return displayName;
    }

    /** The registry a credit's {@code registry} field names ({@code VCS}, {@code gs}, {@code EcoRegistry} …). */
    public static Optional<Registry> fromName(String name) {
        if (name == null) return Optional.empty();
        String n = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.names.contains(n)).findFirst();
    }

    /** The registry whose export folder is named {@code folder}. */
    public static Optional<Registry> fromFolder(String folder) {
        return Arrays.stream(values()).filter(r -> r.folder.equals(folder)).findFirst();
    }
}
