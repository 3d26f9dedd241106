package org.zhonghe.batch;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
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
 * @param factorSets   the emission-factor sets of its activities, searched in order (default {@code ipcc-2006})
 * @param scope2Method the Scope 2 method whose records of bought energy join its ledger
 * @param errors   the row's errors, at line 0 (each row that has this shape reports them at its line)
 */
record EntityShape(EntityType type, Period period, Boundary boundary, Claim claim, List<String> factorSets,
                   Scope2Method scope2Method, List<Problem> errors) {
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

    /** The shape of a row: every field but {@code entity} and {@code name}. */
    static EntityShape parse(CsvLine row, Header h, Concept override) {
        List<Problem> errors = new ArrayList<>();
        String file = EntitySpec.FILE;
        String typeText = row.text(h.column("type"));
        EntityType type = typeText == null ? null : EntityType.fromId(typeText).orElse(null);
        if (type == null) errors.add(Problem.of(file, 0, "type", typeText, ErrorKeys.UNKNOWN_ENTITY_TYPE, typeText, EntityType.ids()));
        LocalDate from = date(row, h, "from", errors);
        LocalDate to = date(row, h, "to", errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(Problem.of(file, 0, "to", to.toString(), ErrorKeys.PERIOD_ORDER, from.toString(), to.toString()));
        }
        Set<Scope> scopes = scopes(row.text(h.column("scopes")), errors);
        Concept concept = override;
        if (concept == null) {
            String c = row.text(h.column("concept"));
            concept = c == null ? null : Concept.fromId(c).orElse(null);
            if (concept == null) errors.add(Problem.of(file, 0, "concept", c, ErrorKeys.UNKNOWN_CONCEPT, c, Concept.ids()));
        }
        String profile = Objects.requireNonNullElse(row.text(h.column("profile")), Claim.DEFAULT_PROFILE);
        if (Profiles.byId(profile).isEmpty()) {
            errors.add(Problem.of(file, 0, "profile", profile, ErrorKeys.UNKNOWN_PROFILE, profile, Profiles.ids()));
        }
        String m = row.text(h.column("metric"));
        Metric metric = m == null ? Metric.DEFAULT : Metric.fromId(m).orElse(null);
        if (metric == null) errors.add(Problem.of(file, 0, "metric", m, ErrorKeys.UNKNOWN_METRIC, m, Metric.ids()));
        List<String> sets = factorSets(row.text(h.column("factorSet")), errors);
        String method = row.text(h.column("scope2Method"));
        Scope2Method scope2 = method == null ? Scope2Method.LOCATION : Scope2Method.fromId(method).orElse(null);
        if (scope2 == null) errors.add(Problem.of(file, 0, "scope2Method", method, "scope2Method.unknown", method, "location|market"));
        if (!errors.isEmpty()) return new EntityShape(null, null, null, null, null, null, errors);
        return new EntityShape(type, new Period(from, to), new Boundary(scopes, null, null),
                new Claim(concept, profile, metric, null), sets, scope2, errors);
    }

    private static LocalDate date(CsvLine row, Header h, String field, List<Problem> errors) {
        String text = row.text(h.column(field));
        try {
            return LocalDate.parse(Objects.requireNonNull(text));
        } catch (DateTimeParseException | NullPointerException e) {
            errors.add(Problem.of(EntitySpec.FILE, 0, field, text, ErrorKeys.NOT_DATE, text));
            return null;
        }
    }

    /**
     * The built-in factor sets named (ids separated by {@code |} or commas; default
     * {@code ipcc-2006}). A user's set (a CSV file) is not read by batch: an error says so.
     */
    private static List<String> factorSets(String text, List<Problem> errors) {
        if (text == null) return List.of(FactorSets.DEFAULT);
        List<String> out = new ArrayList<>();
        for (String part : text.split("[|,]")) {
            String id = part.strip();
            if (id.isEmpty()) continue;
            if (!FactorSets.builtIn().containsKey(id)) {
                errors.add(Problem.of(EntitySpec.FILE, 0, "factorSet", id, ErrorKeys.UNKNOWN_FACTOR_SET, id,
                        String.join(", ", FactorSets.builtIn().keySet())));
            }
            out.add(id);
        }
        return out.isEmpty() ? List.of(FactorSets.DEFAULT) : out;
    }

    /** {@code 1|2|3} (default all three); none is an empty boundary. */
    private static Set<Scope> scopes(String text, List<Problem> errors) {
        if (text == null) return EnumSet.allOf(Scope.class);
        Set<Scope> out = EnumSet.noneOf(Scope.class);
        if (text.equals("none")) return out;
        for (String part : text.split("\\|")) {
            Scope s = part.strip().length() == 1 ? Scope.of(part.strip().charAt(0) - '0').orElse(null) : null;
            if (s == null) {
                errors.add(Problem.of(EntitySpec.FILE, 0, "scopes", text, ErrorKeys.NOT_SCOPES, text));
                return out;
            }
            out.add(s);
        }
        return out;
    }
}
