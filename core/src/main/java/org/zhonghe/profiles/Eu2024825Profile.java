package org.zhonghe.profiles;

import java.time.LocalDate;
import java.util.List;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.EntityType;
import org.zhonghe.profiles.ProfileInfo.RuleInfo;
import org.zhonghe.profiles.ProfileInfo.Status;
import org.zhonghe.profiles.ProfileInfo.Verification;
import org.zhonghe.rules.ConceptRule;
import org.zhonghe.rules.Finding;
import org.zhonghe.rules.FindingCode;
import org.zhonghe.rules.RecordResult;
import org.zhonghe.rules.Section;
import org.zhonghe.rules.Totals;

/**
 * Directive (EU) 2024/825 (empowering consumers for the green transition), amending Directive
 * 2005/29/EC; Member States apply it from 2026-09-27. Annex I point 4c blacklists "claiming,
 * based on the offsetting of greenhouse gas emissions, that a product has a neutral, reduced or
 * positive impact on the environment in terms of greenhouse gas emissions"; "product" includes
 * services (Art. 2(c) of 2005/29/EC).
 */
public final class Eu2024825Profile implements Profile {
    public static final String ID = "eu-2024-825";
    static final LocalDate APPLIES_FROM = LocalDate.of(2026, 9, 27);
    private static final ProfileInfo INFO = new ProfileInfo(ID, "Directive (EU) 2024/825, Annex I point 4c",
            Status.APPLIES_FROM, APPLIES_FROM, null, List.of(
            new RuleInfo("applies-from", List.of("NOT_YET_APPLICABLE"), "Directive (EU) 2024/825 Art. 4(1) (apply from 27 September 2026)", Verification.SECONDARY),
            new RuleInfo("offset-claims-prohibited", List.of("CLAIM_PROHIBITED"), "Directive 2005/29/EC Annex I point 4c, inserted by Directive (EU) 2024/825", Verification.SECONDARY),
            new RuleInfo("organisation-offset-risk", List.of("OFFSET_BASED_CLAIM_RISK"), "profiles.md (trader-level claims: Directive 2005/29/EC Arts. 6–7, case by case)", Verification.SPEC)));

    @Override
    public ProfileInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> findings(Assessment a, ConceptRule rule, Totals totals, List<RecordResult> records) {
        if (a.claimDate().isBefore(APPLIES_FROM)) {
            return List.of(Finding.told(FindingCode.NOT_YET_APPLICABLE, "profile.eu.NOT_YET_APPLICABLE", List.of(),
                    a.claimDate().toString(), APPLIES_FROM.toString()));
        }
        List<String> credits = records.stream().filter(r -> r.section() == Section.CREDITS && r.isCounted())
                .map(RecordResult::id).toList();
        if (credits.isEmpty()) return List.of();
        EntityType type = a.entity().type();
        if (type == EntityType.PRODUCT || type == EntityType.EVENT || type == EntityType.ACTIVITY) {
            return List.of(Finding.told(FindingCode.CLAIM_PROHIBITED, "profile.eu.CLAIM_PROHIBITED", credits,
                    type.id(), a.claimDate().toString()));
        }
        if (type == EntityType.ORGANIZATION) {
            return List.of(Finding.told(FindingCode.OFFSET_BASED_CLAIM_RISK, "profile.eu.OFFSET_BASED_CLAIM_RISK", credits));
        }
        return List.of();
    }
}
