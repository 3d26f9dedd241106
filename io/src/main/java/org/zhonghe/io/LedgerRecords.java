package org.zhonghe.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
import org.zhonghe.ledger.CellReaders;

/**
 * One record of each ledger from its fields (assessment-format.md), or null when a field has a
 * problem (then reported). Checks that need the rules' tables (gases, {@code managed} per kind,
 * unique ids) are core's {@code ClaimEvaluator#validate}.
 */
final class LedgerRecords {
    static final List<String> EMISSION = List.of("id", "gas", "amount", "unit", "scope", "biogenic", "source",
            "derivation");
    static final List<String> REMOVAL = List.of("id", "kind", "amount", "unit", "managed", "basis",
            "durabilityYears", "lifecycleEmissions", "inBoundary");
    static final List<String> CREDIT = List.of("id", "registry", "serial", "type", "kind", "durabilityYears", "vintage",
            "amount", "unit", "retired", "beneficiary", "retiredOn", "ownBoundary", "international", "verified",
            "etsCovered", "hostCountry");
    static final List<String> REDUCTION = List.of("id", "measure", "amount", "unit");
    static final List<String> OTHER_EFFECT = List.of("id", "kind", "amount", "unit");
    static final List<String> HISTORY = List.of("year", "emissions");

    private LedgerRecords() {}

    static Emission emission(Fields f) {
        String id = f.text("id", true);
        String gas = f.text("gas", true);
        BigDecimal amount = f.decimal("amount", true, true);
        MassUnit unit = unit(f, "unit");
        Integer scopeNumber = f.integer("scope", false, Integer.MIN_VALUE);
        Scope scope = scopeNumber == null ? Scope.ONE : Scope.of(scopeNumber).orElse(null);
        if (scope == null) f.report("scope", String.valueOf(scopeNumber), "scope.unknown", String.valueOf(scopeNumber));
        boolean biogenic = f.flag("biogenic", false);
        String source = f.text("source", false);
        String derivation = f.text("derivation", false);
        return f.isValid() ? new Emission(id, gas, amount, unit, scope, biogenic, source, f.origin(), derivation) : null;
    }

    static Removal removal(Fields f) {
        String id = f.text("id", true);
        RemovalKind kind = f.choice("kind", true, RemovalKind::fromId, "removalKind.unknown", RemovalKind.ids());
        BigDecimal amount = f.decimal("amount", true, true);
        MassUnit unit = unit(f, "unit");
        Boolean managed = f.bool("managed", false);
        Basis basis = f.choice("basis", false, LedgerRecords::basis, "basis.unknown", "increment|stock");
        Integer durability = f.integer("durabilityYears", false, 0);
        boolean lifecycleDeclared = f.has("lifecycleEmissions");
        BigDecimal lifecycle = f.decimal("lifecycleEmissions", false, true);
        boolean inBoundary = f.flag("inBoundary", true);
        if (!f.isValid()) return null;
        return new Removal(id, kind, amount, unit, managed, basis == null ? Basis.INCREMENT : basis, durability,
                lifecycle == null ? BigDecimal.ZERO : lifecycle, lifecycleDeclared, inBoundary, f.origin());
    }

    static Credit credit(Fields f) {
        String id = f.text("id", true);
        String registry = f.text("registry", true);
        String serial = f.text("serial", true);
        CreditType type = f.choice("type", true, CreditType::fromId, "creditType.unknown", CreditType.ids());
        RemovalKind kind = f.choice("kind", false, RemovalKind::fromId, "removalKind.unknown", RemovalKind.ids());
        Integer durability = f.integer("durabilityYears", false, 0);
        Integer vintage = f.integer("vintage", true, Integer.MIN_VALUE);
        BigDecimal amount = f.decimal("amount", true, true);
        MassUnit unit = unit(f, "unit");
        Boolean retired = f.bool("retired", false);
        String beneficiary = f.text("beneficiary", false);
        LocalDate retiredOn = f.date("retiredOn", false);
        boolean ownBoundary = f.flag("ownBoundary", false);
        boolean international = f.flag("international", false);
        boolean verified = f.flag("verified", false);
        boolean etsCovered = f.flag("etsCovered", false);
        String hostCountry = f.text("hostCountry", false);
        if (hostCountry != null) hostCountry = f.read("hostCountry", CellReaders.country(hostCountry));
        if (!f.isValid()) return null;
        return new Credit(id, registry, serial, type, kind, durability, vintage, amount, unit, retired != null && retired, beneficiary,
                retiredOn, ownBoundary, international, verified, etsCovered, hostCountry, f.origin());
    }

    static Reduction reduction(Fields f) {
        String id = f.text("id", true);
        String measure = f.text("measure", true);
        BigDecimal amount = f.decimal("amount", true, true);
        MassUnit unit = unit(f, "unit");
        return f.isValid() ? new Reduction(id, measure, amount, unit, f.origin()) : null;
    }

    static OtherEffect otherEffect(Fields f) {
        String id = f.text("id", true);
        String kind = f.text("kind", true);
        BigDecimal amount = f.decimal("amount", true, false);
        MassUnit unit = unit(f, "unit");
        return f.isValid() ? new OtherEffect(id, kind, amount, unit, f.origin()) : null;
    }

    static HistoryYear historyYear(Fields f) {
        Integer year = f.integer("year", true, Integer.MIN_VALUE);
        BigDecimal emissions = f.decimal("emissions", true, true);
        return f.isValid() ? new HistoryYear(year, emissions, f.origin()) : null;
    }

    static MassUnit unit(Fields f, String name) {
        return f.choice(name, true, MassUnit::fromSymbol, "unit.unknown", MassUnit.symbols());
    }

    private static Optional<Basis> basis(String text) {
        return Arrays.stream(Basis.values()).filter(b -> b.name().toLowerCase(java.util.Locale.ROOT).equals(text))
                .findFirst();
    }
}
