package org.zhonghe.registry;

import java.util.Arrays;
import java.util.Optional;
import org.zhonghe.assessment.CreditKey;

/**
 * The carbon-credit registries whose public exports Zhonghe reads, each with the folder name of
 * its export ({@code ../shared/data/registries}) and its canonical id in the credit ledger, whose
 * aliases are the names a credit's {@code registry} field may give it ({@link CreditKey}).
 */
public enum Registry {
    VERRA("verra", "Verra", "VERRA"),
    GOLD_STANDARD("gold-standard", "Gold Standard", "GOLD_STANDARD"),
    ACR("american-carbon-registry", "ACR", "ACR"),
    CAR("climate-action-reserve", "CAR", "CAR"),
    ART("art-trees", "ART", "ART"),
    ISOMETRIC("isometric", "Isometric", "ISOMETRIC"),
    CERCARBONO("cercarbono", "Cercarbono", "CERCARBONO");

    private final String folder;
    private final String displayName;
    /** Its id among the canonical registry ids of the credit ledger ({@link CreditKey#registryId}), which holds its aliases. */
    private final String canonicalId;

    Registry(String folder, String displayName, String canonicalId) {
        this.folder = folder;
        this.displayName = displayName;
        this.canonicalId = canonicalId;
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
     * The registry a credit's {@code registry} field names ({@code VCS}, {@code gs}, {@code EcoRegistry},
     * {@code Verified Carbon Standard}, full-width {@code ＶＣＳ} …): by the canonical id the credit ledger
     * gives the text ({@link CreditKey#registryId}: NFKC, invisible characters removed, dashes, spaces and
     * case folded, one table of aliases), so that a credit is checked against its registry's data whatever
     * the spelling (assessment-format.md), never judged as declared for want of a name.
     */
    public static Optional<Registry> fromName(String name) {
        if (name == null || name.isBlank()) return Optional.empty();
        String id = CreditKey.registryId(name);
        return Arrays.stream(values()).filter(r -> r.canonicalId.equals(id)).findFirst();
    }

    /** The registry whose export folder is named {@code folder}. */
    public static Optional<Registry> fromFolder(String folder) {
        return Arrays.stream(values()).filter(r -> r.folder.equals(folder)).findFirst();
    }
}
