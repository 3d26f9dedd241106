package org.zhonghe.activity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.zhonghe.assessment.Origin;
import org.zhonghe.assessment.Scope;

/** Test builders of activities, in the words of activity data. */
final class Activities {
    private Activities() {}

    /** The tonnes of each gas computed, after checking that nothing went wrong. */
    static java.util.Map<String, BigDecimal> tonnes(ActivityCalculator.Result r) {
        org.assertj.core.api.Assertions.assertThat(r.problems()).isEmpty();
        return r.inventory().emissions().stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.gas(), e -> e.tonnes()));
    }

    static Activity fuel(String id, String fuel, String amount, String unit, String sector) {
        return new Activity(id, ActivityKind.FUEL_COMBUSTION, fuel, null, null, new BigDecimal(amount), unit(unit),
                Scope.ONE, sector, null, null, null, null, List.of(), Origin.of("a.yaml", 7));
    }

    static Activity electricity(String id, String grid, Integer year, String amount, String unit, Instrument... certs) {
        return new Activity(id, ActivityKind.ELECTRICITY, null, grid, null, new BigDecimal(amount), unit(unit),
                Scope.TWO, null, year, null, null, null, new ArrayList<>(List.of(certs)), Origin.of("a.yaml", 9));
    }

    static Activity leak(String id, String gas, String amount, String unit) {
        return new Activity(id, ActivityKind.REFRIGERANT_LEAK, null, null, gas, new BigDecimal(amount), unit(unit),
                Scope.ONE, null, null, null, null, null, List.of(), Origin.of("a.yaml", 11));
    }

    static Instrument certificate(String id, String volume, String unit) {
        return new Instrument(id, "GEC", new BigDecimal(volume), unit(unit), Origin.of("a.yaml", 10));
    }

    static ActivityUnit unit(String symbol) {
        return ActivityUnit.fromSymbol(symbol).orElseThrow();
    }
}
