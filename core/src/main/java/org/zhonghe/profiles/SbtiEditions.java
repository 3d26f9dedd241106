package org.zhonghe.profiles;

import org.zhonghe.rules.ProfileInfo;
import java.time.LocalDate;
import java.util.List;
import org.zhonghe.rules.ProfileInfo.RuleInfo;
import org.zhonghe.rules.ProfileInfo.Status;
import org.zhonghe.rules.ProfileInfo.Verification;

/**
 * The two editions of the SBTi Corporate Net-Zero Standard Zhonghe knows, with each rule's clause.
 * V1.x (V1.0 of October 2021 to V1.3) and V2.0 ask the same of a net-zero claim in most of what
 * Zhonghe checks: Scopes 1, 2 and 3, a base year of 2015 or later, a cut of at least 90 % (72 %
 * FLAG), residual emissions neutralised by permanent carbon removals. V2.0 also sets the target of
 * Scope 1 apart from Scope 2 (session 24). Which edition applies is chosen by the claim date: V2.0
 * from {@link #V2_REQUIRED_FROM}, V1.x before.
 *
 * <p>V1.x criteria are cited by section with a marked paraphrase: their numbers (C1–C28) were
 * not re-read in this release. V2.0 rules are cited by the chapter of the final standard they sit
 * in (the chapters of standards.sciencebasedtargets.org: Net Zero Governance, Target Base Year
 * Assessment, Target Setting, Target Implementation, Reporting and Assessing Target Progress,
 * Ongoing Emissions Responsibility) with the criterion range of the SBTi's second public
 * consultation draft (Target Setting CNZS-C10–C21, ongoing emissions CNZS-C22–C29), said to be
 * the draft's numbering: the final criteria's words were not re-read; docs/profiles.md says so.
 */
final class SbtiEditions {
    /**
     * The first claim date evaluated under V2.0: Zhonghe's reading of the SBTi's transition (V1.x
     * for targets and claims up to the end of 2026), not a date quoted from the standard.
     */
    static final LocalDate V2_REQUIRED_FROM = LocalDate.of(2027, 1, 1);

    private SbtiEditions() {}

    static ProfileInfo v1() {
        String s = "SBTi Corporate Net-Zero Standard V1.x (V1.3), ";
        return new ProfileInfo(SbtiNetZeroProfile.ID, "SBTi Corporate Net-Zero Standard V1.3 (V1.x; claims dated before "
                + V2_REQUIRED_FROM + ")", Status.IN_FORCE, null, null, List.of(
                RuleInfo.paraphrased("value-chain", List.of("CONCEPT_REDEFINED"), s + "long-term targets: boundary", Verification.PRIMARY,
                        "Long-term science-based targets cover company-wide Scope 1 and 2 emissions (at least 95 %) and Scope 3"
                                + " emissions (at least 90 %): net zero is a value-chain claim."),
                RuleInfo.paraphrased("scope-coverage", List.of("SCOPE_COVERAGE_INSUFFICIENT"), s + "long-term targets: boundary",
                        Verification.PRIMARY, "A net-zero target without Scope 3 does not meet the standard."),
                RuleInfo.paraphrased("baseline-required", List.of("BASELINE_MISSING"), s + "base year", Verification.PRIMARY,
                        "Targets are set and tracked against a base-year inventory."),
                RuleInfo.paraphrased("base-year-2015", List.of("BASE_YEAR_TOO_EARLY"), s + "base year", Verification.PRIMARY,
                        "The base year is no earlier than 2015."),
                RuleInfo.paraphrased("reduction-90", List.of("REDUCTION_THRESHOLD_NOT_MET"), s + "long-term targets: ambition",
                        Verification.PRIMARY, "Reduce emissions by at least 90 % from the base year before net zero (cross-sector"
                                + " pathway); FLAG emissions by at least 72 % (the SBTi's FLAG page,"
                                + " sciencebasedtargets.org/sectors/forest-land-and-agriculture: \"will reduce at least 72% of"
                                + " emissions by no later than 2050\"; the FLAG Guidance's launch in 2022 said 74 %)."),
                RuleInfo.paraphrased("reduction-per-scope", List.of("REDUCTION_THRESHOLD_NOT_MET", "BASELINE_MISSING"),
                        s + "long-term targets: Scopes 1 and 2, Scope 3", Verification.READING,
                        "Scopes 1 and 2 and Scope 3 have long-term targets of their own (\"reduce absolute scope 1 and 2 GHG"
                                + " emissions 90 % … reduce absolute scope 3 GHG emissions 90 %\"), so each part is cut at least"
                                + " 90 % (72 % FLAG) below its own base-year emissions; a baseline given as one total cannot show"
                                + " it (BASELINE_MISSING). Zhonghe's reading that net zero is reached when both targets are."),
                RuleInfo.paraphrased("removal-credits-only", List.of("CREDIT_TYPE_NOT_ADMITTED"), s + "neutralization of residual emissions",
                        Verification.PRIMARY, "Residual emissions at the net-zero target year are neutralized by permanent carbon"
                                + " removal and storage; avoidance credits do not count towards targets."),
                RuleInfo.paraphrased("removal-durability-1000", List.of("DURABILITY_UNVERIFIED_RULE"), s + "neutralization of residual emissions",
                        Verification.READING, "The standard asks for permanent removal and storage without a number of years; the"
                                + " 1000 years are Zhonghe's reading, so a shorter removal credit is counted with a warning.")));
    }

