package org.zhonghe.batch;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.zhonghe.MassUnit;
import org.zhonghe.assessment.Credit;
import org.zhonghe.assessment.CreditType;
import org.zhonghe.assessment.Origin;
import org.zhonghe.assessment.RemovalKind;

/**
 * The credits of credits.csv as its threads read them, by chunk, in columns: of each credit its
 * entity, its line, its serial, and a reference to a shared credit that holds the fields many
 * credits have alike (registry, type, kind, vintage, unit, flags, dates); its amount packed in a
 * long. Once read, copied into entity order, file order within an entity, its serial's bytes into
 * pages beside ({@link #link}, {@link EntityOrder}); each credit is made whole when its entity is
 * evaluated ({@link #credits}), on the evaluation's threads, as it was read, from columns read in
 * sequence (a serial kept as a string read in entity order cost a cache miss or two each).
 */
final class CreditsRead {
    /** Marks a beneficiary that is the credit's own entity (nearly every one): its id is not kept twice. */
    private static final String ITS_ENTITY = new String("(its entity)");

    /**
     * The fields many credits have alike. Equality and hash written out: a record's own go through
     * method handles, which the client compiler that batch runs a mixed ledger with does not inline.
     */
    record Alike(String registry, CreditType type, RemovalKind kind, Integer durabilityYears, int vintage, MassUnit unit,
                 boolean retired, LocalDate retiredOn, boolean ownBoundary, boolean international, boolean verified,
                 boolean etsCovered, String hostCountry) {
        static Alike of(Credit c) {
            return new Alike(c.registry(), c.type(), c.kind(), c.durabilityYears(), c.vintage(), c.unit(), c.retired(),
                    c.retiredOn(), c.ownBoundary(), c.international(), c.verified(), c.etsCovered(), c.hostCountry());
        }

        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Alike a && registry.equals(a.registry) && type == a.type && kind == a.kind
                    && Objects.equals(durabilityYears, a.durabilityYears) && vintage == a.vintage && unit == a.unit
                    && retired == a.retired && Objects.equals(retiredOn, a.retiredOn) && ownBoundary == a.ownBoundary
                    && international == a.international && verified == a.verified && etsCovered == a.etsCovered
                    && Objects.equals(hostCountry, a.hostCountry);
        }

