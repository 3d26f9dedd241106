package org.zhonghe.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Credit;

/**
 * rules.md §4 check 7 across assessments: a counted credit that another assessment's stored
 * evaluation also relies on is a conflict for both ({@code CONFLICTING_CLAIM}, INDETERMINATE),
 * until the registry's record of the beneficiary or an administrator's decision settles it. The
 * finding names the registry and serial, never the other claimant.
 */
final class CreditClaims {
    private CreditClaims() {}

    /** The finding for the counted credits that {@code ledger} holds contested; null when none is. */
    static Finding contested(Assessment a, List<RecordResult> credits, SerialLedger ledger) {
        if (ledger == SerialLedger.NONE || a.credits().isEmpty()) return null;
        Map<String, Credit> byId = new HashMap<>();
        for (Credit c : a.credits()) byId.putIfAbsent(c.id(), c);
        List<String> ids = new ArrayList<>(0);
        List<String> serials = new ArrayList<>(0);
        for (RecordResult r : credits) {
            Credit c = byId.get(r.id());
            if (r.section() != Section.CREDITS || !r.isCounted() || c == null) continue;
            if (ledger.isContested(c.registry(), c.serial())) {
                ids.add(c.id());
                serials.add(c.registry() + " " + c.serial());
            }
        }
        return ids.isEmpty() ? null : Finding.of(FindingCode.CONFLICTING_CLAIM, ids, String.join(", ", serials));
    }
}
