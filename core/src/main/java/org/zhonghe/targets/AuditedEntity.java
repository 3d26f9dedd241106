package org.zhonghe.targets;

import java.util.List;
import java.util.Objects;

/**
 * One row of {@code targets audit}: an entity of the export, the tracker's label, the classifier's
 * reading of the source's words, and the findings.
 *
 * @param line          the row's line in the file
 * @param id            {@code ID_Code}
 * @param name          {@code Name} (or {@code Country})
 * @param entityType    the kind of entity; {@code null} when the row does not tell
 * @param country       {@code Country} (ISO 3166-1 alpha-3), may be empty
 * @param labelText     {@code End_target} as exported, may be empty
 * @param label         {@code End_target} mapped to Table 1's categories; {@code null} when empty or unknown
 * @param wording       the classifier's category for {@code End_target_text}; {@code null} when the text is empty
 * @param targetYear    {@code End_target_year}; {@code null} when empty
 * @param gases         {@code GHGs_covered} mapped; {@code null} when empty or unknown
 * @param status        {@code Status_of_end_target} mapped; {@code null} when empty or unknown
 * @param statement     {@code End_target_text} as exported, may be empty
 * @param reading       the classifier's full reading of the statement; {@code null} when the text is empty
 * @param findings      the findings, in enum order; empty when none
 */
public record AuditedEntity(long line, String id, String name, EntityType entityType, String country,
                            String labelText, TargetCategory label, TargetCategory wording, Integer targetYear,
                            GasCoverage gases, TargetStatus status, String statement,
                            StatementClassification reading, List<AuditFinding> findings) {
    public AuditedEntity {
        Objects.requireNonNull(id, "id");
        findings = List.copyOf(findings);
    }

    /** True when the row has both a mapped label and words to compare it with. */
    public boolean isComparable() {
        return label != null && wording != null;
    }
}
