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
 */
public record Claim(Concept concept, String profile, Metric metric, LocalDate date) {
    public static final String DEFAULT_PROFILE = "ipcc";

    public Claim {
        Objects.requireNonNull(concept, "concept");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(metric, "metric");
    }

    public Claim withConcept(Concept c) {
        return new Claim(c, profile, metric, date);
    }

    public Claim withProfile(String p) {
        return new Claim(concept, p, metric, date);
    }

    public Claim withMetric(Metric m) {
        return new Claim(concept, profile, m, date);
    }
}
