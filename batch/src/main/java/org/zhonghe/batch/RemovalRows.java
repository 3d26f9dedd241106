package org.zhonghe.batch;

import java.math.BigDecimal;
import java.util.List;
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
    private final ChunkedRecords<Removal> records;
    private ChunkedRecords.Chunk<Removal> chunk;
    private final ClaimEvaluator rules;

    /**
     * Rows read into {@code records} by chunk: one instance per thread, told each chunk before its
     * rows ({@link #chunk}); add them to the ledgers with {@link #addInOrder}.
     */
    RemovalRows(Header h, Entities entities, ChunkedRecords<Removal> records, ClaimEvaluator rules) {
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
        this.rules = rules;
    }

    @Override
    public void chunk(int index) {
        chunk = records.chunk(index);
    }

    /** The removals read, added to {@code ledgers} in file order, each at its line in the file. */
    static void addInOrder(ChunkedRecords<Removal> records, long[] lineOffsets, SmallLedgers ledgers) {
        records.addInOrder(lineOffsets, (r, line, idFromLine) -> new Removal(idFromLine ? "line " + line : r.id(), r.kind(),
                r.amount(), r.unit(), r.managed(), r.basis(), r.durabilityYears(), r.lifecycleEmissions(),
                r.lifecycleDeclared(), r.inBoundary(), Origin.of(FILE, (int) line)), ledgers::add);
    }

    @Override
    public void row(CsvLine r, long line, List<Problem> errors) {
        int e = Rows.entity(r, h, entities, FILE, line, errors);
        if (e < 0) return;
        int before = errors.size();
        String id = Rows.value(Removals.ID.name(), Removals.ID, false, r.text(cId), FILE, line, errors); // optional here
        RemovalKind kind = Rows.value(Removals.KIND, r.text(cKind), FILE, line, errors);
        BigDecimal amount = Rows.value(Removals.AMOUNT, r.text(cAmount), FILE, line, errors);
        MassUnit unit = Rows.value(Removals.UNIT, r.text(cUnit), FILE, line, errors);
        Boolean managed = Rows.value(Removals.MANAGED, r.text(cManaged), FILE, line, errors);
        Basis basis = Rows.value(Removals.BASIS, r.text(cBasis), FILE, line, errors);
        Integer years = Rows.value(Removals.DURABILITY_YEARS, r.text(cDurabilityYears), FILE, line, errors);
        String lifecycleText = r.text(cLifecycleEmissions);
        BigDecimal lifecycle = Rows.value(Removals.LIFECYCLE_EMISSIONS, lifecycleText, FILE, line, errors);
        Boolean inBoundary = Rows.value(Removals.IN_BOUNDARY, r.text(cInBoundary), FILE, line, errors);
        if (errors.size() == before) {
            Removal removal = new Removal(id == null ? "line " + line : id, kind, amount, unit, managed, basis, years,
                    lifecycle, lifecycleText != null, inBoundary, Origin.of(FILE, (int) line));
            for (Problem p : rules.validateRecords(List.of(), List.of(removal), List.of(), List.of(), List.of(), List.of(), null)) {
                String field = p.field().substring(p.field().lastIndexOf('.') + 1);
                errors.add(new Problem(FILE, line, field, p.value(), p.key(), p.args()));
            }
            if (errors.size() == before) {
                chunk.add(e, line, removal, id == null);
                return;
            }
        }
        entities.markInvalid(e);
    }
}
