package org.zhonghe.batch;

import java.math.BigDecimal;
import java.util.List;
import org.zhonghe.MassUnit;
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

    static Problem unitProblem(String file, long line, String text) {
        return text == null ? Problem.of(file, line, "unit", null, ErrorKeys.REQUIRED, "unit")
                : Problem.of(file, line, "unit", text, ErrorKeys.UNKNOWN_UNIT, text, MassUnit.symbols());
    }

    /**
     * The ordinal of the entity a row names in its {@code entity} column, or -1 after recording
     * that it is missing or undeclared.
     */
    static int entity(CsvLine r, Header h, Entities entities, String file, long line, List<Problem> errors) {
        String entity = r.text(h.column("entity"));
        int e = entity == null ? -1 : entities.ordinal(entity);
        if (e < 0) errors.add(undeclared(file, line, entity));
        return e;
    }

    /** A boolean as every reader reads it ({@link CellReaders#bool}), or null for anything else. */
    static Boolean bool(String text) {
        return CellReaders.bool(text).value();
    }

    /** A required non-negative decimal as written, or null with an error. */
    static BigDecimal amount(String text, String file, long line, String field, List<Problem> errors) {
        if (text == null) {
            errors.add(Problem.of(file, line, field, null, ErrorKeys.REQUIRED, field));
            return null;
        }
        return read(CellReaders.decimal(text, true), file, line, field, errors);
    }

    /** An optional decimal, non-negative when {@code nonNegative}: null when absent or wrong (then with an error). */
    static BigDecimal decimal(String text, boolean nonNegative, String file, long line, String field, List<Problem> errors) {
        return text == null ? null : read(CellReaders.decimal(text, nonNegative), file, line, field, errors);
    }

    /** An optional whole number of at least {@code min}: null when absent or wrong (then with an error). */
    static Integer integer(String text, int min, String file, long line, String field, List<Problem> errors) {
        return text == null ? null : read(CellReaders.integer(text, min, Integer.MAX_VALUE), file, line, field, errors);
    }

    static boolean flag(String text, boolean absent, String file, long line, String field, List<Problem> errors) {
        if (text == null) return absent;
        Boolean b = read(CellReaders.bool(text), file, line, field, errors);
        return b == null ? absent : b;
    }

    /**
     * The value of a ledger field as core's schema reads it ({@link LedgerField}): its default
     * when the cell is empty (a {@code field.required} problem when it must be written), else its
     * cell's reading; null after adding a problem.
     */
    static <T> T value(LedgerField<T> field, String text, String file, long line, List<Problem> errors) {
        if (text == null) {
            if (field.required()) errors.add(Problem.of(file, line, field.name(), null, ErrorKeys.REQUIRED, field.name()));
            return field.absent();
        }
        return read(field.read(text), file, line, field.name(), errors);
    }

    /** The value of a cell, or null after adding its problem. */
    static <T> T read(Cell<T> cell, String file, long line, String field, List<Problem> errors) {
        if (!cell.isRead()) errors.add(cell.problem(file, line, field));
        return cell.value();
    }
}
