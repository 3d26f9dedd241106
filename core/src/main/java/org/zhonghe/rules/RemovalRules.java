package org.zhonghe.rules;

import java.util.Optional;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Basis;
import org.zhonghe.assessment.RemovalClass;
import org.zhonghe.assessment.Removal;
import org.zhonghe.profiles.Profile;

/**
 * rules.md §3: a removal counts only if it is anthropogenic, long-term and incremental, and
 * inside the boundary (paper §4.1, §4.4.3). The kind's fate first, then the profile's own rule,
 * then the further checks in order. {@link #reason} is the entry point for engines that keep
 * records in their own form (batch, Spark).
 */
public final class RemovalRules {
    private RemovalRules() {}

    static RecordResult judge(Removal r, Profile profile, Assessment a) {
        Reason reason = reason(r, profile, a);
        return reason == null
                ? RecordResult.counted(Section.REMOVALS, r.id(), r.netTonnes(), r.origin())
                : RecordResult.notCounted(Section.REMOVALS, RecordStatus.REJECTED, r.id(), reason, r.origin());
    }

    /** Why a removal is rejected under {@code profile}, or null when it counts. */
    public static Reason reason(Removal r, Profile profile, Assessment a) {
        RemovalClass c = r.kind().removalClass();
        Reason fate = fate(c);
        if (fate != null) return fate;
        Optional<Reason> own = profile.checkRemoval(r, a);
        if (own.isPresent()) return own.get();
        if (c.requiresManagedLand() && Boolean.FALSE.equals(r.managed())) return Reason.NATURAL_UPTAKE;
        if (r.basis() == Basis.STOCK) return Reason.NOT_INCREMENTAL;
        Integer years = r.durabilityYears() != null ? r.durabilityYears()
                : c.defaultDurabilityYears().isPresent() ? Integer.valueOf(c.defaultDurabilityYears().getAsInt()) : null;
        if (years == null) return Reason.DURABILITY_UNDECLARED;
        if (years < profile.minimumDurabilityYears()) return Reason.NOT_DURABLE;
        if (!r.inBoundary()) return Reason.OUTSIDE_BOUNDARY;
        return null;
    }

    /** The rejection that a kind's class carries by itself, or null for the eligible classes. */
    private static Reason fate(RemovalClass c) {
        return switch (c) {
            case NATURAL_SINK -> Reason.NATURAL_UPTAKE;
            case SHORT_LIVED -> Reason.NOT_DURABLE;
            case STOCK -> Reason.NOT_INCREMENTAL;
            case REDUCTION -> Reason.NOT_A_REMOVAL;
            case UNRECOGNIZED -> Reason.UNRECOGNIZED_METHOD;
            case NATURE_BASED, BLUE_CARBON, PRODUCT_STORAGE, BIOCHAR, GEOLOGICAL -> null;
        };
    }
}
