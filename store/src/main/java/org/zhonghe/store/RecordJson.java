package org.zhonghe.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.zhonghe.Decimals;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.assessment.Origin;

/**
 * The ledger records of an assessment as JSON rows, for paging: every component of the record
 * but its origin; decimals as plain strings, dates as ISO text, enums by their id.
 */
final class RecordJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private RecordJson() {}

    /** One ledger row: its section, id, line and fields. */
    record Row(String section, String id, int line, ObjectNode data) {}

    static List<Row> rows(Assessment a) {
        List<Row> out = new ArrayList<>();
        a.emissions().forEach(r -> out.add(row("emissions", r.id(), r.origin(), r)));
        a.removals().forEach(r -> out.add(row("removals", r.id(), r.origin(), r)));
        a.credits().forEach(r -> out.add(row("credits", r.id(), r.origin(), r)));
        a.reductions().forEach(r -> out.add(row("reductions", r.id(), r.origin(), r)));
        a.otherEffects().items().forEach(r -> out.add(row("otherEffects", r.id(), r.origin(), r)));
        a.history().forEach(r -> out.add(row("history", String.valueOf(r.year()), r.origin(), r)));
        return out;
    }

    private static Row row(String section, String id, Origin origin, Record r) {
        ObjectNode n = MAPPER.createObjectNode();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            if (c.getType() == Origin.class) continue;
            Object v;
            try {
                v = c.getAccessor().invoke(r);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
            }
            if (v == null) n.putNull(c.getName());
            else if (v instanceof BigDecimal d) n.put(c.getName(), Decimals.plain(d));
            else if (v instanceof Boolean b) n.put(c.getName(), b);
            else if (v instanceof Integer i) n.put(c.getName(), i);
            else if (v instanceof Enum<?> e) n.put(c.getName(), enumId(e));
            else n.put(c.getName(), String.valueOf(v));
        }
        return new Row(section, id, origin.line(), n);
    }

    private static String enumId(Enum<?> e) {
        for (String accessor : List.of("id", "symbol")) {
            try {
                Object v = e.getClass().getMethod(accessor).invoke(e);
                if (v instanceof String s) return s;
            } catch (ReflectiveOperationException ignored) {
                // no such accessor: try the next, else the constant's name
            }
        }
        return e.name();
    }
}
