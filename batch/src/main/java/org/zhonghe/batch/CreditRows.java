package org.zhonghe.batch;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.zhonghe.MassUnit;
import org.zhonghe.assessment.Credit;
import org.zhonghe.assessment.CreditType;
import org.zhonghe.assessment.Origin;
import org.zhonghe.assessment.Problem;
import org.zhonghe.assessment.RemovalKind;
import org.zhonghe.ledger.CellReaders;

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
    public void row(CsvLine r, long line, List<Problem> errors) {
        int e = Rows.entity(r, h, entities, FILE, line, errors);
        if (e < 0) return;
        int before = errors.size();
        String registry = required(r, cRegistry, "registry", line, errors);
        String serial = required(r, cSerial, "serial", line, errors);
        String typeText = r.text(cType);
        CreditType type = typeText == null ? null : CreditType.fromId(typeText).orElse(null);
        if (type == null) errors.add(Problem.of(FILE, line, "type", typeText, typeText == null ? ErrorKeys.REQUIRED : ErrorKeys.UNKNOWN_CREDIT_TYPE, typeText == null ? "type" : typeText, CreditType.ids()));
        String kindText = r.text(cKind);
        RemovalKind kind = kindText == null ? null : RemovalKind.fromId(kindText).orElse(null);
        if (kindText != null && kind == null) {
            errors.add(Problem.of(FILE, line, "kind", kindText, kindText == null ? ErrorKeys.REQUIRED : ErrorKeys.UNKNOWN_REMOVAL_KIND, kindText == null ? "kind" : kindText, RemovalKind.ids()));
        }
        Integer years = Rows.integer(r.text(cDurabilityYears), 0, FILE, line, "durabilityYears", errors);
        Integer vintage = Rows.integer(r.text(cVintage), Integer.MIN_VALUE, FILE, line, "vintage", errors);
        if (vintage == null && r.text(cVintage) == null) {
            errors.add(Problem.of(FILE, line, "vintage", null, ErrorKeys.REQUIRED, "vintage"));
        }
        BigDecimal amount = Rows.amount(r.text(cAmount), FILE, line, "amount", errors);
        String unitText = r.text(cUnit);
        MassUnit unit = unitText == null ? null : MassUnit.fromSymbol(unitText).orElse(null);
        if (unit == null) errors.add(Rows.unitProblem(FILE, line, unitText));
        boolean retired = Rows.flag(r.text(cRetired), false, FILE, line, "retired", errors);
        String on = r.text(cRetiredOn);
        LocalDate retiredOn = on == null ? null : Rows.read(CellReaders.date(on), FILE, line, "retiredOn", errors);
        boolean own = Rows.flag(r.text(cOwnBoundary), false, FILE, line, "ownBoundary", errors);
        boolean international = Rows.flag(r.text(cInternational), false, FILE, line, "international", errors);
        boolean verified = Rows.flag(r.text(cVerified), false, FILE, line, "verified", errors);
        boolean ets = Rows.flag(r.text(cEtsCovered), false, FILE, line, "etsCovered", errors);
        String host = r.text(cHostCountry);
        if (host != null) Rows.read(CellReaders.country(host), FILE, line, "hostCountry", errors);
        if (errors.size() > before) {
            entities.markInvalid(e);
            return;
        }
        String id = r.text(cId);
        chunk.add(e, line, new Credit(id == null ? "line " + line : id, registry, serial, type, kind, years, vintage, amount, unit,
                retired, r.text(cBeneficiary), retiredOn, own, international, verified, ets,
                host, Origin.of(FILE, (int) line)), id == null);
    }

    private String required(CsvLine r, int column, String field, long line, List<Problem> errors) {
        String text = r.text(column);
        if (text == null) errors.add(Problem.of(FILE, line, field, null, ErrorKeys.REQUIRED, field));
        return text;
    }
}
