package org.zhonghe.batch;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.zhonghe.MassUnit;
import org.zhonghe.assessment.Basis;
import org.zhonghe.assessment.Origin;
import org.zhonghe.assessment.Problem;
import org.zhonghe.assessment.Removal;
import org.zhonghe.assessment.RemovalKind;
import org.zhonghe.rules.ClaimEvaluator;

/** Reads removal rows (one thread), checks each with the core's record checks, and groups them. */
final class RemovalRows implements FileScan.Rows {
    static final String FILE = "removals.csv";
    static final List<String> FIELDS = List.of("entity", "id", "kind", "amount", "unit", "managed", "basis",
            "durabilityYears", "lifecycleEmissions", "inBoundary");
    static final Set<String> REQUIRED = Set.of("entity", "kind", "amount", "unit");

    private final Header h;
    private final Entities entities;
    private final SmallLedgers ledgers;
    private final ClaimEvaluator rules;

    RemovalRows(Header h, Entities entities, SmallLedgers ledgers, ClaimEvaluator rules) {
        this.h = h;
        this.entities = entities;
        this.ledgers = ledgers;
        this.rules = rules;
    }

    @Override
    public void row(CsvLine r, long line, List<LedgerError> errors) {
        int e = Rows.entity(r, h, entities, FILE, line, errors);
        if (e < 0) return;
        int before = errors.size();
        String kindText = r.text(h.column("kind"));
        RemovalKind kind = kindText == null ? null : RemovalKind.fromId(kindText).orElse(null);
        if (kind == null) errors.add(new LedgerError(FILE, line, "kind", kindText, ErrorKeys.ONE_OF, RemovalKind.ids()));
        BigDecimal amount = Rows.amount(r.text(h.column("amount")), FILE, line, "amount", errors);
        MassUnit unit = unit(r.text(h.column("unit")), line, errors);
        Boolean managed = null;
        String managedText = r.text(h.column("managed"));
        if (managedText != null) {
            managed = Rows.bool(managedText);
            if (managed == null) errors.add(new LedgerError(FILE, line, "managed", managedText, ErrorKeys.NOT_BOOLEAN));
        }
        String basisText = r.text(h.column("basis"));
        Basis basis = basisText == null ? Basis.INCREMENT : basisText.equals("increment") ? Basis.INCREMENT
                : basisText.equals("stock") ? Basis.STOCK : null;
        if (basis == null) errors.add(new LedgerError(FILE, line, "basis", basisText, ErrorKeys.NOT_BASIS));
        Integer years = Rows.integer(r.text(h.column("durabilityYears")), FILE, line, "durabilityYears", errors);
        String lifecycleText = r.text(h.column("lifecycleEmissions"));
        BigDecimal lifecycle = lifecycleText == null ? BigDecimal.ZERO
                : Rows.decimal(lifecycleText, FILE, line, "lifecycleEmissions", errors);
        boolean inBoundary = Rows.flag(r.text(h.column("inBoundary")), true, FILE, line, "inBoundary", errors);
        if (errors.size() == before) {
            String id = r.text(h.column("id"));
            Removal removal = new Removal(id == null ? "line " + line : id, kind, amount, unit, managed, basis, years,
                    lifecycle, lifecycleText != null, inBoundary, Origin.of(FILE, (int) line));
            for (Problem p : rules.validateRecords(List.of(), List.of(removal), List.of(), List.of(), List.of(), List.of(), null)) {
                String field = p.field().substring(p.field().lastIndexOf('.') + 1);
                errors.add(new LedgerError(FILE, line, field, p.value(), GasIds.key(p), GasIds.args(p)));
            }
            if (errors.size() == before) {
                ledgers.add(e, removal);
                return;
            }
        }
        entities.markInvalid(e);
    }

    static MassUnit unit(String text, long line, List<LedgerError> errors) {
        MassUnit u = text == null ? null : MassUnit.fromSymbol(text).orElse(null);
        if (u == null) errors.add(new LedgerError(FILE, line, "unit", text, ErrorKeys.ONE_OF, MassUnit.symbols()));
        return u;
    }
}
