package org.zhonghe.profiles;

import org.zhonghe.rules.ProfileInfo;
import org.zhonghe.rules.Profile;
import java.util.List;
import org.zhonghe.rules.ProfileInfo.RuleInfo;
import org.zhonghe.rules.ProfileInfo.Status;

/**
 * The IPCC definitions (SR15 2018 and AR6 WGI 2021 glossaries, as the paper's Table 3 sums them
 * up): rules.md §1–§4 as written, minimum durability 100 years.
 */
public final class IpccProfile implements Profile {
    public static final String ID = "ipcc";
    private static final ProfileInfo INFO = new ProfileInfo(ID,
            "IPCC SR15 (2018) and AR6 WGI (2021) glossaries; Chen Ying (2022) Table 3", Status.IN_FORCE, null, null,
            List.of(RuleInfo.quoted("definitions", List.of(), "IPCC AR6 WGI Annex VII (Glossary), 'Carbon neutrality'; Chen Ying (2022) Table 3",
                    "Condition in which anthropogenic carbon dioxide (CO2) emissions associated with a subject are balanced by"
                            + " anthropogenic CO2 removals.")));

    @Override
    public ProfileInfo info() {
        return INFO;
    }
}
