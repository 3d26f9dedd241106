package org.zhonghe.targets;

import org.zhonghe.assessment.Problem;
import java.util.List;
import java.util.Objects;

/**
 * The result of reading an input: the value, or every problem found in one pass.
 *
 * @param value    the value read; {@code null} exactly when there are problems
 * @param problems all problems, in file order; empty when the input was read
 * @param <T>      the type of value
 */
public record Parsed<T>(T value, List<Problem> problems) {

    public Parsed {
        problems = List.copyOf(problems);
        if ((value == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("either a value or problems, not both: " + problems);
        }
    }

    /** A successfully read value. */
    public static <T> Parsed<T> of(T value) {
        return new Parsed<>(Objects.requireNonNull(value, "value"), List.of());
    }

    /** A failed read with these problems (at least one). */
    public static <T> Parsed<T> failed(List<Problem> problems) {
        return new Parsed<>(null, problems);
    }

    /** True when the input was read without problems. */
    public boolean isValid() {
        return value != null;
    }
}
