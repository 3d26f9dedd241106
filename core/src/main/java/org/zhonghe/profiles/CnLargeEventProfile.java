package org.zhonghe.profiles;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.zhonghe.Concept;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Credit;
import org.zhonghe.assessment.CreditType;
import org.zhonghe.assessment.EntityType;
import org.zhonghe.assessment.Removal;
import org.zhonghe.assessment.RemovalClass;
import org.zhonghe.assessment.RemovalKind;
import org.zhonghe.profiles.ProfileInfo.RuleInfo;
import org.zhonghe.profiles.ProfileInfo.Status;
import org.zhonghe.profiles.ProfileInfo.Verification;
import org.zhonghe.rules.ConceptRule;
import org.zhonghe.rules.Finding;
import org.zhonghe.rules.FindingCode;
import org.zhonghe.rules.Reason;
import org.zhonghe.rules.RecordResult;
import org.zhonghe.rules.Totals;

/**
 * 生态环境部《大型活动碳中和实施指南（试行）》(2019): large events balance all GHGs over their
 * whole chain with ETS allowances, CCER, provincial carbon-inclusive credits (碳普惠) or Chinese
 * CDM credits, and forestry sinks from new afforestation and reforestation projects.
 */
public final class CnLargeEventProfile implements Profile {
    public static final String ID = "cn-large-event";
    private static final ProfileInfo INFO = new ProfileInfo(ID, "生态环境部《大型活动碳中和实施指南（试行）》2019",
            Status.IN_FORCE, LocalDate.of(2019, 5, 29), null, List.of(
            new RuleInfo("events-only", List.of("SUBJECT_NOT_COVERED"), "指南：适用范围（大型活动）", Verification.SPEC),
            new RuleInfo("all-ghg-value-chain", List.of("CONCEPT_REDEFINED"), "指南：术语与定义（温室气体、碳中和）", Verification.SPEC),
            new RuleInfo("admitted-credits", List.of("REGISTRY_NOT_ADMITTED", "CREDIT_TYPE_NOT_ADMITTED"), "指南：碳中和方式（碳配额、CCER、碳普惠减排量等）", Verification.SPEC),
            new RuleInfo("new-forestry-only", List.of("NOT_INCREMENTAL"), "指南：碳中和方式（新建林业项目产生的碳汇量）", Verification.SPEC)));

    @Override
    public ProfileInfo info() {
        return INFO;
    }

    @Override
    public ConceptRule rule(Concept concept) {
        return Redefinitions.carbonAsEveryGhg(concept);
    }

    /** Forestry sinks count only from new projects: other nature-based kinds are not incremental here. */
    @Override
    public Optional<Reason> checkRemoval(Removal r, Assessment a) {
        boolean newForest = r.kind() == RemovalKind.AFFORESTATION || r.kind() == RemovalKind.REFORESTATION;
        return r.kind().removalClass() == RemovalClass.NATURE_BASED && !newForest
                ? Optional.of(Reason.NOT_INCREMENTAL) : Optional.empty();
    }

    @Override
    public Optional<Reason> checkCredit(Credit c, ConceptRule rule, Assessment a) {
        String registry = c.registry();
        if (registry.equals("CN-ETS") || registry.startsWith("CN-ETS-")) {
            return c.type() == CreditType.ALLOWANCE ? Optional.empty() : Optional.of(Reason.CREDIT_TYPE_NOT_ADMITTED);
        }
        if (registry.equals("CCER") || registry.equals("PHCER")) return Optional.empty();
        if (registry.equals("CDM") && "CHN".equals(c.hostCountry())) return Optional.empty();
        return Optional.of(Reason.REGISTRY_NOT_ADMITTED);
    }

    @Override
    public List<Finding> findings(Assessment a, ConceptRule rule, Totals totals, List<RecordResult> records) {
        EntityType type = a.entity().type();
        return type == EntityType.EVENT ? List.of()
                : List.of(Finding.told(FindingCode.SUBJECT_NOT_COVERED, "profile.cnevent.SUBJECT_NOT_COVERED", List.of(), type.id()));
    }
}
