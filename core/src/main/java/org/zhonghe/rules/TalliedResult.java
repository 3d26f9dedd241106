package org.zhonghe.rules;

import java.util.Objects;

/**
 * The result of an assessment whose emissions were tallied ({@link EmissionTally}) instead of
 * held: the claimed evaluation lists every record but the tallied emissions, which a caller
 * judges one by one as it streams them again ({@link ClaimEvaluator#judge}); its totals,
 * findings and verdict are those of the whole assessment.
 *
 * @param result            the claimed evaluation (without the tallied records) and the concept matrix
 * @param talliedRecords    how many emission records were tallied
 * @param talliedNotCounted how many of them the claimed concept does not count
 */
public record TalliedResult(ClaimResult result, long talliedRecords, long talliedNotCounted) {
    public TalliedResult {
        Objects.requireNonNull(result, "result");
    }

    /** Every record of the assessment, the tallied ones included. */
    public long records() {
        return talliedRecords + result.claimed().records().size();
    }
}
