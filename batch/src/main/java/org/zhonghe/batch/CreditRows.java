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
import org.zhonghe.assessment.RemovalKind;

/** Reads credit rows (one thread, file order kept). */
final class CreditRows implements FileScan.Rows {
    static final String FILE = "credits.csv";
    static final List<String> FIELDS = List.of("entity", "id", "registry", "serial", "type", "kind", "durabilityYears", "vintage",
            "amount", "unit", "retired", "beneficiary", "retiredOn", "ownBoundary", "international", "verified",
            "etsCovered", "hostCountry");
    static final Set<String> REQUIRED = Set.of("entity", "registry", "serial", "type", "vintage", "amount", "unit");

    private final Header h;
    private final int cAmount;
    private final int cRegistry;
    private final int cSerial;
    private final int cBeneficiary;
    private final int cDurabilityYears;
    private final int cEtsCovered;
    private final int cHostCountry;
    private final int cId;
    private final int cInternational;
    private final int cOwnBoundary;
    private final int cRetired;
    private final int cRetiredOn;
    private final int cType;
    private final int cKind;
    private final int cUnit;
    private final int cVerified;
    private final int cVintage;
    private final Entities entities;
    private final ChunkedRecords<Credit> records;
    private ChunkedRecords.Chunk<Credit> chunk;

    /**
     * Rows read into {@code records} by chunk: one instance per thread, told each chunk before its
     * rows ({@link #chunk}); add them to the ledgers with {@link #addInOrder}.
     */
    CreditRows(Header h, Entities entities, ChunkedRecords<Credit> records) {
        this.h = h;
        cAmount = h.column("amount");
        cRegistry = h.column("registry");
        cSerial = h.column("serial");
        cBeneficiary = h.column("beneficiary");
        cDurabilityYears = h.column("durabilityYears");
        cEtsCovered = h.column("etsCovered");
        cHostCountry = h.column("hostCountry");
        cId = h.column("id");
        cInternational = h.column("international");
        cOwnBoundary = h.column("ownBoundary");
        cRetired = h.column("retired");
        cRetiredOn = h.column("retiredOn");
        cType = h.column("type");
        cKind = h.column("kind");
        cUnit = h.column("unit");
        cVerified = h.column("verified");
        cVintage = h.column("vintage");
        this.entities = entities;
        this.records = records;
    }

    @Override
    public void chunk(int index) {
        chunk = records.chunk(index);
    }

    /** The credits read, added to {@code ledgers} in file order, each at its line in the file. */
    static void addInOrder(ChunkedRecords<Credit> records, long[] lineOffsets, SmallLedgers ledgers) {
        records.addInOrder(lineOffsets, (c, line, idFromLine) -> c.withIdAndOrigin(idFromLine ? "line " + line : c.id(),
                Origin.of(FILE, (int) line)), ledgers::add);
    }

    @Override
    public void row(CsvLine r, long line, List<LedgerError> errors) {
        int e = Rows.entity(r, h, entities, FILE, line, errors);
        if (e < 0) return;
        int before = errors.size();
        String registry = required(r, cRegistry, "registry", line, errors);
        String serial = required(r, cSerial, "serial", line, errors);
        String typeText = r.text(cType);
        CreditType type = typeText == null ? null : CreditType.fromId(typeText).orElse(null);
        if (type == null) errors.add(new LedgerError(FILE, line, "type", typeText, ErrorKeys.ONE_OF, CreditType.ids()));
        String kindText = r.text(cKind);
        RemovalKind kind = kindText == null ? null : RemovalKind.fromId(kindText).orElse(null);
        if (kindText != null && kind == null) {
            errors.add(new LedgerError(FILE, line, "kind", kindText, ErrorKeys.ONE_OF, RemovalKind.ids()));
        }
        Integer years = Rows.integer(r.text(cDurabilityYears), FILE, line, "durabilityYears", errors);
        Integer vintage = Rows.integer(r.text(cVintage), FILE, line, "vintage", errors);
        if (vintage == null && r.text(cVintage) == null) {
            errors.add(new LedgerError(FILE, line, "vintage", null, ErrorKeys.REQUIRED));
        }
        BigDecimal amount = Rows.amount(r.text(cAmount), FILE, line, "amount", errors);
        String unitText = r.text(cUnit);
        MassUnit unit = unitText == null ? null : MassUnit.fromSymbol(unitText).orElse(null);
        if (unit == null) errors.add(new LedgerError(FILE, line, "unit", unitText, ErrorKeys.ONE_OF, MassUnit.symbols()));
        boolean retired = Rows.flag(r.text(cRetired), false, FILE, line, "retired", errors);
        LocalDate retiredOn = null;
        String on = r.text(cRetiredOn);
        if (on != null) {
            try {
                retiredOn = LocalDate.parse(on);
            } catch (DateTimeParseException x) {
                errors.add(new LedgerError(FILE, line, "retiredOn", on, ErrorKeys.NOT_DATE));
            }
        }
        boolean own = Rows.flag(r.text(cOwnBoundary), false, FILE, line, "ownBoundary", errors);
        boolean international = Rows.flag(r.text(cInternational), false, FILE, line, "international", errors);
        boolean verified = Rows.flag(r.text(cVerified), false, FILE, line, "verified", errors);
        boolean ets = Rows.flag(r.text(cEtsCovered), false, FILE, line, "etsCovered", errors);
        if (errors.size() > before) {
            entities.markInvalid(e);
            return;
        }
        String id = r.text(cId);
        chunk.add(e, line, new Credit(id == null ? "line " + line : id, registry, serial, type, kind, years, vintage, amount, unit,
                retired, r.text(cBeneficiary), retiredOn, own, international, verified, ets,
                r.text(cHostCountry), Origin.of(FILE, (int) line)), id == null);
    }

    private String required(CsvLine r, int column, String field, long line, List<LedgerError> errors) {
        String text = r.text(column);
        if (text == null) errors.add(new LedgerError(FILE, line, field, null, ErrorKeys.REQUIRED));
        return text;
    }
}
