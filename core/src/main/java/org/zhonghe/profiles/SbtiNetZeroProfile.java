package org.zhonghe.profiles;

import org.zhonghe.rules.ProfileInfo;
import org.zhonghe.rules.Profile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhonghe.Concept;
import org.zhonghe.Concept.Gases;
import org.zhonghe.Concept.Reach;
import org.zhonghe.Decimals;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Baseline;
import org.zhonghe.assessment.Credit;
import org.zhonghe.assessment.CreditType;
import org.zhonghe.assessment.Scope;
import org.zhonghe.rules.ConceptRule;
import org.zhonghe.rules.Finding;
import org.zhonghe.rules.FindingCode;
import org.zhonghe.rules.Reason;
import org.zhonghe.rules.RecordResult;
import org.zhonghe.rules.Section;
import org.zhonghe.rules.Totals;

/**
 * SBTi Corporate Net-Zero Standard V1.x (V1.3): net zero GHG over the value chain (Scopes 1, 2, 3),
 * reached by cutting emissions at least 90 % below a base year of 2015 or later (72 % for the
 * FLAG sector), with residual emissions neutralised by removals in the boundary or removal
 * credits. The standard asks for permanent removals without a number of years, so the 1000-year
 * durability is Zhonghe's reading and applied as a warning. A claim dated from
 * {@link SbtiEditions#V2_REQUIRED_FROM} falls under V2.0 ({@link SbtiNetZeroV2Profile}); the
 * output says which edition applies ({@code PROFILE_VERSION_APPLIED}).
 */
public class SbtiNetZeroProfile implements Profile {
    public static final String ID = "sbti-net-zero";
    static final int EARLIEST_BASE_YEAR = 2015;
    static final BigDecimal CUT = new BigDecimal("0.90");
    static final BigDecimal FLAG_CUT = new BigDecimal("0.72");
    static final int DURABLE_YEARS = 1000;
    private static final ProfileInfo INFO = SbtiEditions.v1();

    @Override
    public ProfileInfo info() {
        return INFO;
    }

    /** Net zero GHG reaches the value chain; credits are admitted and restricted to removals at check 6. */
    @Override
    public ConceptRule rule(Concept concept) {
        ConceptRule ipcc = ConceptRule.ipcc(concept);
        return concept == Concept.NET_ZERO_GHG ? ipcc.redefine(ipcc.gases(), Reach.VALUE_CHAIN, true) : ipcc;
    }

    @Override
    public Optional<Reason> checkCredit(Credit c, ConceptRule rule, Assessment a) {
        return c.type() == CreditType.REMOVAL ? Optional.empty() : Optional.of(Reason.CREDIT_TYPE_NOT_ADMITTED);
    }

    @Override
    public List<Finding> findings(Assessment a, ConceptRule rule, Totals totals, List<RecordResult> records) {
        List<Finding> out = new ArrayList<>();
        Optional<Finding> edition = edition(a, rule);
        boolean allScopes = a.boundary().includes(Scope.ONE) && a.boundary().includes(Scope.TWO) && a.boundary().includes(Scope.THREE);
        if (!allScopes) out.add(Finding.told(FindingCode.SCOPE_COVERAGE_INSUFFICIENT, "profile.sbti.SCOPE_COVERAGE_INSUFFICIENT", List.of()));
        Baseline b = a.baseline();
        if (b == null) {
            out.add(Finding.told(FindingCode.BASELINE_MISSING, "profile.sbti.BASELINE_MISSING", List.of()));
        } else {
            if (b.year() < EARLIEST_BASE_YEAR) {
                out.add(Finding.told(FindingCode.BASE_YEAR_TOO_EARLY, "profile.sbti.BASE_YEAR_TOO_EARLY", List.of(),
                        String.valueOf(b.year())));
            }
            List<Finding> cut = threshold(a, b, totals, rule, records, scope1Apart());
            out.addAll(cut);
            // a claim of the other edition's dates: say whether that edition's cut reads otherwise
            if (edition.isPresent() && !cut.equals(threshold(a, b, totals, rule, records, !scope1Apart()))) {
                edition = Optional.of(Finding.told(edition.get().code(), edition.get().messageKey() + ".differs",
                        List.of(), edition.get().args().toArray(String[]::new)));
            }
        }
        edition.ifPresent(e -> out.add(0, e));
        List<String> shortLived = shortLivedRemovalCredits(a, records);
        if (!shortLived.isEmpty()) {
            out.add(Finding.told(FindingCode.DURABILITY_UNVERIFIED_RULE, "profile.sbti.DURABILITY_UNVERIFIED_RULE", shortLived,
                    String.valueOf(DURABLE_YEARS)));
        }
        return out;
    }

