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
        String kindText = r.text(cKind);
        RemovalKind kind = kindText == null ? null : RemovalKind.fromId(kindText).orElse(null);
        if (kind == null) errors.add(Problem.of(FILE, line, "kind", kindText, kindText == null ? ErrorKeys.REQUIRED : ErrorKeys.UNKNOWN_REMOVAL_KIND, kindText == null ? "kind" : kindText, RemovalKind.ids()));
        BigDecimal amount = Rows.amount(r.text(cAmount), FILE, line, "amount", errors);
        MassUnit unit = unit(r.text(cUnit), line, errors);
        Boolean managed = null;
        String managedText = r.text(cManaged);
        if (managedText != null) {
            managed = Rows.bool(managedText);
            if (managed == null) errors.add(Problem.of(FILE, line, "managed", managedText, ErrorKeys.NOT_BOOLEAN, managedText));
        }
        String basisText = r.text(cBasis);
        Basis basis = basisText == null ? Basis.INCREMENT : basisText.equals("increment") ? Basis.INCREMENT
                : basisText.equals("stock") ? Basis.STOCK : null;
        if (basis == null) errors.add(Problem.of(FILE, line, "basis", basisText, ErrorKeys.UNKNOWN_BASIS, basisText, "increment|stock"));
        Integer years = Rows.integer(r.text(cDurabilityYears), 0, FILE, line, "durabilityYears", errors);
        String lifecycleText = r.text(cLifecycleEmissions);
        BigDecimal lifecycle = lifecycleText == null ? BigDecimal.ZERO
                : Rows.decimal(lifecycleText, true, FILE, line, "lifecycleEmissions", errors);
        boolean inBoundary = Rows.flag(r.text(cInBoundary), true, FILE, line, "inBoundary", errors);
        if (errors.size() == before) {
            String id = r.text(cId);
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

    static MassUnit unit(String text, long line, List<Problem> errors) {
        MassUnit u = text == null ? null : MassUnit.fromSymbol(text).orElse(null);
        if (u == null) errors.add(Rows.unitProblem(FILE, line, text));
        return u;
    }
}
