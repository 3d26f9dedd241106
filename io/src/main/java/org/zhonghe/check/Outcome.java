package org.zhonghe.check;

import java.util.List;
import java.util.Objects;
import org.zhonghe.assessment.Assessment;
import java.util.function.BiConsumer;
import org.zhonghe.assessment.Emission;
import org.zhonghe.assessment.Problem;
import org.zhonghe.io.LargeLedger;
import org.zhonghe.output.StreamedRecords;
import org.zhonghe.rules.ClaimEvaluator;
import org.zhonghe.rules.ClaimResult;
import org.zhonghe.rules.Profile;
import org.zhonghe.rules.RecordResult;

/**
 * The outcome of a check: a result for a valid assessment, or the problems of an invalid one.
 */
public sealed interface Outcome permits Outcome.Checked, Outcome.Invalid {

    /**
     * @param assessment the assessment as evaluated (overrides applied)
     * @param result     its evaluation and concept matrix
     */
    record Checked(Assessment assessment, ClaimResult result, Streamed streamed) implements Outcome {
        public Checked {
            Objects.requireNonNull(assessment, "assessment");
            Objects.requireNonNull(result, "result");
        }

        /** An assessment whose records are all held. */
        public Checked(Assessment assessment, ClaimResult result) {
            this(assessment, result, null);
        }

        /** The number of records the result lists, streamed ones included. */
        public long recordCount() {
            return result.claimed().records().size() + (streamed == null ? 0 : streamed.records());
        }
    }

    /**
     * The emissions of a ledger too large to hold ({@link LargeLedger}): the claimed evaluation
     * of {@link Checked#result()} lists the other records; these are judged again as they stream
     * by ({@link #forEach}), first in the list of records.
     *
     * @param ledger     the ledger
     * @param rules      the evaluator that judged them
     * @param profile    the claim's profile
     * @param records    how many records it has
     * @param notCounted how many of them the claimed concept does not count
     */
    record Streamed(LargeLedger ledger, ClaimEvaluator rules, Profile profile, long records, long notCounted) {
        public Streamed {
            Objects.requireNonNull(ledger, "ledger");
            Objects.requireNonNull(rules, "rules");
            Objects.requireNonNull(profile, "profile");
        }

        /** The records for the writers ({@code ResultJson}, {@code ResultText}), judged under the claim of {@code a}. */
        public StreamedRecords of(Assessment a) {
            Streamed self = this;
            return new StreamedRecords() {
                @Override
                public long size() {
                    return records;
                }

                @Override
                public long notCounted() {
                    return notCounted;
                }

                @Override
                public void forEach(BiConsumer<Emission, RecordResult> each) {
                    self.forEach(a, each);
                }
            };
        }

        /** Each record of the ledger, in file order, with its result under the claimed concept of {@code a}. */
        public void forEach(Assessment a, BiConsumer<Emission, RecordResult> each) {
            ledger.forEach(e -> each.accept(e, rules.judge(e, a, a.claim().concept(), profile)));
        }
    }

    /** @param problems every problem found, with file and line */
    record Invalid(List<Problem> problems) implements Outcome {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }
}
