package org.zhonghe.io;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Problem;

/**
 * What reading an assessment gives: the assessment, or the problems that kept it from being read
 * (never both, never an exception for bad input).
 */
public sealed interface ReadResult permits ReadResult.Read, ReadResult.Invalid {

    /** The problems, in file order, at most 100; empty when the assessment was read. */
    List<Problem> problems();

    default boolean isValid() {
        return this instanceof Read;
    }

    /**
     * The assessment that was read.
     *
     * @throws IllegalStateException when the input had problems
     */
    default Assessment assessment() {
        if (this instanceof Read r) return r.value();
        throw new IllegalStateException("the input has " + problems().size() + " problem(s): " + problems().get(0));
    }

    /**
     * An assessment read without problems.
     *
     * @param value the assessment
     * @param file  the file's name as given
     * @param lines the line of each field outside the ledgers, by path ({@code claim.profile})
     * @param columns places a problem in the column of a workbook's sheet it was read from; identity elsewhere
     * @param large the emissions ledger too large to hold, validated but not held (the assessment
     *              then has no emissions of its own); null when every record is held
     */
    record Read(Assessment value, String file, Map<String, Integer> lines, UnaryOperator<Problem> columns,
                LargeLedger large) implements ReadResult {
        public Read {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(file, "file");
            lines = Map.copyOf(lines);
            Objects.requireNonNull(columns, "columns");
        }

        /** An assessment read from YAML or JSON with their ledgers, all held. */
        public Read(Assessment value, String file, Map<String, Integer> lines) {
            this(value, file, lines, UnaryOperator.identity());
        }

        /** An assessment whose records are all held. */
        public Read(Assessment value, String file, Map<String, Integer> lines, UnaryOperator<Problem> columns) {
            this(value, file, lines, columns, null);
        }

        @Override
        public List<Problem> problems() {
            return List.of();
        }

        /**
         * Problems found later (core's {@code ClaimEvaluator#validate}) with the file and line
         * filled in where they lack them: fields outside the ledgers, such as
         * {@code claim.profile}, carry no origin in the model.
         */
        public List<Problem> locate(List<Problem> found) {
            return found.stream().map(this::locate).toList();
        }

        private Problem locate(Problem p) {
            if (p.line() > 0 || !lines.containsKey(p.field())) return columns.apply(p);
            return columns.apply(new Problem(p.file().isEmpty() ? file : p.file(), lines.get(p.field()), p.field(), p.value(),
                    p.key(), p.args()));
        }
    }

    /** Input that could not be read: at least one problem. */
    record Invalid(List<Problem> problems) implements ReadResult {
        public Invalid {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) throw new IllegalArgumentException("an invalid read needs a problem");
        }
    }
}
