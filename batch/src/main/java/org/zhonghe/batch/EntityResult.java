package org.zhonghe.batch;

import java.util.Objects;

/**
 * One row of {@code results.csv}: an entity's verdict and balance, amounts as exact decimal
 * strings (t CO2e; t CO2 under a CO2-only concept), the records not counted by reason, and the
 * findings' codes. An entity with an input error has the verdict {@code INVALID} and no totals.
 */
public record EntityResult(String entity, String concept, String verdict, String emissions, String removals,
                           String credits, String net, String notCounted, String findings) {
    /** The header of results.csv. */
    public static final String HEADER = "entity,concept,verdict,emissions,removals,credits,net,not_counted,findings";
    public static final String INVALID = "INVALID";

    public EntityResult {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(concept, "concept");
        Objects.requireNonNull(verdict, "verdict");
    }

    static EntityResult invalid(String entity, String concept) {
        return new EntityResult(entity, concept, INVALID, "", "", "", "", "", "");
    }

    /** The row as CSV: ids, codes and plain decimals never need quotes. */
    public String csv() {
        return String.join(",", entity, concept, verdict, emissions, removals, credits, net, notCounted, findings);
    }
}
