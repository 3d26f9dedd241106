package org.zhonghe.io;

import java.math.BigDecimal;
import java.util.List;
import org.zhonghe.MassUnit;
import org.zhonghe.assessment.Basis;
import org.zhonghe.assessment.Credit;
import org.zhonghe.assessment.CreditType;
import org.zhonghe.assessment.Emission;
import org.zhonghe.assessment.HistoryYear;
import org.zhonghe.assessment.OtherEffect;
import org.zhonghe.assessment.Reduction;
import org.zhonghe.assessment.Removal;
import org.zhonghe.assessment.RemovalKind;
import org.zhonghe.assessment.Scope;
import org.zhonghe.ledger.LedgerSchema.Credits;
import org.zhonghe.ledger.LedgerSchema.Emissions;
import org.zhonghe.ledger.LedgerSchema.History;
import org.zhonghe.ledger.LedgerSchema.OtherEffects;
import org.zhonghe.ledger.LedgerSchema.Reductions;
import org.zhonghe.ledger.LedgerSchema.Removals;
import org.zhonghe.ledger.LedgerSection;

/**
 * One record of each ledger from its fields, as core's schema defines them ({@link LedgerSection}:
 * names, required fields, defaults, the reading of each cell), or null when a field has a problem
 * (then reported). Checks that need the rules' tables (gases, {@code managed} per kind, unique
 * ids) are core's {@code ClaimEvaluator#validate}.
 */
final class LedgerRecords {
    static final List<String> EMISSION = LedgerSection.EMISSIONS.names();
    static final List<String> REMOVAL = LedgerSection.REMOVALS.names();
    static final List<String> CREDIT = LedgerSection.CREDITS.names();
    static final List<String> REDUCTION = LedgerSection.REDUCTIONS.names();
    static final List<String> OTHER_EFFECT = LedgerSection.OTHER_EFFECTS.names();
    static final List<String> HISTORY = LedgerSection.HISTORY.names();

    private LedgerRecords() {}

    static Emission emission(Fields f) {
        String id = f.value(Emissions.ID);
        String gas = f.value(Emissions.GAS);
        BigDecimal amount = f.value(Emissions.AMOUNT);
        MassUnit unit = f.value(Emissions.UNIT);
        Scope scope = f.value(Emissions.SCOPE);
        Boolean biogenic = f.value(Emissions.BIOGENIC);
        String source = f.value(Emissions.SOURCE);
        String derivation = f.value(Emissions.DERIVATION);
        return f.isValid() ? new Emission(id, gas, amount, unit, scope, biogenic, source, f.origin(), derivation) : null;
    }

    static Removal removal(Fields f) {
        String id = f.value(Removals.ID);
        RemovalKind kind = f.value(Removals.KIND);
        BigDecimal amount = f.value(Removals.AMOUNT);
        MassUnit unit = f.value(Removals.UNIT);
        Boolean managed = f.value(Removals.MANAGED);
        Basis basis = f.value(Removals.BASIS);
        Integer durability = f.value(Removals.DURABILITY_YEARS);
        boolean lifecycleDeclared = f.has(Removals.LIFECYCLE_EMISSIONS.name());
        BigDecimal lifecycle = f.value(Removals.LIFECYCLE_EMISSIONS);
        Boolean inBoundary = f.value(Removals.IN_BOUNDARY);
        if (!f.isValid()) return null;
        return new Removal(id, kind, amount, unit, managed, basis, durability, lifecycle, lifecycleDeclared, inBoundary,
                f.origin());
    }

    static Credit credit(Fields f) {
        String id = f.value(Credits.ID);
        String registry = f.value(Credits.REGISTRY);
        String serial = f.value(Credits.SERIAL);
        CreditType type = f.value(Credits.TYPE);
        RemovalKind kind = f.value(Credits.KIND);
        Integer durability = f.value(Credits.DURABILITY_YEARS);
        Integer vintage = f.value(Credits.VINTAGE);
        BigDecimal amount = f.value(Credits.AMOUNT);
        MassUnit unit = f.value(Credits.UNIT);
        Boolean retired = f.value(Credits.RETIRED);
        String beneficiary = f.value(Credits.BENEFICIARY);
        var retiredOn = f.value(Credits.RETIRED_ON);
        Boolean ownBoundary = f.value(Credits.OWN_BOUNDARY);
        Boolean international = f.value(Credits.INTERNATIONAL);
        Boolean verified = f.value(Credits.VERIFIED);
        Boolean etsCovered = f.value(Credits.ETS_COVERED);
        String hostCountry = f.value(Credits.HOST_COUNTRY);
        if (!f.isValid()) return null;
        return new Credit(id, registry, serial, type, kind, durability, vintage, amount, unit, retired, beneficiary,
                retiredOn, ownBoundary, international, verified, etsCovered, hostCountry, f.origin());
    }

    static Reduction reduction(Fields f) {
        String id = f.value(Reductions.ID);
        String measure = f.value(Reductions.MEASURE);
        BigDecimal amount = f.value(Reductions.AMOUNT);
        MassUnit unit = f.value(Reductions.UNIT);
        return f.isValid() ? new Reduction(id, measure, amount, unit, f.origin()) : null;
    }

    static OtherEffect otherEffect(Fields f) {
        String id = f.value(OtherEffects.ID);
        String kind = f.value(OtherEffects.KIND);
        BigDecimal amount = f.value(OtherEffects.AMOUNT);
        MassUnit unit = f.value(OtherEffects.UNIT);
        return f.isValid() ? new OtherEffect(id, kind, amount, unit, f.origin()) : null;
    }

    static HistoryYear historyYear(Fields f) {
        Integer year = f.value(History.YEAR);
        BigDecimal emissions = f.value(History.EMISSIONS);
        return f.isValid() ? new HistoryYear(year, emissions, f.origin()) : null;
    }
}
