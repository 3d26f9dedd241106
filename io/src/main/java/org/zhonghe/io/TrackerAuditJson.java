package org.zhonghe.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import org.zhonghe.targets.AuditFinding;
import org.zhonghe.targets.AuditSummary;
import org.zhonghe.targets.AuditedEntity;
import org.zhonghe.targets.EntityType;
import org.zhonghe.targets.StatementClassification;
import org.zhonghe.targets.TargetMention;
import org.zhonghe.Messages;

/**
 * The audit as JSON, one shape for the command line and the server:
 * {@code {"summary": {…}, "entities": [ … ]}}; texts (finding messages, explanations) in the chosen language.
 */
public final class TrackerAuditJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TrackerAuditJson() {}

    /** The whole audit as a tree (the server's answer; its uploads are bounded in size). */
    public static ObjectNode of(String file, EntityType type, TrackerAudit.Result result, Locale locale) {
        try (TokenBuffer buffer = new TokenBuffer(MAPPER, false)) {
            write(buffer, file, type, result, locale);
            return MAPPER.readTree(buffer.asParser());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the whole audit to a generator, one entity at a time, so that a large export never
     * becomes one tree or one string in memory (the command line's {@code --format json}).
     */
    public static void write(JsonGenerator out, String file, EntityType type, TrackerAudit.Result result, Locale locale)
            throws IOException {
        out.writeStartObject();
        out.writeFieldName("summary");
        out.writeTree(summary(file, type, result.summary(), locale));
        out.writeArrayFieldStart("entities");
        for (AuditedEntity e : result.entities()) {
            out.writeTree(entity(e, locale));
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    static ObjectNode summary(String file, EntityType type, AuditSummary s, Locale locale) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("file", file);
        n.put("type", type == null ? "all" : type.id());
        n.put("rows", s.rows());
        n.put("audited", s.audited());
        ObjectNode byType = n.putObject("byType");
        s.byType().forEach((t, count) -> byType.put(t.id(), count));
        n.put("untyped", s.untyped());
        ObjectNode agreement = n.putObject("agreement");
        s.agreement().forEach((t, a) -> agreement.set(t.id(), agreement(a)));
        agreement.set("all", agreement(s.overall()));
        ObjectNode findings = n.putObject("findings");
        s.findings().forEach((f, count) -> findings.put(f.name(), count));
        ObjectNode texts = n.putObject("findingTexts");
        for (AuditFinding f : AuditFinding.values()) {
            texts.put(f.name(), Messages.of(locale).plain("targets.audit.finding." + f.name()));
        }
        ObjectNode matrix = n.putObject("labelVsWording");
        for (Map.Entry<String, Map<String, Long>> row : s.labelVsWording().entrySet()) {
            ObjectNode r = matrix.putObject(row.getKey());
            row.getValue().forEach(r::put);
        }
        return n;
    }

    private static ObjectNode agreement(AuditSummary.Agreement a) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("compared", a.compared());
        n.put("agreeing", a.agreeing());
        if (a.share() == null) {
            n.putNull("share");
        } else {
            n.put("share", a.share().toPlainString());
        }
        return n;
    }

    static ObjectNode entity(AuditedEntity e, Locale locale) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", e.id());
        n.put("name", e.name());
        n.put("entityType", e.entityType() == null ? null : e.entityType().id());
        n.put("country", e.country());
        n.put("line", e.line());
        n.put("label", e.label() == null ? null : e.label().id());
        n.put("labelText", e.labelText());
        n.put("wording", e.wording() == null ? null : e.wording().id());
        n.put("targetYear", e.targetYear());
        n.put("gases", e.gases() == null ? null : e.gases().id());
        n.put("status", e.status() == null ? null : e.status().id());
        ArrayNode findings = n.putArray("findings");
        e.findings().forEach(f -> findings.add(f.name()));
        n.put("statement", e.statement());
        StatementClassification r = e.reading();
        if (r != null) {
            ObjectNode reading = n.putObject("reading");
            reading.put("category", r.category().id());
            reading.put("targetYear", r.targetYear());
            reading.put("gases", r.gases() == null ? null : r.gases().id());
            reading.put("peakYear", r.peakYear());
            reading.put("conditional", r.conditional());
            ArrayNode interim = reading.putArray("interim");
            for (TargetMention m : r.interim()) {
                ObjectNode i = interim.addObject().put("category", m.category().id()).put("year", m.year())
                        .put("words", m.words());
                if (m.isPartial()) {
                    i.put("partial", m.partial());
                }
            }
            ArrayNode explanation = reading.putArray("explanation");
            r.explanation(locale).forEach(explanation::add);
        }
        return n;
    }

}
