package org.zhonghe.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhonghe.GwpTable;
import org.zhonghe.Metric;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Emission;
import org.zhonghe.assessment.Scope;
import org.zhonghe.rules.Evaluation;
import org.zhonghe.rules.RecordResult;
import org.zhonghe.rules.Section;

/**
 * The emission inventory of a report, summed exactly from the records and their results: by gas
 * (in the order gases first appear) and by scope.
 *
 * @param byGas   one line per gas as written
 * @param byScope one line per scope, 1 to 3
 */
record Inventory(List<Line> byGas, List<Line> byScope) {

    /**
     * One line of the inventory.
     *
     * @param key        the gas as written, or the scope number
     * @param records    how many emission records
     * @param tonnes     their mass in tonnes of the gas (by gas only; null by scope)
     * @param factor     the metric's weight (by gas only); empty where the table has none
     * @param counted    t CO2e (t CO2 under a CO2-only concept) counted in the balance
     * @param notCounted how many of the records were not counted
     */
    record Line(String key, int records, BigDecimal tonnes, Optional<BigDecimal> factor, BigDecimal counted,
                int notCounted) {}

    static Inventory of(Assessment a, Evaluation e) {
        Map<String, RecordResult> results = results(e, Section.EMISSIONS);
        Map<String, List<Emission>> gases = new LinkedHashMap<>();
        Map<Scope, List<Emission>> scopes = new LinkedHashMap<>();
        for (Scope s : Scope.values()) scopes.put(s, new ArrayList<>());
        for (Emission em : a.emissions()) {
            gases.computeIfAbsent(em.gas(), g -> new ArrayList<>()).add(em);
            scopes.get(em.scope()).add(em);
        }
        List<Line> byGas = new ArrayList<>();
        gases.forEach((gas, list) -> byGas.add(line(gas, list, results, true, e.metric())));
        List<Line> byScope = new ArrayList<>();
        scopes.forEach((scope, list) -> byScope.add(line(String.valueOf(scope.number()), list, results, false,
                e.metric())));
        return new Inventory(byGas, byScope);
    }

    /** The results of one section by record id. */
    static Map<String, RecordResult> results(Evaluation e, Section section) {
        Map<String, RecordResult> out = new HashMap<>();
        for (RecordResult r : e.records()) if (r.section() == section) out.put(r.id(), r);
        return out;
    }

    private static Line line(String key, List<Emission> list, Map<String, RecordResult> results, boolean byGas,
                             Metric metric) {
        BigDecimal tonnes = BigDecimal.ZERO;
        BigDecimal counted = BigDecimal.ZERO;
        int notCounted = 0;
        for (Emission em : list) {
            tonnes = tonnes.add(em.tonnes());
            RecordResult r = results.get(em.id());
            if (r != null && r.isCounted()) counted = counted.add(r.counted());
            else notCounted++;
        }
        Optional<BigDecimal> factor = byGas
                ? GwpTable.bundled().resolve(key).flatMap(g -> GwpTable.bundled().factor(g, metric))
                : Optional.empty();
        return new Line(key, list.size(), byGas ? tonnes : null, factor, counted, notCounted);
    }
}
