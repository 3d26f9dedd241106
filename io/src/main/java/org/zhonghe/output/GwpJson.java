package org.zhonghe.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.zhonghe.Decimals;
import org.zhonghe.Gas;
import org.zhonghe.GwpTable;
import org.zhonghe.Metric;

/** The GWP table as JSON ({@code zhonghe gwp list --format json}, {@code GET /api/v1/gwp}): t CO2e per t of gas. */
public final class GwpJson {
    private GwpJson() {}

    /**
     * Every gas of the bundled table with its weight under each of {@code metrics} (null where the
     * metric has no value), the metrics' sources, and {@code licence} when not null.
     */
    public static ObjectNode table(List<Metric> metrics, String licence) {
        GwpTable table = GwpTable.bundled();
        ObjectNode root = ResultJson.mapper().createObjectNode();
        root.put("unit", "t CO2e per t of gas");
        ArrayNode ms = root.putArray("metrics");
        for (Metric m : metrics) ms.addObject().put("id", m.id()).put("source", m.source());
        if (licence != null) root.put("licence", licence);
        ArrayNode gases = root.putArray("gases");
        for (String species : table.rows().keySet()) {
            Gas gas = Gas.of(species);
            ObjectNode g = gases.addObject().put("gas", species).put("family", gas.family().name());
            ObjectNode values = g.putObject("values");
            for (Metric m : metrics) {
                Optional<BigDecimal> f = table.factor(gas, m);
                if (f.isPresent()) values.put(m.id(), Decimals.plain(f.get())); else values.putNull(m.id());
            }
        }
        return root;
    }
}
