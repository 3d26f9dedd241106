package org.zhonghe.store;

import java.util.Objects;
import org.zhonghe.assessment.Assessment;

/**
 * An assessment read and checked by the caller (as {@code zhonghe check} does), with the parts it
 * was read from: what the store stores, without reading or evaluating it again.
 *
 * @param parts      the parts as sent
 * @param assessment the assessment read from them, valid under the rules
 */
public record CheckedAssessment(StoredParts parts, Assessment assessment) {
    public CheckedAssessment {
        Objects.requireNonNull(parts, "parts");
        Objects.requireNonNull(assessment, "assessment");
    }
}
