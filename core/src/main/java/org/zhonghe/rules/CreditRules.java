package org.zhonghe.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.zhonghe.Decimals;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Credit;
import org.zhonghe.assessment.CreditKey;
import org.zhonghe.assessment.CreditType;
import org.zhonghe.assessment.RemovalClass;

/**
 * rules.md §4: a credit counts only if every check passes, in order; the first failure is the
 * reason. Duplicated serials: the earliest credit in file order that passed checks 1–6 keeps
 * the serial, even when the profile's check 7 then rejects it (a copy of a serial is not counted
 * because the first copy was not: check 8 asks of checks 1–6 only). An offset cap counts credits
 * in file order until it is reached. The globe has no
 * outside: no credit counts for it (rules.md §1). A removal credit passes the sink tests of §3 by
 * its project's kind (check 6, paper §4.4.3).
 */
final class CreditRules {
    /** The message of a credit beyond a profile's offset cap, with the cap's figure. */
    private static final String CAPPED = "reason.OFFSET_CAP_EXCEEDED.capped";

    private CreditRules() {}

    /**
     * The judged credits, the ids of duplicates whose amounts conflict with the kept copy, and the
     * ids of credits declared removals whose project is a reduction ({@code CREDIT_TYPE_MISDECLARED}).
     */
    record Outcome(List<RecordResult> results, List<String> conflictingSerials, List<String> misdeclared) {}

    static Outcome judge(Assessment a, ConceptRule rule, Profile profile, SerialLedger elsewhere,
                         List<RecordResult> emissionResults, BigDecimal countedEmissions, RegistryChecks registry) {
        List<RecordResult> results = new ArrayList<>(a.credits().size());
        // made on first use (most assessments have a credit or two, and few conflicts)
        Map<CreditKey, Credit> kept = null;
        Set<String> conflicting = null;
        Optional<BigDecimal> cap = profile.offsetCap(a, emissionResults, countedEmissions);
        BigDecimal used = BigDecimal.ZERO;
        List<String> misdeclared = new ArrayList<>(0);
        List<Credit> credits = a.credits();
        boolean admitted = rule.admitsCredits(a.entity().type());
        // the first copy of each serial whatever its checks say, for the facts a unit cannot change (made on first use)
        Map<CreditKey, Credit> seen = null;
        for (int i = 0, n = credits.size(); i < n; i++) { // indexed: see ClaimEvaluator.prepare
            Credit declared = credits.get(i);
            RegistryChecks.Checked checked = admitted ? registry.check(declared) : RegistryChecks.Checked.as(declared);
            Credit c = checked.credit();
            if (CreditFindings.misdeclared(c) || checked.misdeclared()) misdeclared.add(c.id());
            Explanation failure = checked.reason() != null ? checked.reason() : checksOneToSix(c, a, rule, profile);
            // a credit of a concept that admits none is rejected at check 1 and compared with nothing
            CreditKey key = admitted ? CreditKey.of(c) : null;
            if (key != null) {
                if (seen == null) seen = new HashMap<>();
                Credit earlier = seen.putIfAbsent(key, c);
                if (earlier != null && contradicts(earlier, c)) {
                    if (conflicting == null) conflicting = new LinkedHashSet<>();
                    conflicting.add(earlier.id());
                    conflicting.add(c.id());
                }
            }
            boolean copy = false;
            if (failure == null) { // checks 1–6 passed: the serial is this credit's unless an earlier one has it
                if (kept == null) kept = new HashMap<>();
                Credit first = kept.get(key);
                if (first != null) {
                    copy = true;
                    if (Decimals.normalize(first.tonnes()).compareTo(Decimals.normalize(c.tonnes())) != 0) {
                        if (conflicting == null) conflicting = new LinkedHashSet<>();
                        conflicting.add(first.id());
                        conflicting.add(c.id());
                    }
                } else if (elsewhere.isCountedElsewhere(c.registry(), c.serial())) {
                    copy = true;
                } else {
                    kept.put(key, c);
                }
                failure = checkSeven(c, a, rule, profile); // check 7 comes before check 8
            }
            Reason reason = failure != null ? failure.reason() : copy ? Reason.DOUBLE_COUNTED : null;
            if (reason != null) {
                // explained by the failing check's own message where it has one
                results.add(failure != null && failure.reason() == reason ? RecordResult.rejected(Section.CREDITS, c.id(), failure, c.origin())
                        : RecordResult.notCounted(Section.CREDITS, RecordStatus.REJECTED, c.id(), reason, c.origin()));
                continue;
            }
            BigDecimal amount = c.tonnes();
            boolean exceeded = checked.most() != null && amount.compareTo(checked.most()) > 0;
            if (exceeded) amount = checked.most();
            if (cap.isPresent()) {
                BigDecimal room = cap.get().subtract(used).max(BigDecimal.ZERO);
                // told with the cap's figure and the profile whose rule sets it
                List<String> capArgs = List.of(Decimals.grouped(cap.get()), profile.id());
                if (room.signum() == 0) {
                    results.add(new RecordResult(Section.CREDITS, c.id(), RecordStatus.REJECTED, Reason.OFFSET_CAP_EXCEEDED,
                            null, c.origin(), CAPPED, capArgs));
                    continue;
                }
                if (amount.compareTo(room) > 0) {
                    results.add(new RecordResult(Section.CREDITS, c.id(), RecordStatus.PARTIAL,
                            Reason.OFFSET_CAP_EXCEEDED, room, c.origin(), CAPPED, capArgs));
                    used = used.add(room);
                    continue;
                }
            }
            used = used.add(amount);
            results.add(exceeded ? new RecordResult(Section.CREDITS, c.id(), RecordStatus.PARTIAL,
                    Reason.REGISTRY_QUANTITY_EXCEEDED, amount, c.origin())
                    : RecordResult.counted(Section.CREDITS, c.id(), amount, c.origin()));
        }
        return new Outcome(results, conflicting == null ? List.of() : List.copyOf(conflicting),
                misdeclared.isEmpty() ? List.of() : List.copyOf(misdeclared));
    }

