package org.zhonghe.profiles;

/**
 * The IPCC definitions (SR15 2018 and AR6 WGI 2021 glossaries, as the paper's Table 3 sums them
 * up): rules.md §1–§4 as written, minimum durability 100 years.
 */
public final class IpccProfile implements Profile {
    public static final String ID = "ipcc";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String source() {
        return "IPCC SR15 (2018) and AR6 WGI (2021) glossaries; Chen Ying (2022) Table 3";
    }
}
