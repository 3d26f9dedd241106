package org.zhonghe.registry;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.zhonghe.assessment.CreditKey;

/**
 * The carbon-credit registries whose public exports Zhonghe reads, each with the folder name of
 * its export ({@code ../shared/data/registries}) and the names a credit's {@code registry} field
 * may give it (any case).
 */
public enum Registry {
    VERRA("verra", "Verra", "VERRA", List.of("verra", "vcs", "vcu")),
    GOLD_STANDARD("gold-standard", "Gold Standard", "GOLD_STANDARD", List.of("gold standard", "gold-standard", "gs", "gs4gg")),
    ACR("american-carbon-registry", "ACR", "ACR", List.of("acr", "american carbon registry", "american-carbon-registry")),
    CAR("climate-action-reserve", "CAR", "CAR", List.of("car", "climate action reserve", "climate-action-reserve")),
    ART("art-trees", "ART", "ART", List.of("art", "art trees", "art-trees", "trees")),
    ISOMETRIC("isometric", "Isometric", "ISOMETRIC", List.of("isometric")),
    CERCARBONO("cercarbono", "Cercarbono", "CERCARBONO", List.of("cercarbono", "ecoregistry"));

    private final String folder;
    private final String displayName;
    /** Its id among the canonical registry ids of the credit ledger ({@link CreditKey#registryId}). */
    private final String canonicalId;
    private final List<String> names;

    Registry(String folder, String displayName, String canonicalId, List<String> names) {
        this.folder = folder;
        this.displayName = displayName;
        this.canonicalId = canonicalId;
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

    /**
     * The registry a credit's {@code registry} field names ({@code VCS}, {@code gs}, {@code EcoRegistry} …):
     * by the names above, else by the canonical id the credit ledger gives the text ({@link CreditKey#registryId}:
     * NFKC, invisible characters removed, dashes and spaces folded, every alias — {@code Verified Carbon
     * Standard}, full-width {@code ＶＣＳ}), so that a credit is checked against its registry's data whatever
     * the spelling (assessment-format.md), never judged as declared for want of a name.
     */
    public static Optional<Registry> fromName(String name) {
        if (name == null) return Optional.empty();
        String n = name.strip().toLowerCase(Locale.ROOT);
        Optional<Registry> byName = Arrays.stream(values()).filter(r -> r.names.contains(n)).findFirst();
        if (byName.isPresent() || n.isEmpty()) return byName;
        String id = CreditKey.registryId(name);
        return Arrays.stream(values()).filter(r -> r.canonicalId.equals(id)).findFirst();
    }

    /** The registry whose export folder is named {@code folder}. */
    public static Optional<Registry> fromFolder(String folder) {
        return Arrays.stream(values()).filter(r -> r.folder.equals(folder)).findFirst();
    }
}
