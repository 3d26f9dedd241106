package org.zhonghe.batch;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.zhonghe.assessment.Boundary;
import org.zhonghe.assessment.Claim;
import org.zhonghe.assessment.Entity;
import org.zhonghe.assessment.Period;

/**
 * One row of {@code entities.csv}: who is assessed, over which period and boundary, under which
 * claim.
 *
 * @param entity   the subject
 * @param period   the period of the balance
 * @param boundary its scopes
 * @param claim    concept, profile and metric
 * @param line     the row's line in entities.csv
 */
public record EntitySpec(Entity entity, Period period, Boundary boundary, Claim claim, long line) {
    static final String FILE = "entities.csv";
    static final List<String> FIELDS = List.of("entity", "name", "type", "from", "to", "scopes", "concept", "profile", "metric",
            "factorSet", "scope2Method");
    static final Set<String> REQUIRED = Set.of("entity", "type", "from", "to");

    public EntitySpec {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(boundary, "boundary");
        Objects.requireNonNull(claim, "claim");
    }

    /** Letters, digits, '-', '_', '.'. */
    static boolean isId(String id) {
        if (id.isEmpty()) return false;
        for (int i = 0; i < id.length(); ) {
            int c = id.codePointAt(i);
            if (!Character.isLetterOrDigit(c) && c != '-' && c != '_' && c != '.') return false;
            i += Character.charCount(c);
        }
        return true;
    }
}