    /**
     * Whether Scope 1 is cut on its own as well: not in V1.x, whose long-term target covers Scopes
     * 1 and 2 together; in V2.0, which sets Scope 1 apart ({@link SbtiNetZeroV2Profile}).
     */
    boolean scope1Apart() {
        return false;
    }

    /** Which edition applies to this claim date, when it is not this profile's own. */
    Optional<Finding> edition(Assessment a, ConceptRule rule) {
        java.time.LocalDate claimed = Profile.claimDate(a, rule); // once: it reads every credit
        if (claimed.isBefore(SbtiEditions.V2_REQUIRED_FROM)) return Optional.empty();
        return Optional.of(Finding.told(FindingCode.PROFILE_VERSION_APPLIED, "profile.sbti.V2_APPLIES", List.of(),
                claimed.toString(), SbtiEditions.V2_REQUIRED_FROM.toString()));
    }

    /**
     * At least 90 % (72 % FLAG) below the baseline: counted emissions at most (1 − cut) × the
     * baseline, decided by an exact product, never a rounded quotient. Measured only on a concept
     * that counts every greenhouse gas over the value chain (net zero GHG as SBTi redefines it, GHG
     * neutrality): under one that counts CO2 alone or direct control alone the counted total is part
     * of the inventory the baseline holds, and the cut is not met (session 21; before, a CO2-only
     * total read as a cut of the whole baseline). A baseline of 0 t allows
     * no emissions at all (no cut below it can be measured). The achieved cut in the message is
     * rounded down, so that a cut just short of the requirement never reads as meeting it.
     *
     * <p>The SBTi sets the long-term target of Scopes 1 and 2 and that of Scope 3 apart (V1.x: the
     * coverage of each, criteria on Scopes 1 and 2 and on Scope 3, and the target wording "reduce
     * absolute scope 1 and 2 GHG emissions 90 % … reduce absolute scope 3 GHG emissions 90 %";
     * V2.0 draft CNZS-C10, separation of scopes), so the cut is met only when each part is cut: a
     * deep Scope 3 cut cannot carry a shallow one of Scopes 1 and 2 (session 22; before, one cut of
     * the total was tested, and a 50 % cut of Scopes 1 and 2 behind a 95 % cut of Scope 3 read
     * SUPPORTED). When the total is cut enough but the baseline is not split, the parts cannot be
     * judged: {@code BASELINE_MISSING} (INDETERMINATE), asking for {@code baseline.scope1and2} and
     * {@code baseline.scope3}. Zhonghe's reading that net zero is reached when both long-term
     * targets are.
     *
     * <p>With {@code scope1Apart} (V2.0, which no longer allows one target blending Scopes 1 and 2),
     * Scope 1 is also cut at least as far below its own base-year emissions
     * ({@code baseline.scope1}), so that a deep Scope 2 cut (renewable electricity) cannot carry a
     * shallow cut of Scope 1 (session 24). When both parts are cut but the baseline does not give
     * Scope 1 apart: {@code BASELINE_MISSING} (INDETERMINATE). The cut of Scopes 1 and 2 together
     * is still tested (Zhonghe's reading, the stricter: V2.0's own Scope 2 target is not modelled).
     */
    private static List<Finding> threshold(Assessment a, Baseline b, Totals totals, ConceptRule rule,
                                           List<RecordResult> records, boolean scope1Apart) {
        BigDecimal required = "flag".equalsIgnoreCase(b.sector()) ? FLAG_CUT : CUT;
        if (rule.gases() != Gases.GHG || rule.reach() != Reach.VALUE_CHAIN) {
            // the cut is of all greenhouse gases over the value chain; a concept that counts CO2 alone, or
            // direct control alone, counts part of what the baseline holds, and a part is not a cut of it
            // (Zhonghe's reading: the baseline is one figure, of the inventory the standard covers)
            return List.of(Finding.told(FindingCode.REDUCTION_THRESHOLD_NOT_MET,
                    rule.gases() != Gases.GHG ? "profile.sbti.REDUCTION_THRESHOLD_NOT_MET.co2Only"
                            : "profile.sbti.REDUCTION_THRESHOLD_NOT_MET.directOnly",
                    List.of(), percent(required), String.valueOf(b.year())));
        }
        Optional<Finding> whole = cut(required, b.year(), b.emissions(), totals.emissions(),
                "profile.sbti.REDUCTION_THRESHOLD_NOT_MET");
        if (whole.isPresent()) return List.of(whole.get());
        if (!b.isSplit()) {
            return List.of(Finding.told(FindingCode.BASELINE_MISSING, "profile.sbti.BASELINE_MISSING.scopeSplit",
                    List.of(), percent(required), String.valueOf(b.year())));
        }
        BigDecimal[] counted = countedByPart(a, records);
        List<Finding> out = new ArrayList<>(2);
        cut(required, b.year(), b.scope1and2(), counted[0], "profile.sbti.REDUCTION_THRESHOLD_NOT_MET.scope1and2")
                .ifPresent(out::add);
        cut(required, b.year(), b.scope3(), counted[1], "profile.sbti.REDUCTION_THRESHOLD_NOT_MET.scope3")
                .ifPresent(out::add);
        if (!scope1Apart || !out.isEmpty()) return out;
        if (b.scope1() == null) {
            return List.of(Finding.told(FindingCode.BASELINE_MISSING, "profile.sbti.BASELINE_MISSING.scope1",
                    List.of(), percent(required), String.valueOf(b.year())));
        }
        cut(required, b.year(), b.scope1(), counted[2], "profile.sbti.REDUCTION_THRESHOLD_NOT_MET.scope1")
                .ifPresent(out::add);
        return out;
    }

