package org.zhonghe.targets;

import java.util.List;
import java.util.Objects;

/**
 * What a target statement says.
 *
 * @param category   the wording of the target; {@link TargetCategory#NONE} when it states none
 * @param targetYear the year of the target; {@code null} when the statement gives none
 * @param gases      the gases covered; {@link GasCoverage#UNSPECIFIED} when it does not say; {@code null}
 *                   for {@link TargetCategory#NONE}
 * @param peakYear   the year emissions are to peak, when a peak is stated; else {@code null}
 * @param findings   what is wrong with the statement, in enum order; empty when nothing
 */
public record StatementClassification(TargetCategory category, Integer targetYear, GasCoverage gases,
                                      Integer peakYear, List<StatementFinding> findings) {
    public StatementClassification {
        Objects.requireNonNull(category, "category");
        findings = List.copyOf(findings);
    }
}
