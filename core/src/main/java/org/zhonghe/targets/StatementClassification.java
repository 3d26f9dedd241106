package org.zhonghe.targets;

import java.util.List;
import java.util.Locale;
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
 * @param interim    the statement's other targets (earlier neutrality words, reduction amounts with a
 *                   year), in text order; empty when none
 * @param reasons    the steps of the decision, each naming the words that made it
 * @param conditional true when the words make the target depend on a condition (international support,
 *                    finance: "conditionnelle", "with appropriate international assistance", "aspirational
 *                    … contingent on"); such a target is no firm commitment
 */
public record StatementClassification(TargetCategory category, Integer targetYear, GasCoverage gases,
                                      Integer peakYear, List<StatementFinding> findings,
                                      List<TargetMention> interim, List<ClassificationReason> reasons,
                                      boolean conditional) {
    public StatementClassification {
        Objects.requireNonNull(category, "category");
        findings = List.copyOf(findings);
        interim = List.copyOf(interim);
        reasons = List.copyOf(reasons);
    }

    /** A classification with no condition stated. */
    public StatementClassification(TargetCategory category, Integer targetYear, GasCoverage gases,
                                   Integer peakYear, List<StatementFinding> findings,
                                   List<TargetMention> interim, List<ClassificationReason> reasons) {
        this(category, targetYear, gases, peakYear, findings, interim, reasons, false);
    }

    /** A classification without interim targets and reasons. */
    public StatementClassification(TargetCategory category, Integer targetYear, GasCoverage gases,
                                   Integer peakYear, List<StatementFinding> findings) {
        this(category, targetYear, gases, peakYear, findings, List.of(), List.of());
    }

    /** The reasons as sentences in Chinese or English, one per step. */
    public List<String> explanation(Locale locale) {
        return reasons.stream().map(r -> r.text(locale)).toList();
    }
}
