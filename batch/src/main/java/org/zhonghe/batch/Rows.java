package org.zhonghe.batch;

import java.util.List;
import org.zhonghe.assessment.Problem;
import org.zhonghe.ledger.Cell;
import org.zhonghe.ledger.CellReaders;
import org.zhonghe.ledger.LedgerField;

/** Cell readers shared by the ledger files: core's {@link CellReaders}, with the file and line of the row. */
final class Rows {
    private Rows() {}

    static Problem undeclared(String file, long line, String entity) {
        return entity == null ? Problem.of(file, line, "entity", null, ErrorKeys.REQUIRED, "entity")
                : Problem.of(file, line, "entity", entity, ErrorKeys.UNDECLARED, entity, EntitySpec.FILE);
    }

    /**
     * The ordinal of the entity a row names in its {@code entity} column, or -1 after recording
     * that it is missing or undeclared.
     */
    static int entity(CsvLine r, Header h, Entities entities, String file, long line, List<Problem> errors) {
        int c = h.entity();
        if (!r.isEmpty(c) && !r.escaped(c)) {
            // the bytes of a declared id, looked up as they are (a declared id has no blanks around it
            // nor a quote, so its text is its bytes); anything else is read as text below
            long v = entities.lookup(r.buf(), r.start(c), r.end(c));
            if (v != EntityIndex.ABSENT) return Entities.ordinalOf(v);
        }
        String entity = r.text(c);
        int e = entity == null ? -1 : entities.ordinal(entity);
        if (e < 0) errors.add(undeclared(file, line, entity));
        return e;
    }

    /**
     * The value of a ledger field as core's schema reads it ({@link LedgerField#cell}: its length,
     * then its reading): its default when the cell is empty (a {@code field.required} problem when
     * it must be written), else its cell's reading; null after adding a problem.
     */
    static <T> T value(LedgerField<T> field, String text, String file, long line, List<Problem> errors) {
        return value(field.name(), field, field.required(), text, file, line, errors);
    }

    /**
     * As {@link #value(LedgerField, String, String, long, List)}, in the column {@code column}
     * (entities.csv's {@code entity} is the field {@code id}), required when {@code required}
     * (an {@code id} is optional in a batch ledger).
     */
    static <T> T value(String column, LedgerField<T> field, boolean required, String text, String file, long line,
                       List<Problem> errors) {
        if (text == null) {
            if (required) errors.add(Problem.of(file, line, column, null, ErrorKeys.REQUIRED, column));
            return required ? null : field.absent();
        }
        return read(field.cell(text), file, line, column, errors);
    }

    /**
     * Whether a cell of {@code bytes} bytes may hold more characters than {@code field} allows:
     * then it is read as text and counted ({@link LedgerField#cell}). UTF-8 spends at least a
     * byte per character, so a cell of no more bytes than the limit is within it.
     */
    static boolean mayBeTooLong(LedgerField<?> field, int bytes) {
        return bytes > field.maxLength();
    }

    /** The value of a cell, or null after adding its problem. */
    static <T> T read(Cell<T> cell, String file, long line, String field, List<Problem> errors) {
        if (!cell.isRead()) errors.add(cell.problem(file, line, field));
        return cell.value();
    }
}
