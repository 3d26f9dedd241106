package org.zhonghe.registry;

import java.nio.file.Path;

/** Reads one registry's export folder, as published, into a sink. */
interface RegistryReader {
    Registry registry();

    /** Reads every file of the layout that is present in {@code folder}; the label prefixes file names. */
    void read(Path folder, String label, RegistrySink sink);

    static RegistryReader of(Registry r, CreditClasses classes) {
        return switch (r) {
            case VERRA -> new VerraReader(classes);
            case GOLD_STANDARD -> new GoldStandardReader(classes);
            case ACR, CAR, ART -> new ApxReader(r, classes);
            case ISOMETRIC -> new IsometricReader(classes);
            case CERCARBONO -> new CercarbonoReader(classes);
        };
    }
}
