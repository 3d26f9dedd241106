package org.zhonghe.check;

import java.util.List;
import java.util.Objects;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Problem;
import org.zhonghe.rules.ClaimResult;

/**
 * The outcome of a check: a result for a valid assessment, or the problems of an invalid one.
 */
public sealed interface Outcome permits Outcome.Checked, Outcome.Invalid {

    /**
     * @param assessment the assessment as evaluated (overrides applied)
     * @param result     its evaluation and concept matrix
     */
    record Checked(Assessment assessment, ClaimResult result) implements Outcome {
        public Checked {
            Objects.requireNonNull(assessment, "assessment");
            Objects.requireNonNull(result, "result");
        }
    }

    /** @param problems every problem found, with file and line */
    record Invalid(List<Problem> problems) implements Outcome {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }
}
