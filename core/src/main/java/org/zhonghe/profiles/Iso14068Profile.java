package org.zhonghe.profiles;

import org.zhonghe.rules.ProfileInfo;
import org.zhonghe.rules.Profile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhonghe.Concept;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Credit;
import org.zhonghe.assessment.EntityType;
import org.zhonghe.assessment.Plan;
import org.zhonghe.assessment.Scope;
import org.zhonghe.rules.ProfileInfo.RuleInfo;
import org.zhonghe.rules.ProfileInfo.Status;
import org.zhonghe.rules.ProfileInfo.Verification;
import org.zhonghe.rules.ConceptRule;
import org.zhonghe.rules.Explanation;
import org.zhonghe.rules.Finding;
import org.zhonghe.rules.FindingCode;
import org.zhonghe.rules.Reason;
import org.zhonghe.rules.RecordResult;
import org.zhonghe.rules.Totals;

/**
 * ISO 14068-1:2023, Climate change management — Transition to net zero — Part 1: Carbon
 * neutrality (profiles.md). "Carbon" means all GHGs; subjects are organisations and products
 * (products include services, events and activities); a carbon neutrality management plan is
 * required; credits must be verified, ex post and retired within 12 months of the period.
 * The ISO text is not public (sold by ISO): the rules are Zhonghe's reading of public summaries,
 * so every verdict of this profile is labelled indicative (see docs/profiles.md).
 */
public class Iso14068Profile implements Profile {
    public static final String ID = "iso-14068-1";
    private static final ProfileInfo INFO = info(ID, "ISO 14068-1:2023 Carbon neutrality", Status.IN_FORCE,
            LocalDate.of(2023, 11, 1), null);

    static ProfileInfo info(String id, String standard, Status status, LocalDate from, LocalDate last) {
        return new ProfileInfo(id, standard, status, from, last, List.of(
                new RuleInfo("all-ghg", List.of("CONCEPT_REDEFINED"), "ISO 14068-1:2023, terms and definitions (carbon neutrality: GHG emissions and removals)", Verification.NOT_PUBLIC),
                new RuleInfo("subjects", List.of("SUBJECT_NOT_COVERED"), "ISO 14068-1:2023, scope (organizations and products)", Verification.NOT_PUBLIC),
                new RuleInfo("plan-required", List.of("PLAN_MISSING"), "ISO 14068-1:2023, carbon neutrality management plan", Verification.NOT_PUBLIC),
                new RuleInfo("scopes-1-2", List.of("SCOPE_COVERAGE_INSUFFICIENT"), "ISO 14068-1:2023, quantification of the GHG footprint (by ISO 14064-1)", Verification.NOT_PUBLIC),
                new RuleInfo("scope-3-significance", List.of("SCOPE3_SIGNIFICANCE_UNASSESSED"), "ISO 14068-1:2023 with ISO 14064-1:2018 (significant indirect emissions)", Verification.NOT_PUBLIC),
                new RuleInfo("verified-credits", List.of("NOT_VERIFIED"), "ISO 14068-1:2023, offsetting (carbon credit requirements)", Verification.NOT_PUBLIC),
                new RuleInfo("retired-within-12-months", List.of("RETIRED_TOO_LATE"), "ISO 14068-1:2023, offsetting (retirement of carbon credits)", Verification.NOT_PUBLIC),
                new RuleInfo("credit-split", List.of(), "ISO 14068-1:2023, carbon neutrality report", Verification.NOT_PUBLIC)));
    }

    @Override
    public ProfileInfo info() {
        return INFO;
    }

    /** "Carbon" covers all GHGs: carbon neutrality is evaluated over the Kyoto basket, value chain, credits admitted. */
    @Override
    public ConceptRule rule(Concept concept) {
        return Redefinitions.carbonAsEveryGhg(concept);
    }

    @Override
    public Optional<Reason> checkCredit(Credit c, ConceptRule rule, Assessment a) {
        if (!c.verified()) return Optional.of(Reason.NOT_VERIFIED);
        LocalDate latest = a.period().to().plusMonths(12);
        // undated: it cannot be shown retired within the 12 months (session 21; before, it passed)
        if (c.retiredOn() == null || c.retiredOn().isAfter(latest)) return Optional.of(Reason.RETIRED_TOO_LATE);
        return Optional.empty();
    }

    /** A credit without a day of retirement is told so, not as retired too late. */
    @Override
    public Optional<Explanation> explainCredit(Credit c, ConceptRule rule, Assessment a) {
        if (c.verified() && c.retiredOn() == null) {
            return Optional.of(Explanation.of(Reason.RETIRED_TOO_LATE, "profile.iso.RETIRED_TOO_LATE.undated",
                    a.period().to().plusMonths(12).toString()));
        }
        return Profile.super.explainCredit(c, rule, a);
    }

    @Override
    public List<Finding> findings(Assessment a, ConceptRule rule, Totals totals, List<RecordResult> records) {
        List<Finding> out = new ArrayList<>();
        EntityType type = a.entity().type();
        if (type.isTerritory() || type == EntityType.INDIVIDUAL) {
            out.add(Finding.told(FindingCode.SUBJECT_NOT_COVERED, "profile.iso.SUBJECT_NOT_COVERED", List.of(), type.id()));
        }
        if (!hasPlan(a.plan())) out.add(Finding.told(FindingCode.PLAN_MISSING, "profile.iso.PLAN_MISSING", List.of()));
        if (type == EntityType.ORGANIZATION) {
            if (!a.boundary().includes(Scope.ONE) || !a.boundary().includes(Scope.TWO)) {
                out.add(Finding.told(FindingCode.SCOPE_COVERAGE_INSUFFICIENT, "profile.iso.SCOPE_COVERAGE_INSUFFICIENT", List.of()));
            }
            boolean why = a.boundary().scope3Exclusion() != null && !a.boundary().scope3Exclusion().isBlank();
            if (!a.boundary().includes(Scope.THREE) && !why) {
                out.add(Finding.told(FindingCode.SCOPE3_SIGNIFICANCE_UNASSESSED, "profile.iso.SCOPE3_SIGNIFICANCE_UNASSESSED", List.of()));
            }
        }
        return out;
    }

    private static boolean hasPlan(Plan p) {
        return p != null && !p.reductionTargets().isEmpty() && p.removalTransition() != null && !p.removalTransition().isBlank();
    }
}