    static ProfileInfo v2() {
        String s = "SBTi Corporate Net-Zero Standard V2.0 (standards.sciencebasedtargets.org), chapter ";
        return new ProfileInfo(SbtiNetZeroV2Profile.ID, "SBTi Corporate Net-Zero Standard V2.0 (claims dated from "
                + V2_REQUIRED_FROM + ")", Status.APPLIES_FROM, V2_REQUIRED_FROM, null, List.of(
                RuleInfo.paraphrased("value-chain", List.of("CONCEPT_REDEFINED"), s + "Target Setting (CNZS-C10 to C21 in the second consultation draft; final numbers not re-read)", Verification.READING,
                        "Net zero covers Scope 1, 2 and 3 emissions; V2.0 focuses Scope 3 targets on the most relevant emissions,"
                                + " which Zhonghe does not distinguish."),
                RuleInfo.paraphrased("scope-coverage", List.of("SCOPE_COVERAGE_INSUFFICIENT"), s + "Target Base Year Assessment (scope 3 boundary)", Verification.READING,
                        "A net-zero claim without Scope 3 does not meet the standard."),
                RuleInfo.paraphrased("baseline-required", List.of("BASELINE_MISSING"), s + "Target Base Year Assessment", Verification.READING,
                        "Progress is measured against a base-year inventory."),
                RuleInfo.paraphrased("base-year-2015", List.of("BASE_YEAR_TOO_EARLY"), s + "Target Base Year Assessment", Verification.READING,
                        "The base year is no earlier than 2015 (as V1.x; the V2.0 base-year rule was not re-read)."),
                RuleInfo.paraphrased("reduction-90", List.of("REDUCTION_THRESHOLD_NOT_MET"), s + "Target Setting, long-term targets", Verification.READING,
                        "At net zero, emissions are cut in line with 1.5 °C pathways: at least 90 % cross-sector, 72 % FLAG."),
                RuleInfo.paraphrased("reduction-per-scope", List.of("REDUCTION_THRESHOLD_NOT_MET", "BASELINE_MISSING"),
                        s + "Target Setting (CNZS-C10, separation of scopes, in the second consultation draft)", Verification.READING,
                        "Targets are set for Scope 1, Scope 2 and Scope 3 apart, so each part is cut at least 90 % (72 % FLAG)"
                                + " below its own base-year emissions (Zhonghe measures Scopes 1 and 2 together, as V1.x, and Scope 1"
                                + " apart: reduction-scope1-apart); a baseline given as one total cannot show it (BASELINE_MISSING)."),
                RuleInfo.paraphrased("reduction-scope1-apart", List.of("REDUCTION_THRESHOLD_NOT_MET", "BASELINE_MISSING"),
                        "SBTi Corporate Net-Zero Standard V2.0, Executive Summary, Table 1 (standards.sciencebasedtargets.org/chapter/a-executive-summary)",
                        Verification.READING,
                        "Table 1 sets the targets of Scope 1, of Scope 2 and of Scope 3 in columns of their own: near-term"
                                + " targets for Scope 1 and for Scope 2 are required of all companies, a long-term target to reach"
                                + " residual emissions levels by 2050 for Scope 1 depends on the target-setting method; V2.0 no longer"
                                + " allows one target blending Scopes 1 and 2. Zhonghe's reading: Scope 1 is cut at least 90 % (72 %"
                                + " FLAG) below its own base-year emissions (baseline.scope1), beside the cut of Scopes 1 and 2"
                                + " together, which Zhonghe keeps (the stricter; V2.0's Scope 2 target is not modelled); a baseline"
                                + " that does not give Scope 1 apart cannot show it (BASELINE_MISSING)."),
                RuleInfo.paraphrased("removal-credits-only", List.of("CREDIT_TYPE_NOT_ADMITTED"), s + "Ongoing Emissions Responsibility (CNZS-C22 to C29 in the"
                        + " second consultation draft)", Verification.READING, "By the net-zero target year residual emissions are neutralized (the second consultation draft: companies \"shall neutralize 100% of their residual emissions\"); avoidance credits do not count. Residual emissions are neutralized by carbon removals; avoidance credits do not count."),
                RuleInfo.paraphrased("removal-durability-1000", List.of("DURABILITY_UNVERIFIED_RULE"), s + "Ongoing Emissions Responsibility",
                        Verification.READING, "Removals are to be durable; no number of years is quoted here, so a removal credit"
                                + " stored less than 1000 years is counted with a warning."),
                RuleInfo.paraphrased("edition-by-claim-date", List.of("PROFILE_VERSION_APPLIED"), "Zhonghe: which edition applies",
                        Verification.READING, "A claim dated before " + V2_REQUIRED_FROM + " falls under V1.x; from that date under V2.0."
                                + " The output says which edition applies.")));
    }
}
