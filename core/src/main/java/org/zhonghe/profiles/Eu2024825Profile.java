package org.zhonghe.profiles;

import org.zhonghe.rules.ProfileInfo;
import org.zhonghe.rules.Profile;
import java.time.LocalDate;
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
            RuleInfo.quoted("applies-from", List.of("NOT_YET_APPLICABLE"), "Directive (EU) 2024/825, Art. 4(1), second subparagraph",
                    "They shall apply those measures from 27 September 2026."),
            RuleInfo.quoted("offset-claims-prohibited", List.of("CLAIM_PROHIBITED"),
                    "Directive 2005/29/EC, Annex I point 4c, inserted by Art. 1 and the Annex of Directive (EU) 2024/825; "
                            + "'product' as Art. 2(c) of Directive 2005/29/EC (goods or services)",
                    "Claiming, based on the offsetting of greenhouse gas emissions, that a product has a neutral, reduced or positive"
                            + " impact on the environment in terms of greenhouse gas emissions."),
            RuleInfo.paraphrased("organisation-offset-risk", List.of("OFFSET_BASED_CLAIM_RISK"),
                    "Directive 2005/29/EC, Art. 6(2)(d) and Annex I point 4b, both inserted by Directive (EU) 2024/825",
                    Verification.READING, "Point 4c names products only. A claim about a trader's whole business is judged case by case:"
                            + " it may not cover the whole business when it concerns one aspect (point 4b), and a claim of future"
                            + " environmental performance needs a detailed, realistic, independently verified implementation plan"
                            + " (Art. 6(2)(d)). Zhonghe warns rather than refuses.")));

    @Override
    public ProfileInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> findings(Assessment a, ConceptRule rule, Totals totals, List<RecordResult> records) {
        java.time.LocalDate claimed = Profile.claimDate(a, rule); // once: it reads every credit
        if (claimed.isBefore(APPLIES_FROM)) {
            return List.of(Finding.told(FindingCode.NOT_YET_APPLICABLE, "profile.eu.NOT_YET_APPLICABLE", List.of(),
                    claimed.toString(), APPLIES_FROM.toString()));
        }
        List<String> credits = records.stream().filter(r -> r.section() == Section.CREDITS && r.isCounted())
                .map(RecordResult::id).toList();
        if (credits.isEmpty()) return List.of();
        EntityType type = a.entity().type();
        if (type == EntityType.PRODUCT || type == EntityType.EVENT || type == EntityType.ACTIVITY) {
            return List.of(Finding.told(FindingCode.CLAIM_PROHIBITED, "profile.eu.CLAIM_PROHIBITED", credits,
                    type.id(), claimed.toString()));
        }
        if (type == EntityType.ORGANIZATION) {
            return List.of(Finding.told(FindingCode.OFFSET_BASED_CLAIM_RISK, "profile.eu.OFFSET_BASED_CLAIM_RISK", credits));
        }
        return List.of();
    }
}