    /**
     * Whether two copies of one serial disagree on what a unit is and whom it was retired for: its
     * beneficiary, vintage, type or project kind (each compared when both copies give it). One
     * serial is one unit, retired once: a ledger that lists it for two beneficiaries, two vintages or
     * two projects contradicts itself, whichever copy its checks reject (session 25, Zhonghe's reading
     * beside check 8's amounts; before, a copy rejected as retired for another company let the other
     * copy count, and no finding said so).
     */
    private static boolean contradicts(Credit earlier, Credit c) {
        return differs(earlier.beneficiary(), c.beneficiary()) || earlier.vintage() != c.vintage()
                || earlier.type() != c.type() || differs(earlier.kind(), c.kind());
    }

    private static boolean differs(Object a, Object b) {
        return a != null && b != null && !a.equals(b);
    }

    /** Checks 1–6 of rules.md §4 in order: the first that fails, or null. */
    private static Explanation checksOneToSix(Credit c, Assessment a, ConceptRule rule, Profile profile) {
        if (!rule.admitsCredits(a.entity().type())) return plain(Reason.OFFSETS_NOT_ADMITTED);
        if (!c.retired()) return plain(Reason.NOT_RETIRED);
        // retired in a year before its vintage: before the reductions or removals it stands for took place,
        // so the record does not show a retirement (session 25, an audit; before, such a credit counted)
        if (c.retiredOn() != null && c.retiredOn().getYear() < c.vintage()) {
            return Explanation.of(Reason.NOT_RETIRED, "reason.NOT_RETIRED.beforeVintage", c.retiredOn().toString(),
                    String.valueOf(c.vintage()));
        }
        // retired only after the claim it is to support was made: when the claim was made, it was not
        // retired (session 22; Zhonghe's reading of check 2 for a claim with a date of its own — without
        // one the claim is of now, and a retirement after the period is the usual practice)
        LocalDate claimed = a.claim().date();
        if (claimed != null && c.retiredOn() != null && c.retiredOn().isAfter(claimed)) {
            return Explanation.of(Reason.NOT_RETIRED, "reason.NOT_RETIRED.afterClaim", c.retiredOn().toString(),
                    claimed.toString());
        }
        if (!Objects.equals(c.beneficiary(), a.entity().id())) return plain(Reason.WRONG_BENEFICIARY);
        if (c.ownBoundary()) return plain(Reason.OWN_BOUNDARY_CREDIT);
        if (c.vintage() > a.period().lastYear()) return plain(Reason.FUTURE_VINTAGE);
        return sinkTests(c, profile);
    }

    /** Check 7 of rules.md §4: the profile's own checks of a credit, or null when they pass. */
    private static Explanation checkSeven(Credit c, Assessment a, ConceptRule rule, Profile profile) {
        return profile.explainCredit(judged(c), rule, a).orElse(null);
    }

    /**
     * Check 6: a removal credit is a sink bought from outside, and §3's tests apply to it (paper
     * §4.4.3: sinks that fail them "不能通过认证用于履约"). Its kind's fate (natural uptake, crops and
     * grass, a stock, no recognised methodology), then a declared durability below the profile's
     * minimum. A removal credit whose project is a reduction is judged as a reduction; a credit of
     * another declared type whose project's kind is a sink is tested as the sink it is.
     */
    private static Explanation sinkTests(Credit c, Profile profile) {
        // a project whose kind is a sink is a sink bought from outside, whatever type the credit declares:
        // a forest credit written type: reduction does not escape the tests (session 25; before, it did)
        boolean sinkKind = c.kind() != null && c.kind().removalClass() != RemovalClass.REDUCTION;
        if (c.judgedType() != CreditType.REMOVAL && !sinkKind) return null;
        if (c.kind() != null && c.kind().removalClass() != RemovalClass.REDUCTION) {
            Explanation fate = RemovalRules.fate(c.kind());
            if (fate != null) return fate;
            Optional<Reason> own = profile.checkSinkKind(c.kind()); // the profile's test of a sink's kind (cn-large-event: new forests only)
            if (own.isPresent()) return plain(own.get());
        }
        int minimum = profile.minimumDurabilityYears();
        if (c.durabilityYears() != null && c.durabilityYears() < minimum) {
            return Explanation.of(Reason.NOT_DURABLE, "reason.NOT_DURABLE.credit", c.kind() == null ? "—" : c.kind().id(),
                    String.valueOf(c.durabilityYears()), String.valueOf(minimum), profile.id());
        }
        return null;
    }

    /** The credit as the profile's checks see it: a misdeclared removal credit as the reduction it is. */
    private static Credit judged(Credit c) {
        return c.isMisdeclaredRemoval()
                ? new Credit(c.id(), c.registry(), c.serial(), CreditType.REDUCTION, c.kind(), c.durabilityYears(), c.vintage(),
                        c.amount(), c.unit(), c.retired(), c.beneficiary(), c.retiredOn(), c.ownBoundary(), c.international(),
                        c.verified(), c.etsCovered(), c.hostCountry(), c.origin())
                : c;
    }

    private static Explanation plain(Reason reason) {
        return Explanation.of(reason, reason.messageKey());
    }
}
