package org.zhonghe.registry;

import java.util.Objects;
import java.util.Optional;
import org.zhonghe.assessment.RemovalKind;

/**
 * The credit class of a project, with the line of the class mapping
 * ({@code credit-classes.csv}) that decided it.
 *
 * @param creditClass removal, reduction or unclassified
 * @param removalKind the rules.md §3 kind of a removal where the data tell it; else null
 * @param reason      why, in English (the mapping's reason column)
 * @param source      the registry column or document the reason rests on
 */
public record Classification(CreditClass creditClass, RemovalKind removalKind, String reason, String source) {
    public Classification {
        Objects.requireNonNull(creditClass, "creditClass");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(source, "source");
        if (removalKind != null && creditClass != CreditClass.REMOVAL) {
            throw new IllegalArgumentException("a removal kind needs class removal: " + removalKind.id());
        }
    }

    public Optional<RemovalKind> kind() {
        return Optional.ofNullable(removalKind);
    }

    /** Unclassified, for the stated reason. */
    public static Classification unclassified(String reason, String source) {
        return new Classification(CreditClass.UNCLASSIFIED, null, reason, source);
    }
}
