package org.zhonghe.batch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.zhonghe.Concept;
import org.zhonghe.Metric;
import org.zhonghe.activity.FactorSets;
import org.zhonghe.activity.Scope2Method;
import org.zhonghe.assessment.Boundary;
import org.zhonghe.assessment.Claim;
import org.zhonghe.assessment.EntityType;
import org.zhonghe.assessment.Period;
import org.zhonghe.assessment.Problem;
import org.zhonghe.assessment.Scope;
import org.zhonghe.ledger.LedgerField;
import org.zhonghe.rules.Profile;
import org.zhonghe.profiles.Profiles;

/**
 * What a row of entities.csv says besides the entity's id and name: type, period, boundary and
 * claim. Rows that say the same share one shape (a platform's million accounts have a handful),
 * so each distinct text is read once.
 *
 * @param type     the entity type; null when the row has an error
 * @param period   the period; null when the row has an error
 * @param boundary the scopes; null when the row has an error
 * @param claim    concept, profile, metric; null when the row has an error
 * @param factorSets   the emission-factor sets of its activities, searched in order (default {@code ipcc-2006});
 *                     kept when the row has an error, for the users' set files it names (empty when the cell is wrong)
 * @param scope2Method the Scope 2 method whose records of bought energy join its ledger
 * @param recordMetric the metric the entity's emission records are checked in ({@code gas.noValue}): the
 *                     claim's whenever the claim's cells (concept, profile, metric, factorSet,
 *                     scope2Method) were read, even when its type, period or boundary has an error —
 *                     as check reads an assessment's claim; null when a claim cell has an error
 * @param errors   the row's errors, at line 0 (each row that has this shape reports them at its line)
 */
record EntityShape(EntityType type, Period period, Boundary boundary, Claim claim, List<String> factorSets,
                   Scope2Method scope2Method, Metric recordMetric, List<Problem> errors) {
    EntityShape {
        factorSets = factorSets == null ? null : List.copyOf(factorSets);
        errors = List.copyOf(errors);
    }

    boolean valid() {
        return errors.isEmpty();
    }

    Profile profile() {
        return Profiles.byId(claim.profile()).orElseThrow();
    }

    /**
     * The shape of a row: every field but {@code entity} and {@code name}, each cell read by core's
     * schema ({@link EntitySpec#COLUMNS}) as {@code check} reads the same field of an assessment.
     */
    static EntityShape parse(CsvLine row, Header h, Concept override) {
        List<Problem> errors = new ArrayList<>();
        EntityType type = cell(row, h, "type", errors);
        LocalDate from = cell(row, h, "from", errors);
        LocalDate to = cell(row, h, "to", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(Problem.of(EntitySpec.FILE, 0, "to", to.toString(), ErrorKeys.PERIOD_ORDER, from.toString(), to.toString()));
        }
        Set<Scope> scopes = cell(row, h, "scopes", errors);
        int claimStart = errors.size(); // the claim's cells from here on
        Concept concept = override != null ? override : cell(row, h, "concept", errors);
        String profile = cell(row, h, "profile", errors);
        Metric metric = cell(row, h, "metric", errors);
        List<String> sets = cell(row, h, "factorSet", errors);
        if (sets != null) sets = builtIn(sets, errors);
        Scope2Method scope2 = cell(row, h, "scope2Method", errors);
        if (!errors.isEmpty()) { // the user files to read; the metric when the claim was read
            return new EntityShape(null, null, null, null, sets == null ? List.of() : sets, null,
                    errors.size() == claimStart ? metric : null, errors);
        }
        return new EntityShape(type, new Period(from, to), new Boundary(scopes, null, null),
                new Claim(concept, profile, metric, null), sets, scope2, metric, errors);
    }

    /** The value of a column by its field of core's schema, or null after adding its problem (at line 0). */
    @SuppressWarnings("unchecked")
    private static <T> T cell(CsvLine row, Header h, String column, List<Problem> errors) {
        LedgerField<T> field = (LedgerField<T>) EntitySpec.COLUMNS.get(column);
        return Rows.value(column, field, field.required(), row.text(h.column(column)), EntitySpec.FILE, 0, errors);
    }

    /**
     * The factor sets named ({@code ipcc-2006} when none is named): built-in ids, and users' sets by
     * their file name beside entities.csv ({@code verifier.csv}, read by {@link UserFactorSets}).
     */
    private static List<String> builtIn(List<String> ids, List<Problem> errors) {
        for (String id : ids) {
            if (!FactorSets.isBuiltIn(id) && !UserFactorSets.isFileName(id)) { // without reading the sets (FactorSets.isBuiltIn)
                errors.add(Problem.of(EntitySpec.FILE, 0, "factorSet", id, ErrorKeys.UNKNOWN_FACTOR_SET, id,
                        String.join(", ", FactorSets.ids())));
            }
        }
        return ids.isEmpty() ? List.of(FactorSets.DEFAULT) : ids;
    }
}
