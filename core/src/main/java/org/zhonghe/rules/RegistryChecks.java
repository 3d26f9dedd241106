package org.zhonghe.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Credit;
import org.zhonghe.assessment.CreditType;

/**
 * The registry checks of rules.md §4, before check 4: where a credit's registry has data, the
 * registry's facts decide, not the declared ones ({@code retired} and {@code beneficiary} are
 * then taken from the registry). In order: {@code NOT_IN_REGISTRY}, {@code REGISTRY_NOT_RETIRED},
 * {@code REGISTRY_BENEFICIARY_MISMATCH}, {@code SERIAL_OVERLAP} (its units overlap those of an
 * earlier credit in file order); a credit claiming more than its block holds is counted up to
 * the block ({@code REGISTRY_QUANTITY_EXCEEDED}, PARTIAL). A credit declared a removal whose
 * registry class is reduction is judged a reduction, and one declared a reduction or an avoidance
 * whose registry class is removal is judged a removal ({@code CREDIT_TYPE_MISDECLARED}). Warning
 * {@code VINTAGE_MISMATCH}: the block's vintage is then the one judged. The registry's day of retirement replaces the declared one. Info
 * {@code REGISTRY_UNCHECKED}.
 * One instance per judged assessment (it remembers the blocks of earlier credits).
 */
final class RegistryChecks {
    /**
     * A credit after the registry checks.
     *
     * @param credit the credit as the rules judge it (retired, beneficiary and type from the registry)
     * @param reason why it is not counted, or null
     * @param most   the most it may count (t CO2e), or null when the registry sets no bound
     * @param misdeclared declared a removal, a reduction by its registry's class ({@code CREDIT_TYPE_MISDECLARED})
     */
    record Checked(Credit credit, Explanation reason, BigDecimal most, boolean misdeclared) {
        Checked(Credit credit, Reason reason, BigDecimal most, boolean misdeclared) {
            this(credit, Explanation.of(reason, reason.messageKey()), most, misdeclared);
        }

        /** Judged as declared: no registry fact refuses it or bounds it. */
        static Checked as(Credit credit) {
            return new Checked(credit, (Explanation) null, null, false);
        }
    }

    private final RegistryFacts facts;
    private final Assessment assessment;
    // made on first use: without registry data (a batch, nearly always) none is ever needed
    private List<RegistryBlock> earlier = List.of();
    private List<String> unchecked = List.of();
    private List<String> vintageMismatch = List.of();
    private List<String> removalsByRegistry = List.of();
    private List<String> contradictory = List.of();
    /** For each of {@link #contradictory}, the two records that disagree ({@code file:line / file:line}). */
    private List<String> contradictions = List.of();

    RegistryChecks(RegistryFacts facts, Assessment assessment) {
        this.facts = facts;
        this.assessment = assessment;
    }

