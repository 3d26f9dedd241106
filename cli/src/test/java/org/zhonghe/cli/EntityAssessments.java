package org.zhonghe.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.UnaryOperator;
import org.zhonghe.batch.RandomLedgers.Entity;
import org.zhonghe.batch.RandomLedgers.Ledger;
import org.zhonghe.batch.RandomLedgers.Row;

/**
 * An entity of a random batch ledger as the assessment {@code check} reads: its row of
 * entities.csv as the fields {@code entity}, {@code period}, {@code boundary} and {@code claim}
 * (an empty cell is no field, the scopes a list), for the differential tests of check against
 * batch and the server.
 */
final class EntityAssessments {
    private static final ObjectMapper JSON = new ObjectMapper();

    private EntityAssessments() {}

    /** The head of the entity's assessment, claiming {@code concept}; {@code sets} rewrites its factor-set cell. */
    static ObjectNode head(Entity e, String concept, UnaryOperator<String> sets) {
        ObjectNode a = JSON.createObjectNode();
        a.put("version", 1);
        ObjectNode entity = a.putObject("entity").put("id", e.id());
        if (!e.name().isEmpty()) entity.put("name", e.name());
        if (!e.type().isEmpty()) entity.put("type", e.type());
        ObjectNode period = a.putObject("period");
        if (!e.from().isEmpty()) period.put("from", e.from());
        if (!e.to().isEmpty()) period.put("to", e.to());
        if (!e.scopes().isEmpty()) {
            ArrayNode scopes = a.putObject("boundary").putArray("scopes");
            if (!e.scopes().equals("none")) for (String s : e.scopes().split("\\|")) scopes.add(s);
        }
        ObjectNode claim = a.putObject("claim");
        if (!concept.isEmpty()) claim.put("concept", concept);
        if (!e.profile().isEmpty()) claim.put("profile", e.profile());
        if (!e.metric().isEmpty()) claim.put("metric", e.metric());
        String factorSet = sets.apply(e.factorSet());
        if (!factorSet.isBlank()) claim.put("factorSet", factorSet);
        if (!e.scope2Method().isBlank()) claim.put("scope2Method", e.scope2Method());
        return a;
    }

    /** The entity's records of {@code sections} written in {@code a}, each cell a JSON string as in the CSV ledger. */
    static void records(ObjectNode a, Ledger ledger, Entity e, List<String> sections, UnaryOperator<String> sets) {
        for (String section : sections) {
            ArrayNode records = a.putArray(section);
            List<String> fields = Ledger.fields(section + ".csv");
            for (Row r : ledger.rows(section + ".csv", e.id())) {
                ObjectNode record = records.addObject();
                for (int i = 0; i < fields.size(); i++) {
                    String cell = r.cells().get(i);
                    record.put(fields.get(i), fields.get(i).equals("factorSet") ? sets.apply(cell) : cell);
                }
            }
        }
    }
}
