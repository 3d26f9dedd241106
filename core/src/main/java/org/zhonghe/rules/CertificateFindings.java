package org.zhonghe.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.zhonghe.activity.Activity;
import org.zhonghe.activity.ActivityKind;
import org.zhonghe.activity.Instrument;
import org.zhonghe.activity.InstrumentFit;
import org.zhonghe.activity.Inventory;
import org.zhonghe.activity.Scope2Method;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Period;

/**
 * {@code INSTRUMENT_NOT_APPLIED}: the certificates of a market-based Scope 2 that did not fit the
 * consumption they were listed for ({@link InstrumentFit}: energy carrier, vintage, market) and so covered nothing.
 * The computation left them out ({@code ActivityComputation}); this says so among the findings, one
 * for each criterion, naming the activities. {@code INSTRUMENT_UNCHECKED}: those applied without a
 * vintage or a market (session 24), or listed for an activity without a grid (audit B, c01), whose
 * fit could not be checked ({@link InstrumentFit#unchecked}). The arguments are
 * language-neutral (ids, days, codes, field names).
 */
final class CertificateFindings {
    private CertificateFindings() {}

    static void notApplied(Assessment a, List<Finding> out) {
        Inventory inventory = a.inventory();
        if (inventory.scope2Method() != Scope2Method.MARKET) return;
        List<String> vintageActivities = new ArrayList<>(0);
        List<String> vintage = new ArrayList<>(0);
        List<String> carrierActivities = new ArrayList<>(0);
        List<String> carrier = new ArrayList<>(0);
        List<String> marketActivities = new ArrayList<>(0);
        List<String> market = new ArrayList<>(0);
        List<String> uncheckedActivities = new ArrayList<>(0);
        List<String> unchecked = new ArrayList<>(0);
        for (Activity act : inventory.activities()) {
            if (!act.kind().isPurchasedEnergy()) continue;
            Period consumption = act.period() != null ? act.period() : a.period();
            for (Instrument i : act.instruments()) {
                Optional<InstrumentFit.Misfit> m = InstrumentFit.of(i, act, consumption);
                if (m.isEmpty()) {
                    List<String> missing = InstrumentFit.unchecked(i, act);
                    if (missing.isEmpty()) continue;
                    if (!uncheckedActivities.contains(act.id())) uncheckedActivities.add(act.id());
                    unchecked.add(i.id() + " (" + act.id() + ") " + String.join(", ", missing));
                    continue;
                }
                List<String> args = m.get().args();
                if (m.get().key().equals("activity.instrument.carrier")) {
                    if (!carrierActivities.contains(act.id())) carrierActivities.add(act.id());
                    carrier.add(args.get(0) + " (" + act.id() + ") " + ActivityKind.ELECTRICITY.id() + " ≠ " + args.get(2));
                } else if (m.get().key().equals("activity.instrument.vintage")) {
                    if (!vintageActivities.contains(act.id())) vintageActivities.add(act.id());
                    vintage.add(args.get(0) + " (" + act.id() + ") " + args.get(1).replace("/", "–") + " ∉ "
                            + args.get(3).replace("/", "–"));
                } else {
                    if (!marketActivities.contains(act.id())) marketActivities.add(act.id());
                    market.add(args.get(0) + " (" + act.id() + ") " + args.get(2) + " ≠ " + args.get(4));
                }
            }
        }
        if (!carrier.isEmpty()) {
            out.add(Finding.told(FindingCode.INSTRUMENT_NOT_APPLIED, "finding.INSTRUMENT_NOT_APPLIED.carrier",
                    carrierActivities, String.join("; ", carrier)));
        }
        if (!vintage.isEmpty()) {
            out.add(Finding.told(FindingCode.INSTRUMENT_NOT_APPLIED, "finding.INSTRUMENT_NOT_APPLIED.vintage",
                    vintageActivities, String.join("; ", vintage), String.valueOf(InstrumentFit.MONTHS_BEFORE),
                    String.valueOf(InstrumentFit.MONTHS_AFTER)));
        }
        if (!market.isEmpty()) {
            out.add(Finding.told(FindingCode.INSTRUMENT_NOT_APPLIED, "finding.INSTRUMENT_NOT_APPLIED.market",
                    marketActivities, String.join("; ", market)));
        }
        if (!unchecked.isEmpty()) {
            out.add(Finding.of(FindingCode.INSTRUMENT_UNCHECKED, uncheckedActivities, String.join("; ", unchecked)));
        }
    }
}