    Checked check(Credit c) {
        if (!facts.isLoaded()) return Checked.as(c);
        if (!facts.covers(c.registry())) {
            if (unchecked.isEmpty()) unchecked = new ArrayList<>();
            unchecked.add(c.id());
            return Checked.as(c);
        }
        Optional<RegistryBlock> found = facts.lookup(c.registry(), c.serial(), assessment.entity());
        if (found.isEmpty()) return new Checked(c, Reason.NOT_IN_REGISTRY, null, false);
        RegistryBlock b = found.get();
        if (b.contradictedBy() != null) {
            if (contradictory.isEmpty()) contradictory = new ArrayList<>();
            contradictory.add(c.id());
            if (contradictions.isEmpty()) contradictions = new ArrayList<>();
            contradictions.add(b.source() + " / " + b.contradictedBy());
        }
        if (b.status() != RegistryBlock.Status.RETIRED) return new Checked(c, Reason.REGISTRY_NOT_RETIRED, null, false);
        if (!b.forEntity()) return new Checked(c, mismatch(b), null, false);
        for (RegistryBlock e : earlier) {
            if (e.overlaps(b)) return new Checked(c, Reason.SERIAL_OVERLAP, null, false);
        }
        if (earlier.isEmpty()) earlier = new ArrayList<>();
        earlier.add(b);
        if (b.vintageDiffers(c.vintage())) {
            if (vintageMismatch.isEmpty()) vintageMismatch = new ArrayList<>();
            vintageMismatch.add(c.id());
        }
        boolean misdeclared = c.type() == CreditType.REMOVAL && b.creditType() == CreditType.REDUCTION;
        // the other direction (docs/registries.md: "removal ↔ reduction"): declared a reduction or an
        // avoidance, a removal by its registry's class; judged a removal, with the kind the data tell
        boolean registryRemoval = (c.type() == CreditType.REDUCTION || c.type() == CreditType.AVOIDANCE)
                && b.creditType() == CreditType.REMOVAL;
        if (registryRemoval) {
            if (removalsByRegistry.isEmpty()) removalsByRegistry = new ArrayList<>();
            removalsByRegistry.add(c.id());
        }
        CreditType type = misdeclared ? CreditType.REDUCTION : registryRemoval ? CreditType.REMOVAL : c.type();
        var kind = c.kind() != null ? c.kind() : type == CreditType.REMOVAL ? b.removalKind() : null;
        // the registry's vintage and retirement day decide too: a declared vintage outside the block's is
        // taken as the nearest year the block holds (check 5 reads it), the declared retirement day is
        // replaced by the registry's (a profile's retirement deadline reads it)
        int vintage = !b.vintageDiffers(c.vintage()) ? c.vintage()
                : c.vintage() < b.vintageFirst() ? b.vintageFirst() : b.vintageLast();
        var retiredOn = b.retiredOn() != null ? b.retiredOn() : c.retiredOn();
        Credit judged = new Credit(c.id(), c.registry(), c.serial(), type, kind, c.durabilityYears(), vintage,
                c.amount(), c.unit(), true, assessment.entity().id(), retiredOn, c.ownBoundary(), c.international(),
                c.verified(), c.etsCovered(), c.hostCountry(), c.origin());
        return new Checked(judged, (Explanation) null, b.availableTonnes(), misdeclared);
    }

    /**
     * Why a retirement is not the entity's, in the registry's terms: for someone else it names; for a
     * third party it does not name, retired by the account holder (who is not the beneficiary); for
     * someone's customers; or for nobody the record names.
     */
    private static Explanation mismatch(RegistryBlock b) {
        Reason r = Reason.REGISTRY_BENEFICIARY_MISMATCH;
        return switch (b.beneficiaryKind()) {
            case NAMED -> Explanation.of(r, r.messageKey());
            case THIRD_PARTY -> b.beneficiaryWords() == null ? Explanation.of(r, r.messageKey() + ".thirdParty", b.source())
                    : Explanation.of(r, r.messageKey() + ".thirdPartyHolder", b.beneficiaryWords(), b.source());
            case CUSTOMERS -> Explanation.of(r, r.messageKey() + ".customers", b.beneficiaryWords(), b.source());
            case NOBODY -> Explanation.of(r, r.messageKey() + ".nobody", b.source());
        };
    }

    /** The findings of the checks so far, each naming its credits ({@code CREDIT_TYPE_MISDECLARED} goes with check 6's). */
    List<Finding> findings() {
        if (vintageMismatch.isEmpty() && unchecked.isEmpty() && removalsByRegistry.isEmpty() && contradictory.isEmpty()) {
            return List.of(); // nearly always, in a batch
        }
        List<Finding> out = new ArrayList<>(4);
        if (!contradictory.isEmpty()) {
            out.add(Finding.of(FindingCode.REGISTRY_DATA_CONTRADICTORY, contradictory, String.join("; ", contradictions)));
        }
        if (!removalsByRegistry.isEmpty()) {
            out.add(Finding.told(FindingCode.CREDIT_TYPE_MISDECLARED, "finding.CREDIT_TYPE_MISDECLARED.registryRemoval",
                    removalsByRegistry));
        }
        if (!vintageMismatch.isEmpty()) out.add(Finding.of(FindingCode.VINTAGE_MISMATCH, vintageMismatch));
        if (!unchecked.isEmpty()) out.add(Finding.of(FindingCode.REGISTRY_UNCHECKED, unchecked));
        return out;
    }
}
