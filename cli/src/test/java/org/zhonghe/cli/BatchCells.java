package org.zhonghe.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;
import org.zhonghe.rules.Reason;

/** The cells of a {@code zhonghe batch} result row, made from {@code check --format json}'s result to compare with it. */
final class BatchCells {
    private BatchCells() {}

    /** The records not counted, by reason in the order of {@link Reason}: {@code REASON=n;…} (docs/batch.md). */
    static String notCounted(JsonNode check) {
        Map<Reason, Integer> counts = new EnumMap<>(Reason.class);
        for (JsonNode r : check.path("records")) {
            if (r.has("reason")) counts.merge(Reason.valueOf(r.path("reason").asText()), 1, Integer::sum);
        }
        StringJoiner s = new StringJoiner(";");
        counts.forEach((reason, n) -> s.add(reason + "=" + n));
        return s.toString();
    }

    /** The finding codes in the result's order, joined by {@code ;}. */
    static String findings(JsonNode check) {
        StringJoiner s = new StringJoiner(";");
        check.path("findings").forEach(f -> s.add(f.path("code").asText()));
        return s.toString();
    }
}