        @Override
        public int hashCode() {
            int h = registry.hashCode();
            h = 31 * h + type.ordinal();
            h = 31 * h + (kind == null ? -1 : kind.ordinal());
            h = 31 * h + (durabilityYears == null ? -1 : durabilityYears);
            h = 31 * h + vintage;
            h = 31 * h + unit.ordinal();
            h = 31 * h + (retiredOn == null ? 0 : retiredOn.hashCode());
            h = 31 * h + (hostCountry == null ? 0 : hostCountry.hashCode());
            return 31 * h + (retired ? 1 : 0) + (ownBoundary ? 2 : 0) + (international ? 4 : 0) + (verified ? 8 : 0)
                    + (etsCovered ? 16 : 0);
        }
    }

    /** The credits of one chunk of the file, in file order. */
    static final class Chunk {
        private final Columns.Ints entities = new Columns.Ints();
        /** The line in the chunk (made the file's by {@link #link}); {@code ~line} when the id is made from it. */
        private final Columns.Longs lines = new Columns.Longs();
        private final Columns.Refs<Alike> alike = new Columns.Refs<>();
        private final Columns.Longs amounts = new Columns.Longs();
        /** The serials' bytes, and where each row's is. */
        private final TextPages serials = new TextPages();
        private final Columns.Longs serialAt = new Columns.Longs();
        private final Columns.Refs<String> beneficiaries = new Columns.Refs<>();
        /** The ids written in the file (null: made from the line). */
        private final Columns.Refs<String> ids = new Columns.Refs<>();
        /** The amounts {@link Columns#pack} cannot hold, by row. */
        private final Map<Integer, BigDecimal> exact = new HashMap<>(0);

        /** Keeps a serial read as text; returns where it is, for {@link #add(int, long, Alike, BigDecimal, long, String, boolean, String)}. */
        long serial(String serial) {
            return serials.add(serial);
        }

        /** Keeps a serial whose text is the (ASCII) bytes {@code b[from, from + length)}; returns where it is. */
        long serial(byte[] b, int from, int length) {
            return serials.add(b, from, length);
        }

        /**
         * Adds a credit read at {@code line} (of the chunk) of the fields {@code alike} (one object
         * for many credits), {@code amount}, the serial kept at {@code serialAt} ({@link #serial}),
         * {@code beneficiary} as read unless {@code itsEntity} (its beneficiary is {@code entity},
         * whose id is then not kept twice), and {@code id} (null when it is made from the line).
         */
        void add(int entity, long line, Alike alike, BigDecimal amount, long serialAt, String beneficiary, boolean itsEntity,
                 String id) {
            long packed = Columns.pack(amount);
            if (packed == Columns.NOT_PACKED) exact.put(entities.size(), amount);
            entities.add(entity);
            lines.add(id == null ? ~line : line);
            this.alike.add(alike);
            amounts.add(packed);
            this.serialAt.add(serialAt);
            beneficiaries.add(itsEntity ? ITS_ENTITY : beneficiary);
            ids.add(id);
        }
    }

    /** The chunks as read, by number, until {@link #link}. */
    private final Map<Integer, Chunk> chunks = new ConcurrentHashMap<>();
    /** Once linked, in entity order: where each entity's credits start, and their columns. */
    private int[] start;
    /** The line in the file; {@code ~line} when the id is made from it. */
    private long[] lineAt;
    private Alike[] alikeAt;
    private long[] amountAt;
    private String[] beneficiaryAt;
    private String[] idAt;
    /** Where the serial is in {@link #serials}. */
    private long[] serialAt;
    private final TextPages serials = new TextPages();
    /** The amounts {@link Columns#pack} cannot hold, by position. */
    private final Map<Integer, BigDecimal> exactAt = new HashMap<>(0);

    /** A new, empty chunk {@code index} (numbered in file order from 0). */
    Chunk chunk(int index) {
        Chunk c = new Chunk();
        chunks.put(index, c);
        return c;
    }

    /**
     * Copies every credit read into entity order, file order within an entity, once every chunk is
     * read, on {@code threads} threads (each a range of the order); {@code lineOffsets[c]} is what to
     * add to a line of chunk {@code c} to make it the file's.
     */
    void link(int entities, long[] lineOffsets, int threads) {
        List<Chunk> inOrder = EntityOrder.inOrder(chunks);
        EntityOrder order = new EntityOrder(entities, inOrder.stream().map(c -> c.entities).toList());
        int n = order.size();
        lineAt = new long[n];
        alikeAt = new Alike[n];
        amountAt = new long[n];
        beneficiaryAt = new String[n];
        idAt = new String[n];
        serialAt = new long[n];
        int[] cuts = order.cuts(threads);
        List<Part> done = EntityOrder.copy(cuts, (from, to) -> {
            Part mine = new Part();
            for (int p = from; p < to; p++) {
                int c = order.chunk(p);
                Chunk chunk = inOrder.get(c);
                int row = order.row(p);
                long read = chunk.lines.get(row);
                long line = (read < 0 ? ~read : read) + (c < lineOffsets.length ? lineOffsets[c] : 0);
                lineAt[p] = read < 0 ? ~line : line;
                alikeAt[p] = chunk.alike.get(row);
                amountAt[p] = chunk.amounts.get(row);
                if (amountAt[p] == Columns.NOT_PACKED) mine.exact.put(p, chunk.exact.get(row));
                beneficiaryAt[p] = chunk.beneficiaries.get(row);
                idAt[p] = chunk.ids.get(row);
                serialAt[p] = mine.serials.copy(chunk.serials, chunk.serialAt.get(row));
            }
            return mine;
        });
        for (int k = 0; k < done.size(); k++) { // one store of serials: each range's pages after the last's
            long shift = (long) serials.append(done.get(k).serials) << 40;
            for (int p = cuts[k]; p < cuts[k + 1]; p++) serialAt[p] += shift;
            exactAt.putAll(done.get(k).exact);
        }
        start = order.starts();
    }

    /** What one thread of {@link #link} copied beside the columns. */
    private static final class Part {
        final TextPages serials = new TextPages();
        final Map<Integer, BigDecimal> exact = new HashMap<>(0);
    }

    /** Whether the entity has a credit. */
    boolean any(int entity) {
        return start != null && start[entity] < start[entity + 1];
    }

    private static final NumberedIds NUMBERED = new NumberedIds("c");

    /**
     * The entity's credits in file order, each made anew.
     *
     * @param entityId the entity's id (the beneficiary of the credits retired for it)
     * @param numbered ids {@code c0}, {@code c1} … in order and no origin, as the standing assessment
     *                 of batch has them (its removals likewise; batch writes no id nor line of them);
     *                 else each credit's id as read (written, or made from its line: {@code line N})
     *                 and its line in credits.csv as origin
     */
    List<Credit> credits(int entity, String entityId, boolean numbered) {
        if (!any(entity)) return List.of();
        // an array, then a list that Assessment keeps as it is rather than copying (List.copyOf)
        Credit[] out = new Credit[start[entity + 1] - start[entity]];
        for (int p = start[entity], i = 0; p < start[entity + 1]; p++, i++) {
            long read = lineAt[p];
            long line = read < 0 ? ~read : read;
            String id = numbered ? NUMBERED.of(i) : read < 0 ? "line " + line : idAt[p];
            out[i] = credit(p, id, numbered ? Origin.NONE : Origin.of(CreditRows.FILE, (int) line), entityId);
        }
        return List.of(out);
    }

    private Credit credit(int p, String id, Origin origin, String entityId) {
        Alike a = alikeAt[p];
        long packed = amountAt[p];
        String beneficiary = beneficiaryAt[p];
        return new Credit(id, a.registry(), serials.text(serialAt[p]), a.type(), a.kind(), a.durabilityYears(), a.vintage(),
                packed == Columns.NOT_PACKED ? exactAt.get(p) : Columns.unpack(packed), a.unit(), a.retired(),
                beneficiary == ITS_ENTITY ? entityId : beneficiary, a.retiredOn(), a.ownBoundary(), a.international(),
                a.verified(), a.etsCovered(), a.hostCountry(), origin);
    }
}
