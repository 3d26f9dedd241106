package org.zhonghe.registry;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhonghe.Concept;

/** The market view: every retirement that states a neutrality or net-zero claim, and totals per claimant. */
public final class MarketClaims {
    /**
     * The claims of one claimant.
     *
     * @param claimant as written in its first claim
     * @param claims   number of claims (one per retirement and concept)
     * @param tonnes   t CO2e retired for them, each retirement counted once
     * @param concepts the concepts claimed
     * @param classes  the credit classes retired
     */
    public record Total(String claimant, int claims, BigDecimal tonnes, Set<Concept> concepts, Set<CreditClass> classes) {}

    private MarketClaims() {}

    /** The claims of retired records, in the order of the records. */
    public static List<MarketClaim> in(Iterable<RegistryRecord> records) {
        List<MarketClaim> out = new ArrayList<>();
        for (RegistryRecord r : records) out.addAll(of(r));
        return out;
    }

    /** The claims one record states (none unless it is a retirement). */
    public static List<MarketClaim> of(RegistryRecord r) {
        if (r.status() != CreditStatus.RETIRED) return List.of();
        String text = join(r.beneficiary(), r.notes());
        List<MarketClaim> out = new ArrayList<>();
        for (ClaimWords.Found f : ClaimWords.in(text)) {
            ClaimSubject subject = ClaimSubject.of(text);
            out.add(new MarketClaim(r, Names.claimant(r), f.words(), f.concept(), f.reading(), subject,
                    MarketClaim.matrix(f.concept()), EuVerdict.of(subject)));
        }
        return out;
    }

    /** Totals per claimant (names compared normalised), in order of first appearance. */
    public static List<Total> totals(List<MarketClaim> claims) {
        Map<String, List<MarketClaim>> by = new LinkedHashMap<>();
        for (MarketClaim c : claims) by.computeIfAbsent(Names.normalize(c.claimant()), k -> new ArrayList<>()).add(c);
        List<Total> out = new ArrayList<>();
        for (List<MarketClaim> cs : by.values()) {
            BigDecimal t = BigDecimal.ZERO;
            List<RegistryRecord> seen = new ArrayList<>();
            Set<Concept> concepts = new LinkedHashSet<>();
            Set<CreditClass> classes = new LinkedHashSet<>();
            for (MarketClaim c : cs) {
                // one retirement, however many claims it states and however many rows repeat it
                if (seen.stream().noneMatch(r -> r == c.record() || DuplicateRow.same(r, c.record()))) {
                    seen.add(c.record());
                    t = t.add(c.record().tonnes());
                }
                concepts.add(c.concept());
                classes.add(c.record().classification().creditClass());
            }
            out.add(new Total(cs.get(0).claimant(), cs.size(), t, concepts, classes));
        }
        return out;
    }

    private static String join(String a, String b) {
        if (a == null) return b;
        if (b == null) return a;
        return a + " | " + b;
    }
}
