package org.zhonghe.batch;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.zhonghe.Concept;
import org.zhonghe.Metric;
import org.zhonghe.assessment.Boundary;
import org.zhonghe.assessment.Claim;
import org.zhonghe.assessment.Entity;
import org.zhonghe.assessment.EntityType;
import org.zhonghe.assessment.Period;
import org.zhonghe.assessment.Scope;
import org.zhonghe.profiles.Profiles;

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
    static final List<String> FIELDS = List.of("entity", "name", "type", "from", "to", "scopes", "concept", "profile", "metric");
    static final Set<String> REQUIRED = Set.of("entity", "type", "from", "to");

    public EntitySpec {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(boundary, "boundary");
        Objects.requireNonNull(claim, "claim");
    }

    /** The row's spec, or null with its problems added to {@code errors}. */
    static EntitySpec parse(CsvLine row, Header h, long line, Concept override, List<LedgerError> errors) {
        int before = errors.size();
        String id = row.text(h.column("entity"));
        if (id == null || !isId(id)) {
            errors.add(new LedgerError(FILE, line, "entity", id, "is not an entity id (letters, digits, '-', '_', '.')"));
        }
        String typeText = row.text(h.column("type"));
        EntityType type = typeText == null ? null : EntityType.fromId(typeText).orElse(null);
        if (type == null) errors.add(new LedgerError(FILE, line, "type", typeText, "expected one of: " + EntityType.ids()));
        LocalDate from = date(row, h, "from", line, errors);
        LocalDate to = date(row, h, "to", line, errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new LedgerError(FILE, line, "to", to.toString(), "is before 'from' (" + from + ")"));
        }
        Set<Scope> scopes = scopes(row.text(h.column("scopes")), line, errors);
        Concept concept = override;
        if (concept == null) {
            String c = row.text(h.column("concept"));
            concept = c == null ? null : Concept.fromId(c).orElse(null);
            if (concept == null) errors.add(new LedgerError(FILE, line, "concept", c, "expected one of: " + Concept.ids()));
        }
        String profile = Objects.requireNonNullElse(row.text(h.column("profile")), Claim.DEFAULT_PROFILE);
        if (Profiles.byId(profile).isEmpty()) {
            errors.add(new LedgerError(FILE, line, "profile", profile, "expected one of: " + Profiles.ids()));
        }
        String m = row.text(h.column("metric"));
        Metric metric = m == null ? Metric.DEFAULT : Metric.fromId(m).orElse(null);
        if (metric == null) errors.add(new LedgerError(FILE, line, "metric", m, "expected one of: " + Metric.ids()));
        if (errors.size() > before) return null;
        return new EntitySpec(new Entity(id, row.text(h.column("name")), type), new Period(from, to),
                new Boundary(scopes, null, null), new Claim(concept, profile, metric, null), line);
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

    private static LocalDate date(CsvLine row, Header h, String field, long line, List<LedgerError> errors) {
        String text = row.text(h.column(field));
        try {
            return LocalDate.parse(Objects.requireNonNull(text));
        } catch (DateTimeParseException | NullPointerException e) {
            errors.add(new LedgerError(FILE, line, field, text, "is not a date (YYYY-MM-DD)"));
            return null;
        }
    }

    /** {@code 1|2|3} (default all three); none is an empty boundary. */
    private static Set<Scope> scopes(String text, long line, List<LedgerError> errors) {
        if (text == null) return EnumSet.allOf(Scope.class);
        Set<Scope> out = EnumSet.noneOf(Scope.class);
        if (text.equals("none")) return out;
        for (String part : text.split("\\|")) {
            Scope s = part.strip().length() == 1 ? Scope.of(part.strip().charAt(0) - '0').orElse(null) : null;
            if (s == null) {
                errors.add(new LedgerError(FILE, line, "scopes", text, "expected scopes as 1|2|3 (or none)"));
                return out;
            }
            out.add(s);
        }
        return out;
    }
}
