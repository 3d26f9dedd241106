package org.zhonghe.profiles;

import org.zhonghe.rules.Profile;
import org.zhonghe.rules.ProfileInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhonghe.Concept.Gases;
import org.zhonghe.Concept.Reach;
import org.zhonghe.Decimals;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Baseline;
import org.zhonghe.assessment.EntityType;
import org.zhonghe.rules.ProfileInfo.RuleInfo;
import org.zhonghe.rules.ProfileInfo.Status;
import org.zhonghe.rules.ProfileInfo.Verification;
import org.zhonghe.rules.ConceptRule;
import org.zhonghe.rules.Finding;
import org.zhonghe.rules.FindingCode;
import org.zhonghe.rules.RecordResult;
import org.zhonghe.rules.Totals;

/**
 * PAS 2060:2014 Specification for the demonstration of carbon neutrality (BSI), withdrawn and
 * replaced by ISO 14068-1; BSI verifications against it ended on 2025-12-31. Evaluated as
 * ISO 14068-1 for claims dated on or before that day, except that it excludes no entity or subject
 * (territories and individuals included, §1), and that a period after the first shows a reduction
 * ({@link #laterPeriod}); a later claim is {@code STANDARD_WITHDRAWN}.
 */
public final class Pas2060Profile extends Iso14068Profile {
    public static final String ID = "pas-2060";
    static final LocalDate LAST_CLAIM_DATE = LocalDate.of(2025, 12, 31);
    private static final ProfileInfo INFO = withdrawal(Iso14068Profile.info(ID, "PAS 2060:2014 (BSI), withdrawn",
            Status.WITHDRAWN, LocalDate.of(2014, 4, 30), LAST_CLAIM_DATE));

    private static ProfileInfo withdrawal(ProfileInfo iso) {
        List<RuleInfo> rules = new ArrayList<>(iso.rules());
        rules.replaceAll(r -> !r.name().equals("subjects") ? r : new RuleInfo("subjects", List.of("SUBJECT_NOT_COVERED"),
                "PAS 2060:2014, 1 Scope (its abstract as published: \"any entity … It is not the intention of this PAS to"
                        + " exclude any specific subjects or entities\")", Verification.NOT_PUBLIC,
                "Any entity — regional and local government, communities, organisations, clubs, families, individuals —"
                        + " and any subject, towns and cities among them; the globe alone is no entity that can claim"
                        + " (Zhonghe's reading).", true));
        rules.add(new RuleInfo("later-periods-reduce", List.of("REDUCTION_THRESHOLD_NOT_MET", "BASELINE_MISSING",
                "FIRST_PERIOD_ASSUMED"), "PAS 2060:2014, declaration of achievement (its abstract as published: carbon"
                        + " neutrality through offsets alone only for the first application period; later periods show an"
                        + " absolute or intensity reduction)", Verification.NOT_PUBLIC,
                "A declaration reached by offsets alone is allowed for the first application period only; from the second"
                        + " period the entity shows a reduction. Zhonghe measures it as an absolute reduction below the"
                        + " baseline (claim.firstPeriod: false); an intensity reduction is not modelled (Zhonghe's reading).",
                true));
        rules.add(0, new RuleInfo("withdrawn", List.of("STANDARD_WITHDRAWN"),
                "BSI's notice of withdrawal of PAS 2060 (replaced by ISO 14068-1); certification to it ends 2025-12-31",
                Verification.NOT_PUBLIC, "BSI withdrew PAS 2060 when ISO 14068-1 was published; claims verified against it end on 31 December 2025.",
                true));
        return new ProfileInfo(iso.id(), iso.standard(), iso.status(), iso.effectiveFrom(), iso.lastClaimDate(), rules);
    }

    @Override
    public ProfileInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> findings(Assessment a, ConceptRule rule, Totals totals, List<RecordResult> records) {
        List<Finding> out = new ArrayList<>();
        java.time.LocalDate claimed = Profile.claimDate(a, rule); // once: it reads every credit
        if (claimed.isAfter(LAST_CLAIM_DATE)) {
            out.add(Finding.told(FindingCode.STANDARD_WITHDRAWN, "profile.pas.STANDARD_WITHDRAWN", List.of(),
                    claimed.toString()));
        }
        // PAS 2060 excludes no entity or subject (§1): ISO 14068-1's refusal of territories and
        // individuals does not apply (session 22; before, a family's or a town's claim was refused)
        for (Finding f : super.findings(a, rule, totals, records)) {
            if (f.code() != FindingCode.SUBJECT_NOT_COVERED) out.add(f);
        }
        if (a.entity().type() == EntityType.GLOBAL) {
            out.add(Finding.told(FindingCode.SUBJECT_NOT_COVERED, "profile.pas.SUBJECT_NOT_COVERED", List.of()));
        }
        laterPeriod(a, rule, totals).ifPresent(out::add);
        return out;
    }

    /**
     * PAS 2060:2014 allows a declaration reached by offsets alone for the first application period
     * only; from the second the entity shows a reduction (the abstract BSI's distributors publish:
     * "an absolute or intensity reduction"). Zhonghe's reading: a later period
     * ({@code claim.firstPeriod: false}) shows its counted emissions below the baseline's, the
     * base-year footprint of the same boundary; an intensity reduction is not modelled, so an entity
     * whose reduction is in intensity alone reads NOT SUPPORTED and the message says why. Without a
     * baseline the reduction cannot be judged ({@code BASELINE_MISSING}, INDETERMINATE); under a
     * concept that counts part of the footprint (CO2 alone, direct control alone) the part is no
     * reduction of the whole. A claim that does not say whether its period is the first is judged as
     * a first period, and when it rests on counted credits with no reduction shown it is told so
     * ({@code FIRST_PERIOD_ASSUMED}, a warning).
     */
    private static java.util.Optional<Finding> laterPeriod(Assessment a, ConceptRule rule, Totals totals) {
        Boolean first = a.claim().firstPeriod();
        if (Boolean.TRUE.equals(first)) return java.util.Optional.empty();
        Baseline b = a.baseline();
        boolean whole = rule.gases() == Gases.GHG && rule.reach() == Reach.VALUE_CHAIN;
        boolean reduced = b != null && whole && totals.emissions().compareTo(b.emissions()) < 0;
        if (first == null) {
            return totals.credits().signum() > 0 && !reduced
                    ? java.util.Optional.of(Finding.told(FindingCode.FIRST_PERIOD_ASSUMED, "profile.pas.FIRST_PERIOD_ASSUMED",
                            List.of()))
                    : java.util.Optional.empty();
        }
        if (b == null) {
            return java.util.Optional.of(Finding.told(FindingCode.BASELINE_MISSING, "profile.pas.BASELINE_MISSING.laterPeriod",
                    List.of()));
        }
        if (!whole) {
            return java.util.Optional.of(Finding.told(FindingCode.REDUCTION_THRESHOLD_NOT_MET,
                    "profile.pas.REDUCTION_THRESHOLD_NOT_MET.partial", List.of(), String.valueOf(b.year())));
        }
        if (reduced) return java.util.Optional.empty();
        return java.util.Optional.of(Finding.told(FindingCode.REDUCTION_THRESHOLD_NOT_MET,
                "profile.pas.REDUCTION_THRESHOLD_NOT_MET.laterPeriod", List.of(), Decimals.grouped(totals.emissions()),
                String.valueOf(b.year()), Decimals.grouped(b.emissions())));
    }
}
