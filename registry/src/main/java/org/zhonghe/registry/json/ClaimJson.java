package org.zhonghe.registry.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.zhonghe.Decimals;
import org.zhonghe.Messages;
import org.zhonghe.registry.ConceptVerdict;
import org.zhonghe.registry.MarketClaim;
import org.zhonghe.registry.MarketClaims;
import org.zhonghe.registry.RegistryMessages;
import org.zhonghe.registry.RegistryRecord;

/** A market claim as JSON (ids in English, texts in the chosen language). */
public final class ClaimJson {
    private ClaimJson() {}

    public static ObjectNode of(MarketClaim c, RegistryMessages m, Messages core) {
        RegistryRecord r = c.record();
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("registry", r.registry().displayName());
        n.put("serial", r.serial() == null ? null : r.serial().text());
        n.put("claimant", c.claimant());
        n.put("beneficiary", r.beneficiary());
        n.put("quantity", Decimals.plain(r.tonnes()));
        n.put("retiredOn", r.retiredOn() == null ? null : r.retiredOn().toString());
        n.put("words", c.words());
        n.put("concept", c.concept().id());
        n.put("conceptName", core.get("concept." + c.concept().id() + ".name"));
        n.put("conceptIsReading", c.reading());
        n.put("creditClass", r.classification().creditClass().id());
        n.put("removalKind", r.classification().kind().map(k -> k.id()).orElse(null));
        n.put("classReason", r.classification().reason());
        n.put("projectType", r.projectType());
        n.put("methodology", r.methodology());
        n.put("subject", c.subject().id());
        ObjectNode v = n.putObject("verdict");
        v.put("admitted", c.claimedVerdict().admitted());
        v.put("text", m.get(c.claimedVerdict().key()));
        ArrayNode matrix = n.putArray("matrix");
        for (ConceptVerdict cv : c.verdicts()) {
            ObjectNode x = matrix.addObject();
            x.put("concept", cv.concept().id());
            x.put("admitted", cv.admitted());
            x.put("claimed", cv.claimed());
        }
        ObjectNode eu = n.putObject("eu2024825");
        eu.put("id", c.eu().id());
        eu.put("text", m.get("registry.eu." + c.eu().id()));
        n.put("notes", r.notes());
        n.put("source", r.source().toString());
        return n;
    }

    public static ObjectNode total(MarketClaims.Total t) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("claimant", t.claimant());
        n.put("claims", t.claims());
        n.put("quantity", Decimals.plain(t.tonnes()));
        ArrayNode cs = n.putArray("concepts");
        t.concepts().forEach(c -> cs.add(c.id()));
        ArrayNode cl = n.putArray("creditClasses");
        t.classes().forEach(c -> cl.add(c.id()));
        return n;
    }
}
