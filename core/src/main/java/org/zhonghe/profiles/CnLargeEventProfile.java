package org.zhonghe.profiles;

import org.zhonghe.rules.ProfileInfo;
import org.zhonghe.rules.Profile;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.zhonghe.Concept;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Credit;
import org.zhonghe.assessment.CreditKey;
import org.zhonghe.assessment.CreditType;
import org.zhonghe.assessment.EntityType;
import org.zhonghe.assessment.RemovalClass;
import org.zhonghe.assessment.RemovalKind;
import org.zhonghe.rules.ProfileInfo.RuleInfo;
import org.zhonghe.rules.ProfileInfo.Status;
import org.zhonghe.rules.ProfileInfo.Verification;
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
            RuleInfo.paraphrased("events-only", List.of("SUBJECT_NOT_COVERED"), "《大型活动碳中和实施指南（试行）》（生态环境部公告2019年第19号）：适用范围",
                    Verification.PRIMARY, "本指南适用于在我国境内举办的演唱会、体育赛事、会议、论坛、展览等大型活动的碳中和实施。"),
            RuleInfo.paraphrased("all-ghg-value-chain", List.of("CONCEPT_REDEFINED"), "同上：术语和定义（温室气体；大型活动碳中和）",
                    Verification.PRIMARY, "温室气体为《京都议定书》所列各种温室气体；大型活动的温室气体排放包括举办前、举办中、举办后全过程，"
                            + "含场馆、交通、住宿、餐饮、会议用品、废弃物处理等环节。"),
            RuleInfo.paraphrased("admitted-credits", List.of("REGISTRY_NOT_ADMITTED", "CREDIT_TYPE_NOT_ADMITTED"), "同上：碳中和方式（碳配额、碳信用）",
                    Verification.PRIMARY, "可购买全国或区域碳排放权交易体系的碳配额，或碳信用：国家核证自愿减排量（CCER）、"
                            + "经省级及以上生态环境主管部门批准、备案或认可的碳普惠项目产生的减排量，以及中国境内的清洁发展机制（CDM）项目减排量。"),
            RuleInfo.paraphrased("new-forestry-only", List.of("NOT_INCREMENTAL"), "同上：碳中和方式（林业碳汇）",
                    Verification.PRIMARY, "可通过新建林业项目产生的碳汇量抵消大型活动的温室气体排放量。")));

    @Override
    public ProfileInfo info() {
        return INFO;
    }

    @Override
    public ConceptRule rule(Concept concept) {
        return Redefinitions.carbonAsEveryGhg(concept);
    }

    /**
     * Forestry sinks count only from new projects: other nature-based kinds are not incremental
     * here (blue carbon, which the guideline does not address, is left to §3; docs/profiles.md),
     * whether in the boundary or bought as removal credits (the guideline speaks of sinks used to
     * offset, 抵消; rules.md §4 check 6).
     */
    @Override
    public Optional<Reason> checkSinkKind(RemovalKind kind) {
        boolean newForest = kind == RemovalKind.AFFORESTATION || kind == RemovalKind.REFORESTATION;
        return kind.removalClass() == RemovalClass.NATURE_BASED && !newForest
                ? Optional.of(Reason.NOT_INCREMENTAL) : Optional.empty();
    }

    @Override
    public Optional<Reason> checkCredit(Credit c, ConceptRule rule, Assessment a) {
        // the registry's canonical id, whatever the spelling (assessment-format.md): "cn-ets-beijing" is
        // CN ETS BEIJING, "Clean Development Mechanism" is CDM, "碳普惠" is PHCER
        String registry = CreditKey.registryId(c.registry());
        if (registry.equals("CN ETS") || registry.startsWith("CN ETS ")) {
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
