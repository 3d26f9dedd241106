package org.zhonghe.rules;

import java.util.Optional;
import org.zhonghe.assessment.Basis;
import org.zhonghe.assessment.RemovalClass;
import org.zhonghe.assessment.RemovalKind;
import org.zhonghe.assessment.Removal;

/**
 * rules.md §3: a removal counts only if it is anthropogenic, long-term and incremental, and
 * inside the boundary (paper §4.1, §4.4.3). The kind's fate first, then the profile's own rule,
 * then the further checks in order. {@link #reason} is the entry point for engines that keep
 * records in their own form (batch, Spark). The same sink tests judge a removal credit's project
 * ({@link CreditRules}, rules.md §4 check 6).
 */
public final class RemovalRules {
    private RemovalRules() {}

    static RecordResult judge(Removal r, Profile profile) {
        Explanation why = rejection(r, profile);
        return why == null
                ? RecordResult.counted(Section.REMOVALS, r.id(), r.netTonnes(), r.origin())
                : RecordResult.rejected(Section.REMOVALS, r.id(), why, r.origin());
    }

    /** Why a removal is rejected under {@code profile}, or null when it counts. */
    public static Reason reason(Removal r, Profile profile) {
        Explanation why = rejection(r, profile);
        return why == null ? null : why.reason();
    }

    private static Explanation rejection(Removal r, Profile profile) {
        RemovalClass c = r.kind().removalClass();
        Explanation fate = fate(r.kind());
        if (fate != null) return fate;
        Optional<Reason> own = profile.checkSinkKind(r.kind());
        if (own.isPresent()) return plain(own.get());
        if (c.requiresManagedLand() && Boolean.FALSE.equals(r.managed())) return plain(Reason.NATURAL_UPTAKE);
        if (r.basis() == Basis.STOCK) return plain(Reason.NOT_INCREMENTAL);
        Integer years = r.durabilityYears() != null ? r.durabilityYears()
                : c.defaultDurabilityYears().isPresent() ? Integer.valueOf(c.defaultDurabilityYears().getAsInt()) : null;
        if (years == null) return plain(Reason.DURABILITY_UNDECLARED);
        if (years < profile.minimumDurabilityYears()) {
            return Explanation.of(Reason.NOT_DURABLE,
                    r.durabilityYears() != null ? "reason.NOT_DURABLE.declared" : "reason.NOT_DURABLE.assumed",
                    r.kind().id(), String.valueOf(years), String.valueOf(profile.minimumDurabilityYears()), profile.id());
        }
        if (!r.inBoundary()) return plain(Reason.OUTSIDE_BOUNDARY);
        return null;
    }

    /**
     * The rejection that a kind carries by itself (its class's fate), or null for the kinds that may
     * count; a short-lived kind is told by name ("crops and grass", §4.4.3).
     */
    static Explanation fate(RemovalKind kind) {
        return switch (kind.removalClass()) {
            case NATURAL_SINK -> plain(Reason.NATURAL_UPTAKE);
            case SHORT_LIVED -> Explanation.of(Reason.NOT_DURABLE, "reason.NOT_DURABLE.shortLived", kind.id());
            case STOCK -> plain(Reason.NOT_INCREMENTAL);
            case REDUCTION -> plain(Reason.NOT_A_REMOVAL);
            case UNRECOGNIZED -> plain(Reason.UNRECOGNIZED_METHOD);
            case NATURE_BASED, BLUE_CARBON, PRODUCT_STORAGE, BIOCHAR, GEOLOGICAL -> null;
        };
    }

    private static Explanation plain(Reason reason) {
        return Explanation.of(reason, reason.messageKey());
    }
}
