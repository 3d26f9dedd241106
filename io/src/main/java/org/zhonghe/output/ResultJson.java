package org.zhonghe.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Map;
import org.zhonghe.Concept;
import org.zhonghe.Decimals;
import org.zhonghe.Messages;
import org.zhonghe.activity.Derivation;
import org.zhonghe.assessment.Assessment;
import org.zhonghe.rules.ClaimResult;
import org.zhonghe.rules.ConceptRule;
import org.zhonghe.rules.ConceptVerdict;
import org.zhonghe.rules.Evaluation;
import org.zhonghe.rules.Finding;
import org.zhonghe.rules.RecordResult;
import org.zhonghe.rules.Verdict;

/** The JSON result of {@code zhonghe check --format json} (cli.md), amounts as plain decimal strings. */
public final class ResultJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** The same, without a flush after each record written. */
    private static final ObjectMapper STREAMING = MAPPER.copy().disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private ResultJson() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The result as a JSON tree, messages in the language of {@code messages}. */
    public static ObjectNode of(Assessment a, ClaimResult result, Messages messages) {
        Evaluation e = result.claimed();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("entity", e.entityId());
        if (a.entity().name() != null) root.put("entityName", a.entity().name());
        root.put("entityType", a.entity().type().id());
        ObjectNode period = root.putObject("period");
        period.put("from", a.period().from().toString());
        period.put("to", a.period().to().toString());
        root.put("concept", e.rule().concept().id());
        root.put("profile", e.profile());
        root.put("profileName", messages.get("profile." + e.profile() + ".name"));
        root.put("metric", e.metric().id());
        boolean indicative = org.zhonghe.profiles.Profiles.byId(e.profile()).map(p -> p.info().indicative()).orElse(false);
        root.put("indicative", indicative);
        if (indicative) {
            root.put("indicativeNote", messages.get("profile.indicative.note",
                    org.zhonghe.profiles.Profiles.byId(e.profile()).orElseThrow().info().standard()));
        }
        root.put("verdict", e.verdict().name());
        root.put("message", verdictLine(a, result, messages));
        if (e.level() == null) root.putNull("level"); else root.put("level", e.level());
        root.put("unit", e.rule().gases() == Concept.Gases.CO2 ? "t CO2" : "t CO2e");
        ObjectNode totals = root.putObject("totals");
        totals.put("emissions", plain(e.totals().emissions()));
        totals.put("removals", plain(e.totals().removals()));
        totals.put("credits", plain(e.totals().credits()));
        totals.put("otherEffects", plain(e.totals().otherEffects()));
        totals.put("net", plain(e.totals().net()));
        ObjectNode byType = root.putObject("creditsByType");
        e.creditsByType(a.credits()).forEach((type, t) -> byType.put(type.id(), plain(t)));
        ObjectNode reported = root.putObject("reported");
        reported.put("biogenicCO2", plain(e.reported().biogenicCO2()));
        reported.put("reductions", plain(e.reported().reductions()));
        reported.put("montrealGases", plain(e.reported().montrealGases()));
        ArrayNode records = root.putArray("records");
        Map<String, String> derivations = new java.util.HashMap<>();
        a.emissions().stream().filter(x -> x.derivation() != null).forEach(x -> derivations.put(x.id(), x.derivation()));
        for (RecordResult r : e.records()) {
            ObjectNode n = (ObjectNode) record(r, messages);
            if (r.section().id().equals("emissions") && derivations.containsKey(r.id())) {
                n.put("derivation", Derivation.localized(derivations.get(r.id()), messages));
            }
            records.add(n);
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : e.findings()) findings.add(finding(f, messages));
        ObjectNode concepts = root.putObject("concepts");
        ObjectNode rules = root.putObject("conceptRules");
        for (ConceptVerdict c : result.concepts()) {
            concepts.put(c.rule().concept().id(), c.verdict().name());
            rules.set(c.rule().concept().id(), rule(c.rule()));
        }
        InventoryOutput.json(a.inventory(), messages, root);
        return root;
    }

    /**
     * Writes the result as {@code out.println(mapper().writeValueAsString(of(a, result, messages)))}
     * would, with the {@code streamed} records first in {@code records}, written as they stream by
     * (a ledger too large to hold); {@code result} lists the others.
     */
    public static void write(Assessment a, ClaimResult result, StreamedRecords streamed, Messages messages,
                             java.io.PrintWriter out) throws java.io.IOException {
        try (JsonGenerator g = generator(out)) {
            write(g, a, result, streamed, messages);
        }
        out.println();
    }

    /**
     * A generator that writes as {@link #mapper()} writes, pretty-printed, without closing {@code out}:
     * for a document around results written by {@link #write(JsonGenerator, Assessment, ClaimResult, StreamedRecords, Messages)}.
     */
    public static JsonGenerator generator(java.io.Writer out) throws java.io.IOException {
        JsonGenerator g = STREAMING.writer().createGenerator(out);
        g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        return g;
    }

    /** The result as {@link #of} gives it, written to {@code g} with the {@code streamed} records first. */
    public static void write(JsonGenerator g, Assessment a, ClaimResult result, StreamedRecords streamed, Messages messages)
            throws java.io.IOException {
        ObjectNode root = of(a, result, messages);
        g.writeStartObject();
        for (var field : (Iterable<Map.Entry<String, JsonNode>>) root::fields) {
            g.writeFieldName(field.getKey());
            if (!field.getKey().equals("records")) {
                STREAMING.writeTree(g, field.getValue());
                continue;
            }
            g.writeStartArray();
            java.io.IOException[] failed = {null};
            streamed.forEach((e, r) -> {
                ObjectNode n = (ObjectNode) record(r, messages);
                if (e.derivation() != null) n.put("derivation", Derivation.localized(e.derivation(), messages));
                try {
                    if (failed[0] == null) STREAMING.writeTree(g, n);
                } catch (java.io.IOException x) {
                    failed[0] = x;
                }
            });
            if (failed[0] != null) throw failed[0];
            for (JsonNode n : field.getValue()) STREAMING.writeTree(g, n);
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** The concept as the profile applied it: what the verdict in {@code concepts} was judged by. */
    private static JsonNode rule(ConceptRule r) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("gases", r.gases().name());
        n.put("reach", r.reach().name());
        n.put("creditsAdmitted", r.creditsAdmitted());
        n.put("otherEffectsCounted", r.otherEffectsCounted());
        n.put("redefined", r.redefined());
        return n;
    }

    static String verdictLine(Assessment a, ClaimResult result, Messages m) {
        Evaluation e = result.claimed();
        return m.get("verdict.line." + e.verdict(), m.get("concept." + e.rule().concept().id() + ".name"),
                a.entity().id(), e.profile());
    }

    private static JsonNode record(RecordResult r, Messages m) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("section", r.section().id());
        n.put("id", r.id());
        n.put("status", r.status().name());
        if (r.reason() != null) n.put("reason", r.reason().name());
        if (r.counted() != null) n.put("counted", plain(r.counted()));
        if (r.reason() != null) n.put("explanation", m.get(r.messageKey(), r.args()));
        if (r.origin().line() > 0) n.put("line", r.origin().line());
        return n;
    }

    private static JsonNode finding(Finding f, Messages m) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("code", f.code().name());
        n.put("severity", f.severity().name());
        n.put("effect", f.effect().name());
        n.put("message", m.get(f.messageKey(), f.args()));
        ArrayNode ids = n.putArray("records");
        f.records().forEach(ids::add);
        return n;
    }

    private static String plain(BigDecimal x) {
        return Decimals.plain(x);
    }
}
