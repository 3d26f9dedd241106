package org.zhonghe.activity;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A published set of emission factors and fuel properties, each with its citation.
 *
 * @param id        {@code ipcc-2006}, {@code cn-mee-grid}, or a user set's name
 * @param title     the document
 * @param publisher who publishes it
 * @param version   the edition
 * @param year      the year of publication
 * @param licence   under which terms its values may be used
 * @param factors   its values
 */
public record FactorSet(String id, String title, String publisher, String version, String year, String licence,
                        List<Factor> factors) {
    public FactorSet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(licence, "licence");
        factors = List.copyOf(factors);
    }

    /**
     * The emission factors for an activity on a subject, one per gas, the most specific first
     * (a factor for the sector and year wins over one for any sector or year).
     */
    public List<Factor> emissionFactors(String activity, String subject, String sector, Integer year) {
        Map<String, Factor> byGas = new LinkedHashMap<>();
        factors.stream()
                .filter(f -> !f.isProperty() && f.activity().equals(activity) && f.subject().equals(subject)
                        && f.appliesTo(sector, year))
                .sorted(Comparator.comparingInt(FactorSet::generality))
                .forEach(f -> byGas.putIfAbsent(f.quantity(), f));
        return List.copyOf(byGas.values());
    }

    /** A property of a fuel ({@link Factor#NCV}, {@link Factor#DENSITY}) per a unit of {@code per}. */
    public Optional<Factor> property(String fuel, String quantity, ActivityUnit.Dimension per) {
        return factors.stream()
                .filter(f -> f.quantity().equals(quantity) && f.subject().equals(fuel)
                        && f.unit().denominator().dimension() == per)
                .findFirst();
    }

    /** Whether the set has any emission factor for the activity and subject. */
    public boolean covers(String activity, String subject) {
        return factors.stream().anyMatch(f -> !f.isProperty() && f.activity().equals(activity)
                && f.subject().equals(subject));
    }

    /** The years for which the set has a factor for the activity and subject (for messages). */
    public List<Integer> years(String activity, String subject) {
        return factors.stream().filter(f -> f.activity().equals(activity) && f.subject().equals(subject)
                && f.year() != null).map(Factor::year).distinct().sorted().toList();
    }

    private static int generality(Factor f) {
        return (f.sector() == null ? 1 : 0) + (f.year() == null ? 1 : 0);
    }
}
