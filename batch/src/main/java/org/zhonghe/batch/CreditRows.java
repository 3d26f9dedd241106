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
import org.zhonghe.ledger.LedgerSchema.Credits;
import org.zhonghe.ledger.LedgerSection;
import org.zhonghe.assessment.RemovalKind;

/** Reads credit rows (one thread, file order kept). */
final class CreditRows implements FileScan.Rows {
    static final String FILE = "credits.csv";
    static final List<String> FIELDS = Header.fields(LedgerSection.CREDITS);
    static final Set<String> REQUIRED = Header.required(LedgerSection.CREDITS);

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
        String id = Rows.value(Credits.ID.name(), Credits.ID, false, r.text(cId), FILE, line, errors); // optional here
        String registry = Rows.value(Credits.REGISTRY, r.text(cRegistry), FILE, line, errors);
        String serial = Rows.value(Credits.SERIAL, r.text(cSerial), FILE, line, errors);
        CreditType type = Rows.value(Credits.TYPE, r.text(cType), FILE, line, errors);
        RemovalKind kind = Rows.value(Credits.KIND, r.text(cKind), FILE, line, errors);
        Integer years = Rows.value(Credits.DURABILITY_YEARS, r.text(cDurabilityYears), FILE, line, errors);
        Integer vintage = Rows.value(Credits.VINTAGE, r.text(cVintage), FILE, line, errors);
        BigDecimal amount = Rows.value(Credits.AMOUNT, r.text(cAmount), FILE, line, errors);
        MassUnit unit = Rows.value(Credits.UNIT, r.text(cUnit), FILE, line, errors);
        Boolean retired = Rows.value(Credits.RETIRED, r.text(cRetired), FILE, line, errors);
        LocalDate retiredOn = Rows.value(Credits.RETIRED_ON, r.text(cRetiredOn), FILE, line, errors);
        Boolean own = Rows.value(Credits.OWN_BOUNDARY, r.text(cOwnBoundary), FILE, line, errors);
        Boolean international = Rows.value(Credits.INTERNATIONAL, r.text(cInternational), FILE, line, errors);
        Boolean verified = Rows.value(Credits.VERIFIED, r.text(cVerified), FILE, line, errors);
        Boolean ets = Rows.value(Credits.ETS_COVERED, r.text(cEtsCovered), FILE, line, errors);
        String beneficiary = Rows.value(Credits.BENEFICIARY, r.text(cBeneficiary), FILE, line, errors);
        String host = Rows.value(Credits.HOST_COUNTRY, r.text(cHostCountry), FILE, line, errors);
        if (errors.size() > before) {
            entities.markInvalid(e);
            return;
        }
        chunk.add(e, line, new Credit(id == null ? "line " + line : id, registry, serial, type, kind, years, vintage, amount, unit,
                retired, beneficiary, retiredOn, own, international, verified, ets,
                host, Origin.of(FILE, (int) line)), id == null);
    }
}
