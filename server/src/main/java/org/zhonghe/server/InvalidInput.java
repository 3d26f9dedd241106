package org.zhonghe.server;

import java.util.List;
import org.zhonghe.assessment.Problem;

/** Input that cannot be stored or evaluated, with every problem as {@code zhonghe check} lists them. */
public final class InvalidInput extends RuntimeException {
    private final transient List<Problem> problems;

    public InvalidInput(List<Problem> problems) {
        super(problems.size() + " problem(s)");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
