package org.zhonghe.rules;

import java.math.BigDecimal;
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
import org.zhonghe.profiles.Profile;

/**
 * rules.md §4: a credit counts only if every check passes, in order; the first failure is the
 * reason. Duplicated serials: the earliest credit in file order that passed checks 1–6 keeps
 * the serial. An offset cap counts credits in file order until it is reached.
 */
final class CreditRules {
    private CreditRules() {}

    /** The judged credits, and the ids of duplicates whose amounts conflict with the kept copy. */
    record Outcome(List<RecordResult> results, List<String> conflictingSerials) {}

    static Outcome judge(Assessment a, ConceptRule rule, Profile profile, SerialLedger elsewhere,
                         BigDecimal countedEmissions) {
        List<RecordResult> results = new ArrayList<>();
        Map<CreditKey, Credit> kept = new HashMap<>();
        Set<String> conflicting = new LinkedHashSet<>();
        Optional<BigDecimal> cap = profile.offsetCap(countedEmissions);
        BigDecimal used = BigDecimal.ZERO;
        for (Credit c : a.credits()) {
            Reason reason = firstFailure(c, a, rule, profile);
            CreditKey key = CreditKey.of(c);
            if (reason == null) {
                Credit first = kept.get(key);
                if (first != null) {
                    reason = Reason.DOUBLE_COUNTED;
                    if (Decimals.normalize(first.tonnes()).compareTo(Decimals.normalize(c.tonnes())) != 0) {
                        conflicting.add(first.id());
                        conflicting.add(c.id());
                    }
                } else if (elsewhere.isCountedElsewhere(c.registry(), c.serial())) {
                    reason = Reason.DOUBLE_COUNTED;
                } else {
                    kept.put(key, c);
                }
            }
            if (reason != null) {
                results.add(RecordResult.notCounted(Section.CREDITS, RecordStatus.REJECTED, c.id(), reason, c.origin()));
                continue;
            }
            BigDecimal amount = c.tonnes();
            if (cap.isPresent()) {
                BigDecimal room = cap.get().subtract(used).max(BigDecimal.ZERO);
                if (room.signum() == 0) {
                    results.add(RecordResult.notCounted(Section.CREDITS, RecordStatus.REJECTED, c.id(),
                            Reason.OFFSET_CAP_EXCEEDED, c.origin()));
                    continue;
                }
                if (amount.compareTo(room) > 0) {
                    results.add(new RecordResult(Section.CREDITS, c.id(), RecordStatus.PARTIAL,
                            Reason.OFFSET_CAP_EXCEEDED, room, c.origin()));
                    used = used.add(room);
                    continue;
                }
            }
            used = used.add(amount);
            results.add(RecordResult.counted(Section.CREDITS, c.id(), amount, c.origin()));
        }
        return new Outcome(results, List.copyOf(conflicting));
    }

    private static Reason firstFailure(Credit c, Assessment a, ConceptRule rule, Profile profile) {
        if (!rule.creditsAdmitted()) return Reason.OFFSETS_NOT_ADMITTED;
        if (!c.retired()) return Reason.NOT_RETIRED;
        if (!Objects.equals(c.beneficiary(), a.entity().id())) return Reason.WRONG_BENEFICIARY;
        if (c.ownBoundary()) return Reason.OWN_BOUNDARY_CREDIT;
        if (c.vintage() > a.period().lastYear()) return Reason.FUTURE_VINTAGE;
        return profile.checkCredit(c, rule, a).orElse(null);
    }
}
