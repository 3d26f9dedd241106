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

    /**
     * The findings for the counted credits, and the energy certificates of a market-based Scope 2,
     * that {@code ledger} holds contested: none, one or both.
     */
    static List<Finding> contested(Assessment a, List<RecordResult> credits, SerialLedger ledger) {
        if (ledger == SerialLedger.NONE) return List.of();
        Finding ofCredits = credits(a, credits, ledger);
        Finding ofInstruments = instruments(a, ledger);
        if (ofCredits == null) return ofInstruments == null ? List.of() : List.of(ofInstruments);
        return ofInstruments == null ? List.of(ofCredits) : List.of(ofCredits, ofInstruments);
    }

    /**
     * An energy attribute certificate (GEC, I-REC, REC, GO) that another entity lists too, on an
     * activity of a market-based Scope 2: its volume is claimed once (GHG Protocol Scope 2 Guidance,
     * Scope 2 Quality Criteria: instruments are retired or claimed by one consumer only), so whose
     * it is is in question. Named by the activity, with the certificate's id. Zhonghe's reading,
     * as for credits.
     */
    private static Finding instruments(Assessment a, SerialLedger ledger) {
        var inventory = a.inventory();
        if (inventory.isEmpty() || inventory.scope2Method() != org.zhonghe.activity.Scope2Method.MARKET) return null;
        List<String> activities = new ArrayList<>(0);
        List<String> certificates = new ArrayList<>(0);
        for (var act : inventory.activities()) {
            for (var i : act.instruments()) {
                if (!ledger.isContested(SerialLedger.INSTRUMENTS, i.id())) continue;
                if (!activities.contains(act.id())) activities.add(act.id());
                certificates.add(i.id() + " (" + act.id() + ")");
            }
        }
        return activities.isEmpty() ? null : Finding.told(FindingCode.CONFLICTING_CLAIM, "finding.CONFLICTING_CLAIM.instrument",
                activities, String.join(", ", certificates));
    }

    private static Finding credits(Assessment a, List<RecordResult> credits, SerialLedger ledger) {
        if (a.credits().isEmpty()) return null;
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
