package org.zhonghe.registry.json;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.zhonghe.Decimals;
import org.zhonghe.registry.RegistryRecord;

/** A registry record as JSON: the fields {@code registry show} and {@code search} print. */
public final class RecordJson {
    private RecordJson() {}

    public static ObjectNode of(RegistryRecord r) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("registry", r.registry().displayName());
        n.put("serial", r.serial() == null ? null : r.serial().text());
        if (r.serial() != null && r.serial().range() != null) {
            n.put("firstUnit", r.serial().range().first());
            n.put("lastUnit", r.serial().range().last());
        }
        ObjectNode p = n.putObject("project");
        p.put("id", r.projectId());
        p.put("name", r.projectName());
        p.put("type", r.projectType());
        p.put("methodology", r.methodology());
        p.put("country", r.country());
        n.put("creditClass", r.classification().creditClass().id());
        n.put("removalKind", r.classification().kind().map(k -> k.id()).orElse(null));
        n.put("classReason", r.classification().reason());
        n.put("classSource", r.classification().source());
        n.put("vintage", r.vintage() == null ? null : r.vintage().toString());
        n.put("quantity", Decimals.plain(r.tonnes()));
        if (r.kilograms() != null) n.put("quantityKg", Decimals.plain(r.kilograms()));
        n.put("status", r.status().id());
        n.put("retiredOn", r.retiredOn() == null ? null : r.retiredOn().toString());
        n.put("beneficiary", r.beneficiary());
        n.put("accountHolder", r.accountHolder());
        n.put("notes", r.notes());
        n.put("source", r.source().toString());
        return n;
    }
}
