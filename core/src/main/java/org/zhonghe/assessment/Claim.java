package org.zhonghe.assessment;

import java.time.LocalDate;
import java.util.Objects;
import org.zhonghe.Concept;
import org.zhonghe.Metric;

/**
 * What is claimed.
 *
 * @param concept the concept claimed (rules.md §1)
 * @param profile the rule profile id (default {@code ipcc})
 * @param metric  the GWP metric (default AR5-GWP100)
 * @param date    when the claim is made; may be null (then the period's end)
 * @param firstPeriod whether the period is the first for which the entity declares carbon
 *                neutrality of this subject; null when not stated. PAS 2060:2014 allows a
 *                declaration reached by offsets alone only for the first application period; later
 *                periods show a reduction ({@code pas-2060}).
 */
public record Claim(Concept concept, String profile, Metric metric, LocalDate date, Boolean firstPeriod) {
    public static final String DEFAULT_PROFILE = "ipcc";

    public Claim {
        Objects.requireNonNull(concept, "concept");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(metric, "metric");
    }

    /** A claim that does not say whether its period is the first. */
    public Claim(Concept concept, String profile, Metric metric, LocalDate date) {
        this(concept, profile, metric, date, null);
    }

    public Claim withConcept(Concept c) {
        return new Claim(c, profile, metric, date, firstPeriod);
    }

    public Claim withProfile(String p) {
        return new Claim(concept, p, metric, date, firstPeriod);
    }

    public Claim withMetric(Metric m) {
        return new Claim(concept, profile, m, date, firstPeriod);
    }
}
