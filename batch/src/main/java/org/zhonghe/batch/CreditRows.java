package org.zhonghe.batch;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.zhonghe.MassUnit;
import org.zhonghe.assessment.Credit;
import org.zhonghe.assessment.CreditType;
import org.zhonghe.assessment.Origin;

/** Reads credit rows (one thread, file order kept). */
final class CreditRows implements FileScan.Rows {
    static final String FILE = "credits.csv";
    static final List<String> FIELDS = List.of("entity", "id", "registry", "serial", "type", "durabilityYears", "vintage",
            "amount", "unit", "retired", "beneficiary", "retiredOn", "ownBoundary", "international", "verified",
            "etsCovered", "hostCountry");
    static final Set<String> REQUIRED = Set.of("entity", "registry", "serial", "type", "vintage", "amount", "unit");

    private final Header h;
    private final Entities entities;
    private final SmallLedgers ledgers;

    CreditRows(Header h, Entities entities, SmallLedgers ledgers) {
        this.h = h;
        this.entities = entities;
        this.ledgers = ledgers;
    }

    @Override
    public void row(CsvLine r, long line, List<LedgerError> errors) {
        int e = Rows.entity(r, h, entities, FILE, line, errors);
        if (e < 0) return;
        int before = errors.size();
        String registry = required(r, "registry", line, errors);
        String serial = required(r, "serial", line, errors);
        String typeText = r.text(h.column("type"));
        CreditType type = typeText == null ? null : CreditType.fromId(typeText).orElse(null);
        if (type == null) errors.add(new LedgerError(FILE, line, "type", typeText, ErrorKeys.ONE_OF, CreditType.ids()));
        Integer years = Rows.integer(r.text(h.column("durabilityYears")), FILE, line, "durabilityYears", errors);
        Integer vintage = Rows.integer(r.text(h.column("vintage")), FILE, line, "vintage", errors);
        if (vintage == null && r.text(h.column("vintage")) == null) {
            errors.add(new LedgerError(FILE, line, "vintage", null, ErrorKeys.REQUIRED));
        }
        BigDecimal amount = Rows.amount(r.text(h.column("amount")), FILE, line, "amount", errors);
        String unitText = r.text(h.column("unit"));
        MassUnit unit = unitText == null ? null : MassUnit.fromSymbol(unitText).orElse(null);
        if (unit == null) errors.add(new LedgerError(FILE, line, "unit", unitText, ErrorKeys.ONE_OF, MassUnit.symbols()));
        boolean retired = Rows.flag(r.text(h.column("retired")), false, FILE, line, "retired", errors);
        LocalDate retiredOn = null;
        String on = r.text(h.column("retiredOn"));
        if (on != null) {
            try {
                retiredOn = LocalDate.parse(on);
            } catch (DateTimeParseException x) {
                errors.add(new LedgerError(FILE, line, "retiredOn", on, ErrorKeys.NOT_DATE));
            }
        }
        boolean own = Rows.flag(r.text(h.column("ownBoundary")), false, FILE, line, "ownBoundary", errors);
        boolean international = Rows.flag(r.text(h.column("international")), false, FILE, line, "international", errors);
        boolean verified = Rows.flag(r.text(h.column("verified")), false, FILE, line, "verified", errors);
        boolean ets = Rows.flag(r.text(h.column("etsCovered")), false, FILE, line, "etsCovered", errors);
        if (errors.size() > before) {
            entities.markInvalid(e);
            return;
        }
        String id = r.text(h.column("id"));
        ledgers.add(e, new Credit(id == null ? "line " + line : id, registry, serial, type, years, vintage, amount, unit,
                retired, r.text(h.column("beneficiary")), retiredOn, own, international, verified, ets,
                r.text(h.column("hostCountry")), Origin.of(FILE, (int) line)));
    }

    private String required(CsvLine r, String field, long line, List<LedgerError> errors) {
        String text = r.text(h.column(field));
        if (text == null) errors.add(new LedgerError(FILE, line, field, null, ErrorKeys.REQUIRED));
        return text;
    }
}
