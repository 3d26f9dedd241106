package org.zhonghe.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.zhonghe.check.Overrides;
import org.zhonghe.io.Syntax;
import org.zhonghe.io.AssessmentFile;

/** What requests carry: assessments as JSON or YAML, envelopes with CSV ledgers, overrides, paging. */
final class Bodies {
    private static final java.util.regex.Pattern LEDGER_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    /** A body of another media type than JSON or YAML. */
    static final class MediaTypeRefused extends RuntimeException {
        MediaTypeRefused(String type) {
            super(type);
        }
    }

    private Bodies() {}

    /** JSON for {@code application/json} (and {@code +json}), YAML for {@code application/yaml}, {@code text/yaml} … */
    static Syntax syntax(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json") || type.matches("application/[a-z0-9.+-]*\\+json.*")) return Syntax.JSON;
        if (type.matches("(application|text)/(x-)?yaml.*")) return Syntax.YAML;
        throw new MediaTypeRefused(type.isEmpty() ? "(none)" : type);
    }

    /**
     * An assessment to import: the assessment itself (ledgers inline), or, as JSON, the export
     * envelope {@code {"syntax": "yaml", "document": "…", "ledgers": {"emissions.csv": "…"}}}.
     */
    static AssessmentFile assessmentFile(Context ctx) {
        Syntax syntax = syntax(ctx);
        String body = ctx.body();
        if (syntax == Syntax.JSON) {
            JsonNode n = Json.object(ctx);
            if (n.has("document")) return envelope(n);
        }
        return AssessmentFile.inline(syntax, body);
    }

    private static AssessmentFile envelope(JsonNode n) {
        String s = n.has("syntax") ? Json.text(n, "syntax") : "yaml";
        Syntax syntax = switch (s.toLowerCase(Locale.ROOT)) {
            case "yaml" -> Syntax.YAML;
            case "json" -> Syntax.JSON;
            default -> throw new BadRequest("syntax '" + s + "': expected yaml or json");
        };
        Map<String, String> ledgers = new LinkedHashMap<>();
        JsonNode l = n.get("ledgers");
        if (l != null && !l.isNull()) {
            if (!l.isObject()) throw new BadRequest("ledgers: expected an object of file name to CSV text");
            l.fields().forEachRemaining(e -> {
                if (!e.getValue().isTextual()) throw new BadRequest("ledgers." + e.getKey() + ": expected CSV text");
                if (!LEDGER_NAME.matcher(e.getKey()).matches() || !e.getKey().endsWith(".csv")) {
                    throw new BadRequest("ledger name '" + e.getKey() + "': expected a plain file name ending in .csv");
                }
                ledgers.put(e.getKey(), e.getValue().asText());
            });
        }
        return new AssessmentFile(syntax, Json.text(n, "document"), ledgers);
    }

    /** The envelope of an exported file. */
    static Map<String, Object> envelope(AssessmentFile f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("syntax", f.syntax().name().toLowerCase(Locale.ROOT));
        m.put("document", f.document());
        m.put("ledgers", f.ledgers());
        return m;
    }

    static Overrides overrides(Context ctx) {
        return new Overrides(ctx.queryParam("concept"), ctx.queryParam("profile"), ctx.queryParam("metric"), "query");
    }

    static long id(Context ctx, String name) {
        try {
            return Long.parseLong(ctx.pathParam(name));
        } catch (NumberFormatException e) {
            throw new NotFound(name + " " + ctx.pathParam(name));
        }
    }

    /** An optional whole-number query parameter within [min, max]. */
    static Integer number(Context ctx, String name, Integer fallback, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null) return fallback;
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new BadRequest(name + " '" + v + "': expected a whole number from " + min + " to " + max);
    }
}
