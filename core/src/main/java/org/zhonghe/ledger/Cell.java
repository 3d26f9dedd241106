package org.zhonghe.ledger;

import java.util.List;
import java.util.Objects;
import org.zhonghe.assessment.Problem;

/**
 * What became of one cell's text: its value, or the problem code and arguments that say why it
 * has none. Made by the readers of {@link CellReaders}; a reader of a file turns a wrong cell
 * into a {@link Problem} with {@link #problem}, adding the place only it knows.
 *
 * @param value the value read; null when the cell is empty (and not required) or wrong
 * @param shown the text as quoted in the problem (an over-long text abbreviated); null when none
 * @param key   the problem code; null when the cell was read
 * @param args  the problem's message arguments
 * @param <T>   the value's type
 */
public record Cell<T>(T value, String shown, String key, List<Object> args) {
    public Cell {
        args = List.copyOf(args);
    }

    /** A cell read into {@code value} (null for an empty optional cell). */
    public static <T> Cell<T> of(T value) {
        return new Cell<>(value, null, null, List.of());
    }

    /** A wrong cell: {@code shown} is the text as quoted, {@code key} the problem code. */
    public static <T> Cell<T> wrong(String shown, String key, Object... args) {
        return new Cell<>(null, shown, Objects.requireNonNull(key, "key"), List.of(args));
    }

    /** Whether the cell was read (its value may still be null for an empty optional cell). */
    public boolean isRead() {
        return key == null;
    }

    /** The problem of a wrong cell, at {@code file}, {@code line} and {@code field}. */
    public Problem problem(String file, long line, String field) {
        if (key == null) throw new IllegalStateException("the cell of " + field + " was read");
        return new Problem(file, line, field, shown, key, args);
    }
}