    /**
     * Whether {@code counted} t CO2e is at least {@code required} below {@code base}; if not, the
     * finding under {@code key} (arguments: cut achieved, required, base year, base, counted) or,
     * for a base of 0 t, under {@code key.zeroBaseline} (required, base year, base, counted).
     */
    private static Optional<Finding> cut(BigDecimal required, int year, BigDecimal base, BigDecimal counted, String key) {
        BigDecimal allowed = BigDecimal.ONE.subtract(required).multiply(base);
        if (counted.compareTo(allowed) <= 0) return Optional.empty();
        if (base.signum() <= 0) {
            return Optional.of(Finding.told(FindingCode.REDUCTION_THRESHOLD_NOT_MET, key + ".zeroBaseline", List.of(),
                    percent(required), String.valueOf(year), Decimals.grouped(base), Decimals.grouped(counted)));
        }
        BigDecimal achieved = BigDecimal.ONE.subtract(Decimals.divide(counted, base)); // for the message only
        return Optional.of(Finding.told(FindingCode.REDUCTION_THRESHOLD_NOT_MET, key, List.of(), percent(achieved),
                percent(required), String.valueOf(year), Decimals.grouped(base), Decimals.grouped(counted)));
    }

    /** t CO2e counted of Scopes 1 and 2, of Scope 3, and of Scope 1 alone, from the counted emission records. */
    private static BigDecimal[] countedByPart(Assessment a, List<RecordResult> records) {
        java.util.Map<String, Scope> scopes = new java.util.HashMap<>();
        for (var e : a.emissions()) scopes.put(e.id(), e.scope());
        BigDecimal direct = BigDecimal.ZERO;
        BigDecimal chain = BigDecimal.ZERO;
        BigDecimal one = BigDecimal.ZERO;
        for (RecordResult r : records) {
            if (r.section() != Section.EMISSIONS || !r.isCounted()) continue;
            Scope scope = scopes.get(r.id());
            if (scope == Scope.THREE) {
                chain = chain.add(r.counted());
            } else {
                direct = direct.add(r.counted());
                if (scope == Scope.ONE) one = one.add(r.counted());
            }
        }
        return new BigDecimal[] {direct, chain, one};
    }

    private static String percent(BigDecimal fraction) {
        return Decimals.plain(fraction.movePointRight(2).setScale(1, RoundingMode.FLOOR));
    }

    private static List<String> shortLivedRemovalCredits(Assessment a, List<RecordResult> records) {
        // loops, not streams: batch engines ask this of every entity with credits
        List<Credit> credits = a.credits();
        if (credits.isEmpty()) return List.of();
        List<String> counted = new ArrayList<>(credits.size());
        for (int i = 0, n = records.size(); i < n; i++) {
            RecordResult r = records.get(i);
            if (r.section() == Section.CREDITS && r.isCounted()) counted.add(r.id());
        }
        if (counted.isEmpty()) return List.of();
        List<String> out = new ArrayList<>(0);
        for (int i = 0, n = credits.size(); i < n; i++) {
            Credit c = credits.get(i);
            if (counted.contains(c.id()) && (c.durabilityYears() == null || c.durabilityYears() < DURABLE_YEARS)) out.add(c.id());
        }
        return List.copyOf(out);
    }
}
