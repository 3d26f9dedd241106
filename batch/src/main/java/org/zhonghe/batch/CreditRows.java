package org.zhonghe.batch;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final int cEntity;
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
    /** The entities whose rows this pass keeps. */
    private final EntityRange range;
    /** Where the valid rows of the other entities go, in the first of several passes; else null. */
    private final Spill spill;
    private Spill.Segment segment;
    private final CreditsRead records;
    private CreditsRead.Chunk chunk;
    /** Where the credits of this ledger's rows go, by entity (SerialClaims); null when they are not asked for. */
    private final SerialClaims.Builder listed;
    /** This thread's table of them, for the whole scan (null when not asked for). */
    private final SerialClaims.Local mine;

    /**
     * Rows read into {@code records} by chunk: one instance per thread, told each chunk before its
     * rows ({@link #chunk}), of the entities of {@code range}, the valid rows of any other entity
     * into {@code spill} (the first of several passes; null: every row is in {@code range}); then
     * link them to their entities ({@link CreditsRead#link}).
     */
    CreditRows(Header h, Entities entities, CreditsRead records, EntityRange range, Spill spill) {
        this(h, entities, records, range, spill, null);
    }

    /** The same, adding the credit of each row read without a problem to {@code listed} (null: none). */
    CreditRows(Header h, Entities entities, CreditsRead records, EntityRange range, Spill spill, SerialClaims.Builder listed) {
        this.h = h;
        this.listed = listed;
        this.mine = listed == null ? null : listed.local();
        cEntity = h.column("entity");
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
        this.range = range;
        this.spill = spill;
        alikes = new CellsCache<>(cRegistry, cType, cKind, cDurabilityYears, cVintage, cUnit, cRetired, cRetiredOn,
                cOwnBoundary, cInternational, cVerified, cEtsCovered, cHostCountry);
    }

    /** The ids written in the rows read (the first pass, which reads every row at its line), or null. */
    private RecordIds ids;

    /** Keeping the rows' ids in {@code ids} (made for the file's id column: {@link RecordIds#of}) when not null; returns this. */
    CreditRows keepingIds(RecordIds ids) {
        this.ids = ids;
        return this;
    }

    @Override
    public void chunk(int index) {
        chunk = records.chunk(index);
        if (spill != null) segment = spill.segment();
    }

    @Override
    public void chunkDone(int index) {
        if (spill != null) spill.done(index, segment);
    }

    /**
     * Whether the row retires its credit for its own entity (the beneficiary is the entity's id, as
     * rules.md §4 check 3 compares them): only such a row claims the credit ({@link SerialClaims});
     * one retired for someone else, or not retired, claims nothing of it.
     */
    private boolean forItsEntity(int e, String beneficiary) {
        return beneficiary != null && beneficiary.equals(entities.id(e));
    }

    private void list(int e, String registry, String serial) {
        if (listed != null) mine.add(SerialClaims.hash(registry, serial), e);
    }

    /** The registry last met (a ledger names a few, on every credit), read once. */
    private SerialClaims.Registry lastRegistry;

    private SerialClaims.Registry registry(String written) {
        SerialClaims.Registry r = lastRegistry;
        if (r == null || !r.is(written)) lastRegistry = r = new SerialClaims.Registry(written);
        return r;
    }

    /** A valid row of an entity of a later pass: kept for it. */
    private void elsewhere(int e, CsvLine r) {
        if (spill == null) throw new IllegalStateException("a row of entity " + e + " outside " + range + ", and no later pass");
        spill.add(segment, e, r);
    }

    /**
     * Whether {@code beneficiary} is the id of entity {@code e}, told from the row's own entity cell
     * (in cache) rather than the ids of all entities: the cell's bytes are the beneficiary's
     * (ASCII) and, looked up as they are, are entity {@code e}'s id. False may be wrong (a quoted
     * cell, another spelling): the beneficiary is then kept as written, which is never wrong.
     */
    private boolean namesItsEntity(CsvLine r, int e, String beneficiary) {
        if (r.isEmpty(cEntity) || r.escaped(cEntity)) return false;
        byte[] b = r.buf();
        int from = r.start(cEntity);
        int n = r.end(cEntity) - from;
        if (beneficiary.length() != n) return false;
        for (int i = 0; i < n; i++) if (b[from + i] != beneficiary.charAt(i) || b[from + i] < 0) return false;
        // the ordinal of the index value: compared whole, the rule id in its high bits made every entity
        // of a rule other than the first keep its beneficiary's id beside (390 k strings in the 10 M mix)
        return Entities.ordinalOf(entities.lookup(b, from, from + n)) == e;
    }

    private final CellCache<String> registries = new CellCache<>(Credits.REGISTRY);
    private final CellCache<CreditType> types = new CellCache<>(Credits.TYPE);
    private final CellCache<RemovalKind> kinds = new CellCache<>(Credits.KIND);
    private final CellCache<Integer> durabilities = new CellCache<>(Credits.DURABILITY_YEARS);
    private final CellCache<Integer> vintages = new CellCache<>(Credits.VINTAGE);
    private final CellCache<MassUnit> units = new CellCache<>(Credits.UNIT);
    private final CellCache<Boolean> retireds = new CellCache<>(Credits.RETIRED);
    private final CellCache<LocalDate> retiredOns = new CellCache<>(Credits.RETIRED_ON);
    private final CellCache<Boolean> owns = new CellCache<>(Credits.OWN_BOUNDARY);
    private final CellCache<Boolean> internationals = new CellCache<>(Credits.INTERNATIONAL);
    private final CellCache<Boolean> verifieds = new CellCache<>(Credits.VERIFIED);
    private final CellCache<Boolean> etss = new CellCache<>(Credits.ETS_COVERED);
    private final CellCache<String> hosts = new CellCache<>(Credits.HOST_COUNTRY);

    /** The fields many credits have alike, by their cells' bytes ({@link CellsCache}). */
    private final CellsCache<CreditsRead.Alike> alikes;
    /** Those fields met by this thread, each kept once. */
    private final Map<CreditsRead.Alike, CreditsRead.Alike> shared = new HashMap<>();

    /**
     * Reads a credit. Its fields many credits have alike are found by their cells' bytes when
     * they were read before (nearly every row); its own (id, serial, amount, beneficiary) are read
     * each time, a serial and a beneficiary in printable ASCII from their bytes (no string made:
     * their text is their bytes).
     */
    @Override
    public void row(CsvLine r, long line, List<Problem> errors) {
        int e = Rows.entity(r, h, entities, FILE, line, errors);
        if (e < 0) return;
        boolean here = range.holds(e);
        CreditsRead.Alike alike = alikes.get(r);
        if (alike == null) {
            cellByCell(r, e, line, errors);
            return;
        }
        // the cells of alike were read without a problem before: the rest in the order cellByCell reads them
        int before = errors.size();
        String id = id(r, line, errors);
        if (id != null && ids != null) ids.add(e, r, cId);
        long serialAt = -1;
        String serial = null; // a printable serial stays bytes
        if (r.printable(cSerial) && !Rows.mayBeTooLong(Credits.SERIAL, r.end(cSerial) - r.start(cSerial))) {
            if (here) serialAt = chunk.serial(r.buf(), r.start(cSerial), r.end(cSerial) - r.start(cSerial));
        } else {
            serial = Rows.value(Credits.SERIAL, r.text(cSerial), FILE, line, errors);
            if (serial != null && here) serialAt = chunk.serial(serial);
        }
        BigDecimal amount = amount(r, line, errors);
        boolean itsEntity = r.printable(cBeneficiary) && r.printable(cEntity) && r.sameBytes(cBeneficiary, cEntity)
                && !Rows.mayBeTooLong(Credits.BENEFICIARY, r.end(cBeneficiary) - r.start(cBeneficiary));
        String beneficiary = itsEntity ? null : Rows.value(Credits.BENEFICIARY, r.text(cBeneficiary), FILE, line, errors);
        if (errors.size() > before) {
            entities.markInvalid(e);
            return;
        }
        if (listed != null && alike.retired() && (itsEntity || forItsEntity(e, beneficiary))) {
            if (serial != null) {
                list(e, alike.registry(), serial);
            } else { // printable: its bytes are its text (SerialClaims.Registry)
                mine.add(registry(alike.registry()).of(r.buf(), r.start(cSerial), r.end(cSerial)), e);
            }
        }
        if (!here) {
            elsewhere(e, r);
        } else {
            chunk.add(e, line, alike, amount, serialAt, beneficiary,
                    itsEntity || beneficiary != null && namesItsEntity(r, e, beneficiary), id);
        }
    }

    private String id(CsvLine r, long line, List<Problem> errors) {
        return r.isEmpty(cId) ? null // optional here
                : Rows.value(Credits.ID.name(), Credits.ID, false, r.text(cId), FILE, line, errors);
    }

    private BigDecimal amount(CsvLine r, long line, List<Problem> errors) {
        BigDecimal amount = CellCache.plainDecimal(r, cAmount);
        return amount != null ? amount : Rows.value(Credits.AMOUNT, r.text(cAmount), FILE, line, errors);
    }

    /** A row whose fields alike were not read before: each cell read, in the order of the schema's fields. */
    private void cellByCell(CsvLine r, int e, long line, List<Problem> errors) {
        int before = errors.size();
        String id = id(r, line, errors);
        if (id != null && ids != null) ids.add(e, r, cId);
        String registry = registries.value(r, cRegistry, FILE, line, errors);
        String serial = Rows.value(Credits.SERIAL, r.text(cSerial), FILE, line, errors);
        CreditType type = types.value(r, cType, FILE, line, errors);
        RemovalKind kind = kinds.value(r, cKind, FILE, line, errors);
        Integer years = durabilities.value(r, cDurabilityYears, FILE, line, errors);
        Integer vintage = vintages.value(r, cVintage, FILE, line, errors);
        BigDecimal amount = amount(r, line, errors);
        MassUnit unit = units.value(r, cUnit, FILE, line, errors);
        Boolean retired = retireds.value(r, cRetired, FILE, line, errors);
        LocalDate retiredOn = retiredOns.value(r, cRetiredOn, FILE, line, errors);
        Boolean own = owns.value(r, cOwnBoundary, FILE, line, errors);
        Boolean international = internationals.value(r, cInternational, FILE, line, errors);
        Boolean verified = verifieds.value(r, cVerified, FILE, line, errors);
        Boolean ets = etss.value(r, cEtsCovered, FILE, line, errors);
        String beneficiary = Rows.value(Credits.BENEFICIARY, r.text(cBeneficiary), FILE, line, errors);
        String host = hosts.value(r, cHostCountry, FILE, line, errors);
        if (errors.size() > before) {
            entities.markInvalid(e);
            return;
        }
        if (retired != null && retired && forItsEntity(e, beneficiary)) list(e, registry, serial);
        // without its id and origin: the columns keep its line and the id written (CreditsRead)
        Credit read = new Credit("", registry, serial, type, kind, years, vintage, amount, unit, retired, beneficiary,
                retiredOn, own, international, verified, ets, host, Origin.NONE);
        CreditsRead.Alike key = CreditsRead.Alike.of(read);
        CreditsRead.Alike alike = shared.putIfAbsent(key, key);
        if (alike == null) alike = key;
        alikes.put(r, alike); // every cell read without a problem
        if (!range.holds(e)) {
            elsewhere(e, r);
            return;
        }
        boolean itsEntity = beneficiary != null && namesItsEntity(r, e, beneficiary);
        chunk.add(e, line, alike, amount, chunk.serial(serial), itsEntity ? null : beneficiary, itsEntity, id);
    }
}
