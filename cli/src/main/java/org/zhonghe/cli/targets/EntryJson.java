package org.zhonghe.cli.targets;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.zhonghe.targets.LocalizedText;
import org.zhonghe.targets.TargetCategory;
import org.zhonghe.targets.TargetEntry;

/** An entry as JSON ({@code code, name{zh,en}, category, targetYear, gases, status, credits, notes, …}) and as a CSV row. */
final class EntryJson {
    /** The registry's own CSV columns: what {@code list --format csv} prints and {@code --source} reads back. */
    static final List<String> CSV_HEADER = List.of("code", "name_zh", "name_en", "category", "target_year", "status",
            "gases", "wording_zh", "wording_en", "interim_zh", "interim_en", "credits_zh", "credits_en",
            "notes_zh", "notes_en");

    private EntryJson() {}

    static ObjectNode of(TargetEntry e) {
        ObjectNode node = TargetsCommandBase.JSON.createObjectNode();
        node.put("code", e.code());
        text(node, "name", e.name());
        node.put("category", e.findCategory().map(TargetCategory::id).orElse(null));
        node.put("targetYear", e.targetYear());
        node.put("gases", e.gases() == null ? null : e.gases().id());
        node.put("status", e.status() == null ? null : e.status().id());
        text(node, "wording", e.wording());
        text(node, "interimTarget", e.interim());
        text(node, "credits", e.credits());
        text(node, "notes", e.notes());
        if (!e.scopes().isEmpty()) {
            text(node, "scopes", e.scopes());
        }
        if (!e.removals().isEmpty()) {
            text(node, "removals", e.removals());
        }
        return node;
    }

    static List<Object> csvRow(TargetEntry e) {
        List<Object> row = new ArrayList<>();
        row.add(e.code());
        row.add(e.name().zh());
        row.add(e.name().en());
        row.add(e.findCategory().map(TargetCategory::id).orElse(""));
        row.add(e.targetYear() == null ? "" : e.targetYear().toString());
        row.add(e.status() == null ? "" : e.status().id());
        row.add(e.gases() == null ? "" : e.gases().id());
        for (LocalizedText t : List.of(e.wording(), e.interim(), e.credits(), e.notes())) {
            row.add(t.zh());
            row.add(t.en());
        }
        return row;
    }

    private static void text(ObjectNode node, String field, LocalizedText text) {
        if (text.isEmpty()) {
            node.putNull(field);
        } else {
            node.putObject(field).put("zh", text.zh()).put("en", text.en());
        }
    }

}
