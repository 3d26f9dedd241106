package org.zhonghe.profiles;

import org.zhonghe.rules.ProfileInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhonghe.assessment.Assessment;
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
 * (territories and individuals included, §1); a later claim is {@code STANDARD_WITHDRAWN}.
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
        if (a.claimDate().isAfter(LAST_CLAIM_DATE)) {
            out.add(Finding.told(FindingCode.STANDARD_WITHDRAWN, "profile.pas.STANDARD_WITHDRAWN", List.of(),
                    a.claimDate().toString()));
        }
        // PAS 2060 excludes no entity or subject (§1): ISO 14068-1's refusal of territories and
        // individuals does not apply (session 22; before, a family's or a town's claim was refused)
        for (Finding f : super.findings(a, rule, totals, records)) {
            if (f.code() != FindingCode.SUBJECT_NOT_COVERED) out.add(f);
        }
        if (a.entity().type() == EntityType.GLOBAL) {
            out.add(Finding.told(FindingCode.SUBJECT_NOT_COVERED, "profile.pas.SUBJECT_NOT_COVERED", List.of()));
        }
        return out;
    }
}
