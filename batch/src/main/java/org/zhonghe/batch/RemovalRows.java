package org.zhonghe.batch;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhonghe.MassUnit;
import org.zhonghe.assessment.Basis;
import org.zhonghe.assessment.Origin;
import org.zhonghe.assessment.Problem;
import org.zhonghe.ledger.LedgerSchema.Removals;
import org.zhonghe.ledger.LedgerSection;
import org.zhonghe.assessment.Removal;
import org.zhonghe.assessment.RemovalKind;
import org.zhonghe.rules.ClaimEvaluator;

/** Reads removal rows (one thread), checks each with the core's record checks, and groups them. */
final class RemovalRows implements FileScan.Rows {
    static final String FILE = "removals.csv";
    static final List<String> FIELDS = Header.fields(LedgerSection.REMOVALS);
    static final Set<String> REQUIRED = Header.required(LedgerSection.REMOVALS);

    private final Header h;
    private final int cAmount;
    private final int cBasis;
    private final int cDurabilityYears;
    private final int cId;
    private final int cInBoundary;
    private final int cKind;
    private final int cLifecycleEmissions;
    private final int cManaged;
    private final int cUnit;
    private final Entities entities;
    /** The entities whose rows this pass keeps. */
    private final EntityRange range;
    /** Where the valid rows of the other entities go, in the first of several passes; else null. */
    private final Spill spill;
    private Spill.Segment segment;
    private final RemovalsRead records;
    private RemovalsRead.Chunk chunk;
    private final ClaimEvaluator rules;
    /** The ids written in the rows read (the first pass, which reads every row), or null. */
    private RecordIds ids;

    /** Keeping the rows' ids in {@code ids} (made for the file's id column: {@link RecordIds#of}) when not null; returns this. */
    RemovalRows keepingIds(RecordIds ids) {
        this.ids = ids;
        return this;
    }

