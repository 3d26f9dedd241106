package org.zhonghe.profiles;

import org.zhonghe.rules.ProfileInfo;
import org.zhonghe.rules.Profile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Credit;
import org.zhonghe.assessment.CreditKey;
import org.zhonghe.assessment.Emission;
import org.zhonghe.assessment.Scope;
import org.zhonghe.Gas;
import org.zhonghe.rules.RecordResult;
import org.zhonghe.rules.ProfileInfo.RuleInfo;
import org.zhonghe.rules.ProfileInfo.Status;
import org.zhonghe.rules.ProfileInfo.Verification;
import org.zhonghe.rules.ConceptRule;
import org.zhonghe.rules.Explanation;
import org.zhonghe.rules.Reason;

/**
 * 《碳排放权交易管理办法（试行）》(2021) Art. 29: does the claim hold using only the offsets that
 * China's national ETS accepts? CCER only, none from projects inside the ETS, at most 5 % of the
 * allowances to be surrendered, taken as the counted CO2 of Scopes 1 and 2 (the paper, §4.2.2:
 * "企业履约可用 CCER 作为碳抵消的比例仅 5%"); from 2025 no CCER of
 * the old stock (the MEE notice of October 2023).
 */
public final class CnEtsProfile implements Profile {
    public static final String ID = "cn-ets";
    static final BigDecimal CAP_SHARE = new BigDecimal("0.05");
    private static final ProfileInfo INFO = new ProfileInfo(ID, "《碳排放权交易管理办法（试行）》2021, 第二十九条",
            Status.IN_FORCE, LocalDate.of(2021, 2, 1), null, List.of(
            RuleInfo.quoted("ccer-only", List.of("REGISTRY_NOT_ADMITTED"), "《碳排放权交易管理办法（试行）》第二十九条第一款",
                    "重点排放单位每年可以使用国家核证自愿减排量抵销碳排放配额的清缴"),
            RuleInfo.quoted("not-from-ets", List.of("OWN_BOUNDARY_CREDIT"), "《碳排放权交易管理办法（试行）》第二十九条第二款",
                    "用于抵销的国家核证自愿减排量，不得来自纳入全国碳排放权交易市场配额管理的减排项目。"),
            RuleInfo.quoted("cap-5-percent", List.of("OFFSET_CAP_EXCEEDED"), "《碳排放权交易管理办法（试行）》第二十九条第一款"
                    + "（Zhonghe takes the counted CO2 of Scopes 1 and 2 as the allowances to be surrendered, 应清缴碳排放配额:"
                    + " the national market's allowances are of CO2 for a unit's own emissions, not of other gases or Scope 3）",
                    "抵销比例不得超过应清缴碳排放配额的5%"),
            RuleInfo.paraphrased("old-ccer-until-2024", List.of("REGISTRY_NOT_ADMITTED"),
                    "生态环境部《关于全国温室气体自愿减排交易市场有关工作事项安排的通告》（2023年10月）"
                    + "（Zhonghe tells an old CCER by its vintage: one of 2019 or before cannot be of the restarted scheme,"
                    + " whose reductions date from 2020-09-22）", Verification.READING,
                    "2017年3月14日前已获得国家应对气候变化主管部门备案的核证自愿减排量，可于2024年12月31日前用于全国碳排放权交易市场"
                    + "抵销碳排放配额清缴，2025年1月1日起不再用于全国碳排放权交易市场抵销碳排放配额清缴")));
    /** From this day, CCER filed before 2017-03-14 no longer offset allowance surrender (the MEE notice of October 2023). */
    static final LocalDate OLD_CCER_REFUSED_FROM = LocalDate.of(2025, 1, 1);
    /**
     * The latest vintage of an old CCER, as Zhonghe tells them: a CCER filed before 2017-03-14 holds
     * reductions made before then, and the restarted scheme (《温室气体自愿减排交易管理办法（试行）》2023) credits
     * reductions from 2020-09-22 on, so a CCER of 2019 or before is of the old stock.
     */
    static final int OLD_CCER_LAST_VINTAGE = 2019;

    @Override
    public ProfileInfo info() {
        return INFO;
    }

    @Override
    public Optional<Reason> checkCredit(Credit c, ConceptRule rule, Assessment a) {
        // the registry's canonical id, whatever the spelling ("ccer", "国家核证自愿减排量"; assessment-format.md)
        if (!CreditKey.registryId(c.registry()).equals("CCER")) return Optional.of(Reason.REGISTRY_NOT_ADMITTED);
        if (c.etsCovered()) return Optional.of(Reason.OWN_BOUNDARY_CREDIT);
        if (isOldCcerTooLate(c, rule, a)) return Optional.of(Reason.REGISTRY_NOT_ADMITTED);
        return Optional.empty();
    }

    /** A CCER of the old stock refused for its vintage is told so, not as a registry not admitted. */
    @Override
    public Optional<Explanation> explainCredit(Credit c, ConceptRule rule, Assessment a) {
        if (CreditKey.registryId(c.registry()).equals("CCER") && !c.etsCovered() && isOldCcerTooLate(c, rule, a)) {
            return Optional.of(Explanation.of(Reason.REGISTRY_NOT_ADMITTED, "profile.cn-ets.REGISTRY_NOT_ADMITTED.oldCcer",
                    String.valueOf(c.vintage()), Profile.claimDate(a, rule).toString()));
        }
        return Profile.super.explainCredit(c, rule, a);
    }

    private static boolean isOldCcerTooLate(Credit c, ConceptRule rule, Assessment a) {
        // the vintage first: the claim's date reads every credit, and only a CCER of the old stock asks for it
        return c.vintage() <= OLD_CCER_LAST_VINTAGE && !Profile.claimDate(a, rule).isBefore(OLD_CCER_REFUSED_FROM);
    }

    /**
     * 5 % of the allowances to be surrendered (应清缴碳排放配额), which Zhonghe takes as the counted
     * CO2 of Scopes 1 and 2, in t (exact): the national market's allowances are of CO2, for a
     * covered unit's own emissions (fuel combustion; purchased electricity under the earlier
     * accounting rules), never of other gases or of the value chain. Before session 22 the cap was
     * 5 % of every counted emission, Scope 3 and other gases included, which admitted more CCER
     * than Art. 29 does. Zhonghe's reading (the rule {@code cap-5-percent} says so).
     */
    @Override
    public Optional<BigDecimal> offsetCap(Assessment a, List<RecordResult> emissionResults, BigDecimal countedEmissions) {
        BigDecimal covered = BigDecimal.ZERO;
        List<Emission> emissions = a.emissions();
        for (int i = 0, n = emissions.size(); i < n; i++) {
            Emission e = emissions.get(i);
            RecordResult r = emissionResults.get(i);
            if (r.isCounted() && inCapBase(e.gas(), e.scope())) covered = covered.add(r.counted());
        }
        return Optional.of(covered.multiply(CAP_SHARE));
    }

    /** CO2 of Scopes 1 and 2: "CO2" is the one spelling of the gas (GwpTable.resolve); biogenic CO2 is never counted. */
    @Override
    public boolean inCapBase(String gas, Scope scope) {
        return scope != Scope.THREE && gas.equals(Gas.CO2.id());
    }
}
