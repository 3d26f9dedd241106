package org.zhonghe.targets;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The paper's tests applied to one entity of a Net Zero Tracker export. Reads only the tracker's own
 * columns ({@code End_target}, {@code End_target_year}, {@code Status_of_end_target}, {@code GHGs_covered},
 * {@code Carbon_credits}, {@code Scope_3_coverage}) and the classifier's reading of {@code End_target_text},
 * dated by the row's {@code Last_updated} (a year before it is not a future target); each
 * {@link AuditFinding} names its section of the paper.
 */
public final class TargetAudit {
    private TargetAudit() {}

    /** Audits one row. */
    public static AuditedEntity audit(TrackerRow row) {
        Objects.requireNonNull(row, "row");
        String statement = row.get("End_target_text");
        StatementClassification reading = statement.isBlank() ? null
                : StatementClassifier.classify(statement, yearOf(row.get("Last_updated")));
        TargetCategory label = NetZeroTrackerLabels.category(row.get("End_target")).orElse(null);
        TargetCategory wording = reading == null ? null : reading.category();
        GasCoverage gases = NetZeroTrackerLabels.gases(row.get("GHGs_covered")).orElse(null);
        TargetStatus status = NetZeroTrackerLabels.status(row.get("Status_of_end_target")).orElse(null);
        String year = row.get("End_target_year");
        Integer targetYear = year.isEmpty() ? null : Integer.valueOf(year.endsWith(".0")
                ? year.substring(0, year.length() - 2) : year);

        Set<AuditFinding> findings = EnumSet.noneOf(AuditFinding.class);
        boolean neutrality = (label != null && label.isNeutrality()) || (wording != null && wording.isNeutrality());
        if (label != null && wording != null && label != wording) {
            findings.add(AuditFinding.LABEL_DIFFERS_FROM_WORDING);
        }
        if ((label == TargetCategory.NET_ZERO || wording == TargetCategory.NET_ZERO) && yes(row.get("Carbon_credits"))) {
            findings.add(AuditFinding.NET_ZERO_RELIES_ON_OFFSETS);
        }
        if (neutrality && gases == GasCoverage.UNSPECIFIED) {
            findings.add(AuditFinding.GAS_COVERAGE_UNSPECIFIED);
        }
        boolean ghgWord = label == TargetCategory.CLIMATE_NEUTRAL || wording == TargetCategory.CLIMATE_NEUTRAL
                || (reading != null && reading.gases() == GasCoverage.ALL_GHG);
        if (ghgWord && gases == GasCoverage.CO2) {
            findings.add(AuditFinding.CO2_ONLY_UNDER_GHG_WORD);
        }
        if (row.entityType() == EntityType.COMPANY && neutrality && !yes(row.get("Scope_3_coverage"))) {
            findings.add(AuditFinding.VALUE_CHAIN_UNCOVERED);
        }
        if (reading != null && reading.findings().contains(StatementFinding.MISLABELLED_TARGET)) {
            findings.add(AuditFinding.MISLABELLED_TARGET);
        }
        if (status == TargetStatus.ACHIEVED_SELF_DECLARED) {
            findings.add(AuditFinding.ACHIEVEMENT_SELF_DECLARED);
        }
        return new AuditedEntity(row.line(), row.id(), row.name(), row.entityType(), row.get("Country"),
                row.get("End_target"), label, wording, targetYear, gases, status, statement, reading,
                List.copyOf(findings));
    }

    /** The year of a date such as {@code 2025-08-01 20:54:12}; {@code null} when the cell does not start with one. */
    static Integer yearOf(String date) {
        String d = date.strip();
        if (d.length() < 4 || !d.substring(0, 4).chars().allMatch(Character::isDigit)
                || (d.length() > 4 && Character.isDigit(d.charAt(4)))) {
            return null;
        }
        int year = Integer.parseInt(d.substring(0, 4));
        return year >= 1850 && year <= 2200 ? year : null;
    }

    /** "Yes", "Yes (…)" and the like, ignoring case. */
    private static boolean yes(String value) {
        return value.strip().toLowerCase(Locale.ROOT).startsWith("yes");
    }
}
