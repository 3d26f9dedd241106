package org.zhonghe.batch;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.zhonghe.assessment.Problem;
import org.zhonghe.ledger.LedgerSchema;

/**
 * Reads rows of entities.csv into the {@link Entities.Part} of their chunk; one instance per
 * thread. A row's fields besides id and name are looked up as bytes among the shapes this thread
 * has met, and read ({@link Shapes}) only when new.
 */
final class EntityRows implements FileScan.Rows {
    private final Header h;
    private final Shapes shapes;
    private final Map<Integer, Entities.Part> parts;
    private final int cEntity;
    private final int cName;
    private final int[] shapeColumns;
    private final ByteKeys known = new ByteKeys();
    private final List<Integer> shapeOfLocal = new ArrayList<>();
    private final List<List<Problem>> errorsOf = new ArrayList<>();
    private byte[] scratch = new byte[256];
    private Entities.Part part;

    /** @param parts where each chunk's part goes, by chunk number (shared by the threads) */
    EntityRows(Header h, Shapes shapes, Map<Integer, Entities.Part> parts) {
        this.h = h;
        this.shapes = shapes;
        this.parts = parts;
        cEntity = h.column("entity");
        cName = h.column("name");
        shapeColumns = EntitySpec.FIELDS.stream().filter(f -> !f.equals("entity") && !f.equals("name"))
                .mapToInt(h::column).toArray();
        int first = Integer.MAX_VALUE;
        int last = -1;
        int present = 0;
        for (int c : shapeColumns) {
            if (c < 0) continue;
            first = Math.min(first, c);
            last = Math.max(last, c);
            present++;
        }
        boolean together = present > 0 && last - first + 1 == present; // no other column among them
        rawFirst = together ? first : -1;
        rawLast = together ? last : -1;
    }

    /**
     * When the shape's columns stand together in the file (the usual layout: id first), a row's
     * shape key is the bytes from the first of them to the end of the last, as written: rows with
     * the same bytes have the same cells. Otherwise -1, and the key is made cell by cell.
     */
    private final int rawFirst;
    private final int rawLast;

    @Override
    public void chunk(int index) {
        part = new Entities.Part();
        parts.put(index, part);
    }

    @Override
    public void row(CsvLine r, long line, List<Problem> errors) {
        byte[] b = r.buf();
        int from = r.start(cEntity);
        int to = r.end(cEntity);
        boolean plain = plainId(b, from, to) && !Rows.mayBeTooLong(LedgerSchema.Entity.ID, to - from);
        String id = null;
        boolean idValid = plain;
        if (!plain) {
            // core's reading of the id (its length, its characters), as check reads entity.id
            String text = r.text(cEntity);
            int before = errors.size();
            Rows.value("entity", LedgerSchema.Entity.ID, true, text, EntitySpec.FILE, line, errors);
            idValid = errors.size() == before;
            id = text; // a wrong id is still declared: its ledger rows are not also undeclared
        }
        String name = r.text(cName);
        if (name != null && Rows.value("name", LedgerSchema.Entity.NAME, false, name, EntitySpec.FILE, line, errors) == null) {
            idValid = false; // a name too long: the entity is refused as check refuses it
        }
        int local = localShape(r);
        int shape = shapeOfLocal.get(local);
        List<Problem> shapeErrors = errorsOf.get(local);
        for (int i = 0; i < shapeErrors.size(); i++) errors.add(shapeErrors.get(i).atLine(line)); // indexed: no iterator per row
        if (!plain && id == null) return;
        if (!plain) {
            b = id.getBytes(StandardCharsets.UTF_8);
            from = 0;
            to = b.length;
        }
        part.add(b, from, to, idValid ? shape : Entities.wrongId(shape), line, idValid ? name : null);
    }

    /** Letters and digits of ASCII, '-', '_', '.': an id as written, no decoding needed. */
    private static boolean plainId(byte[] b, int from, int to) {
        if (from >= to) return false;
        for (int i = from; i < to; i++) {
            int c = b[i];
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.';
            if (!ok) return false;
        }
        return true;
    }

    /** This thread's number of the row's shape: the cells besides id and name, each after its length, as one key. */
    private int localShape(CsvLine r) {
        if (rawFirst >= 0) {
            byte[] b = r.buf();
            int from = r.start(rawFirst);
            int to = r.end(rawLast);
            int local = known.get(b, from, to);
            return local >= 0 ? local : newShape(r, new String(b, from, to - from, StandardCharsets.ISO_8859_1), b, from, to);
        }
        int n = 0;
        for (int c : shapeColumns) {
            int len = c < 0 || r.isEmpty(c) ? 0 : r.end(c) - r.start(c);
            if (n + len + 4 > scratch.length) scratch = Arrays.copyOf(scratch, (n + len + 4) * 2);
            for (int k = 24; k >= 0; k -= 8) scratch[n++] = (byte) (len >>> k);
            if (len > 0) System.arraycopy(r.buf(), r.start(c), scratch, n, len);
            n += len;
        }
        int local = known.get(scratch, 0, n);
        return local >= 0 ? local : newShape(r, new String(scratch, 0, n, StandardCharsets.ISO_8859_1), scratch, 0, n);
    }

    /** A shape this thread meets first: its number among all threads' ({@link Shapes#of}), remembered by its key. */
    private int newShape(CsvLine r, String text, byte[] key, int from, int to) {
        int global = shapes.of(text, r, h);
        int local = shapeOfLocal.size();
        shapeOfLocal.add(global);
        errorsOf.add(shapes.get(global).errors());
        known.put(key, from, to, local);
        return local;
    }
}
