package org.zhonghe.batch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.zhonghe.assessment.Boundary;
import org.zhonghe.assessment.Claim;
import org.zhonghe.assessment.Entity;
import org.zhonghe.assessment.Period;
import org.zhonghe.ledger.LedgerField;
import org.zhonghe.ledger.LedgerSchema;

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
    /**
     * The columns of entities.csv (docs/batch.md), each read as the field of core's schema it
     * names: {@code entity} is the entity's id; {@code from}, {@code to} the period; {@code scopes}
     * the boundary in one cell; the others the claim's.
     */
    static final Map<String, LedgerField<?>> COLUMNS = columns();
    static final List<String> FIELDS = List.copyOf(COLUMNS.keySet());
    /** The columns a file must have: the required fields but {@code concept}, which {@code --concept} may give. */
    static final Set<String> REQUIRED = COLUMNS.entrySet().stream()
            .filter(c -> c.getValue().required() && !c.getKey().equals("concept")).map(Map.Entry::getKey)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static Map<String, LedgerField<?>> columns() {
        Map<String, LedgerField<?>> c = new LinkedHashMap<>();
        c.put("entity", LedgerSchema.Entity.ID);
        c.put("name", LedgerSchema.Entity.NAME);
        c.put("type", LedgerSchema.Entity.TYPE);
        c.put("from", LedgerSchema.Period.FROM);
        c.put("to", LedgerSchema.Period.TO);
        c.put("scopes", LedgerSchema.Boundary.SCOPES);
        c.put("concept", LedgerSchema.Claim.CONCEPT);
        c.put("profile", LedgerSchema.Claim.PROFILE);
        c.put("metric", LedgerSchema.Claim.METRIC);
        c.put("factorSet", LedgerSchema.Claim.FACTOR_SET);
        c.put("scope2Method", LedgerSchema.Claim.SCOPE2_METHOD);
        return Collections.unmodifiableMap(c);
    }

    public EntitySpec {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(boundary, "boundary");
        Objects.requireNonNull(claim, "claim");
    }

}