    /**
     * Rows read into {@code records} by chunk: one instance per thread, told each chunk before its
     * rows ({@link #chunk}), of the entities of {@code range}, the valid rows of any other entity
     * into {@code spill} (the first of several passes; null: every row is in {@code range}); then
     * link them to their entities ({@link RemovalsRead#link}).
     */
    RemovalRows(Header h, Entities entities, RemovalsRead records, ClaimEvaluator rules, EntityRange range, Spill spill) {
        this.h = h;
        cAmount = h.column("amount");
        cBasis = h.column("basis");
        cDurabilityYears = h.column("durabilityYears");
        cId = h.column("id");
        cInBoundary = h.column("inBoundary");
        cKind = h.column("kind");
        cLifecycleEmissions = h.column("lifecycleEmissions");
        cManaged = h.column("managed");
        cUnit = h.column("unit");
        this.entities = entities;
        this.records = records;
        this.range = range;
        this.spill = spill;
        this.rules = rules;
        fields = new CellsCache<>(cKind, cUnit, cManaged, cBasis, cDurabilityYears, cInBoundary);
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

    /** The groups of removals met by this thread, each key the one object all threads share ({@link RemovalsRead#shared}). */
    private final Map<SmallLedgers.RemovalKey, SmallLedgers.RemovalKey> keys = new HashMap<>();

    /** The id of a removal read without one, for its checks alone (see {@link #row}). */
    private static final String UNNAMED = "";

    private final CellCache<RemovalKind> kinds = new CellCache<>(Removals.KIND);
    private final CellCache<MassUnit> units = new CellCache<>(Removals.UNIT);
    private final CellCache<Boolean> manageds = new CellCache<>(Removals.MANAGED);
    private final CellCache<Basis> bases = new CellCache<>(Removals.BASIS);
    private final CellCache<Integer> durabilities = new CellCache<>(Removals.DURABILITY_YEARS);
    private final CellCache<Boolean> inBoundaries = new CellCache<>(Removals.IN_BOUNDARY);

    /**
     * What a removal's cells other than its id and amounts read to, once valid: its group's key
     * with lifecycle emissions declared and without (the only field of the key a row's own cell
     * gives), and its unit.
     */
    private record Fields(SmallLedgers.RemovalKey declared, SmallLedgers.RemovalKey undeclared, MassUnit unit) {}

    /** Those fields by their cells' bytes ({@link CellsCache}). */
    private final CellsCache<Fields> fields;

    /**
     * Reads a removal. Its fields other than its id and amounts are found by their cells' bytes
     * when they were read before and found valid (nearly every row): the core's record checks
     * read nothing else ({@link ClaimEvaluator#validateRemoval}).
     */
    @Override
    public void row(CsvLine r, long line, List<Problem> errors) {
        int e = Rows.entity(r, h, entities, FILE, line, errors);
        if (e < 0) return;
        Fields f = fields.get(r);
        if (f == null) {
            cellByCell(r, e, line, errors);
            return;
        }
        // the cells of f were read without a problem before: the rest in the order cellByCell reads them
        int before = errors.size();
        String id = id(r, line, errors);
        if (id != null && ids != null) ids.add(e, r, cId);
        BigDecimal amount = decimal(r, cAmount, Removals.AMOUNT, line, errors);
        BigDecimal lifecycle = decimal(r, cLifecycleEmissions, Removals.LIFECYCLE_EMISSIONS, line, errors);
        boolean lifecycleDeclared = declaresLifecycle(r);
        if (errors.size() > before) {
            entities.markInvalid(e);
        } else if (!range.holds(e)) {
            elsewhere(e, r);
        } else {
            chunk.add(e, lifecycleDeclared ? f.declared() : f.undeclared(), f.unit().toTonnes(amount), f.unit().toTonnes(lifecycle));
        }
    }

    /** A valid row of an entity of a later pass: kept for it. */
    private void elsewhere(int e, CsvLine r) {
        if (spill == null) throw new IllegalStateException("a row of entity " + e + " outside " + range + ", and no later pass");
        spill.add(segment, e, r);
    }

    private String id(CsvLine r, long line, List<Problem> errors) {
        return r.isEmpty(cId) ? null // optional here
                : Rows.value(Removals.ID.name(), Removals.ID, false, r.text(cId), FILE, line, errors);
    }

    /** A row whose other fields were not read before: each cell read, in the order of the schema's fields, and checked. */
    private void cellByCell(CsvLine r, int e, long line, List<Problem> errors) {
        int before = errors.size();
        String id = id(r, line, errors);
        if (id != null && ids != null) ids.add(e, r, cId);
        RemovalKind kind = kinds.value(r, cKind, FILE, line, errors);
        BigDecimal amount = decimal(r, cAmount, Removals.AMOUNT, line, errors);
        MassUnit unit = units.value(r, cUnit, FILE, line, errors);
        Boolean managed = manageds.value(r, cManaged, FILE, line, errors);
        Basis basis = bases.value(r, cBasis, FILE, line, errors);
        Integer years = durabilities.value(r, cDurabilityYears, FILE, line, errors);
        BigDecimal lifecycle = decimal(r, cLifecycleEmissions, Removals.LIFECYCLE_EMISSIONS, line, errors);
        boolean lifecycleDeclared = declaresLifecycle(r);
        Boolean inBoundary = inBoundaries.value(r, cInBoundary, FILE, line, errors);
        if (errors.size() == before) {
            // its id and origin are read only into the wording of a problem (validateRemoval), which is
            // written below at this file and line with the field alone: no "line N" made per row
            Removal removal = new Removal(id == null ? UNNAMED : id, kind, amount, unit, managed, basis, years,
                    lifecycle, lifecycleDeclared, inBoundary, Origin.NONE);
            List<Problem> wrong = rules.validateRemoval(removal);
            for (int i = 0; i < wrong.size(); i++) { // indexed: an iterator per row, even of an empty list, under the client compiler
                Problem p = wrong.get(i);
                String field = p.field().substring(p.field().lastIndexOf('.') + 1);
                errors.add(new Problem(FILE, line, field, p.value(), p.key(), p.args()));
            }
            if (errors.size() == before) {
                SmallLedgers.RemovalKey key = SmallLedgers.RemovalKey.of(removal);
                Fields f = new Fields(shared(key, true), shared(key, false), unit);
                fields.put(r, f); // valid, and its checks read no other cell
                if (!range.holds(e)) elsewhere(e, r);
                else chunk.add(e, lifecycleDeclared ? f.declared() : f.undeclared(), removal.tonnes(),
                        removal.unit().toTonnes(removal.lifecycleEmissions()));
                return;
            }
        }
        entities.markInvalid(e);
    }

    /** The one object of {@code key} with lifecycle emissions declared or not, as all threads share it ({@link RemovalsRead#shared}). */
    private SmallLedgers.RemovalKey shared(SmallLedgers.RemovalKey key, boolean lifecycleDeclared) {
        SmallLedgers.RemovalKey k = new SmallLedgers.RemovalKey(key.kind(), key.managed(), key.basis(), key.durabilityYears(),
                lifecycleDeclared, key.inBoundary());
        SmallLedgers.RemovalKey kept = keys.get(k);
        if (kept == null) keys.put(k, kept = records.shared(k));
        return kept;
    }

    /** Whether the removal declares lifecycle emissions: its cell holds more than blanks (a string made only for a cell not plainly printable). */
    private boolean declaresLifecycle(CsvLine r) {
        return r.printable(cLifecycleEmissions) || r.text(cLifecycleEmissions) != null;
    }

    /** A decimal cell: its plain digits read from its bytes, any other cell by the schema. */
    private static BigDecimal decimal(CsvLine r, int i, org.zhonghe.ledger.LedgerField<BigDecimal> field, long line,
                                      List<Problem> errors) {
        BigDecimal plain = CellCache.plainDecimal(r, i);
        return plain != null ? plain : Rows.value(field, r.text(i), FILE, line, errors);
    }
}
