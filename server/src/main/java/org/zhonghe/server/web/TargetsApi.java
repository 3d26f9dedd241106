package org.zhonghe.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.StringReader;
import java.util.Locale;
import java.util.Map;
import org.zhonghe.targets.LocalizedText;
import org.zhonghe.targets.Parsed;
import org.zhonghe.targets.SnapshotComparison;
import org.zhonghe.targets.TargetCategory;
import org.zhonghe.targets.TargetChange;
import org.zhonghe.targets.TargetEntry;
import org.zhonghe.io.targets.TargetFiles;
import org.zhonghe.io.targets.TargetRegistry;
import org.zhonghe.targets.TargetSnapshot;
import org.zhonghe.targets.TargetStatistics;
import org.zhonghe.server.BadRequest;

/**
 * The national targets registry over HTTP ({@code zhonghe targets list|stats|compare}):
 * {@code GET /targets[?snapshot=ID]} gives every party's entry with the counts by category;
 * {@code POST /targets/compare[?snapshot=ID]} compares that bundled snapshot with a newer one
 * sent as CSV (a registry file or a Net Zero Tracker export). Texts come in zh and en.
 */
public final class TargetsApi {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TargetsApi() {}

    public static void list(Context ctx) {
        TargetSnapshot s = snapshot(ctx);
        TargetStatistics stats = s.statistics();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("snapshot", s.id());
        TargetRegistry.snapshotIds().forEach(root.putArray("snapshots")::add);
        root.put("total", stats.total());
        root.put("unclassified", stats.unclassified());
        ObjectNode by = root.putObject("byCategory");
        for (Map.Entry<TargetCategory, Integer> e : stats.byCategory().entrySet()) by.put(e.getKey().id(), e.getValue());
        ArrayNode entries = root.putArray("entries");
        for (TargetEntry e : s.entries()) entries.add(entry(e));
        send(ctx, root);
    }

    public static void compare(Context ctx) {
        TargetSnapshot older = snapshot(ctx);
        Parsed<TargetSnapshot> newer = TargetFiles.read(new StringReader(ctx.body()), "body");
        if (!newer.problems().isEmpty() || newer.value() == null) {
            Locale locale = ctx.queryParam("lang") != null && ctx.queryParam("lang").startsWith("zh") ? Locale.CHINESE : Locale.ENGLISH;
            ObjectNode p = MAPPER.createObjectNode().put("type", "urn:zhonghe:problem:invalid-input")
                    .put("title", locale == Locale.CHINESE ? "文件有错误" : "The file has errors").put("status", 422)
                    .put("detail", newer.problems().isEmpty() ? "" : newer.problems().get(0).toText(locale));
            ArrayNode errors = p.putArray("errors");
            newer.problems().forEach(e -> errors.addObject().put("file", e.file()).put("line", e.line())
                    .put("field", e.field()).put("value", e.value()).put("message", e.message(locale)));
            ctx.status(422).contentType("application/problem+json; charset=utf-8").result(p.toPrettyString());
            return;
        }
        SnapshotComparison c = SnapshotComparison.of(older, newer.value());
        ObjectNode root = MAPPER.createObjectNode();
        root.put("before", c.before());
        root.put("after", c.after());
        root.put("unchanged", c.unchanged());
        ArrayNode changes = root.putArray("changes");
        for (TargetChange t : c.changes()) {
            ObjectNode n = changes.addObject().put("code", t.code());
            text(n, "name", t.name());
            n.put("field", t.field().id()).put("before", t.before()).put("after", t.after());
        }
        c.added().forEach(e -> root.withArray("added").add(entry(e)));
        c.removed().forEach(e -> root.withArray("removed").add(entry(e)));
        root.withArray("added");
        root.withArray("removed");
        send(ctx, root);
    }

    private static TargetSnapshot snapshot(Context ctx) {
        String id = ctx.queryParam("snapshot");
        if (id == null) return TargetRegistry.snapshot(TargetRegistry.LATEST);
        return TargetRegistry.find(id).orElseThrow(
                () -> new BadRequest("snapshot '" + id + "': expected one of " + TargetRegistry.snapshotIds()));
    }

    private static ObjectNode entry(TargetEntry e) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("code", e.code());
        text(n, "name", e.name());
        n.put("category", e.findCategory().map(TargetCategory::id).orElse(null));
        n.put("targetYear", e.targetYear());
        n.put("status", e.status() == null ? null : e.status().id());
        n.put("gases", e.gases() == null ? null : e.gases().id());
        text(n, "wording", e.wording());
        text(n, "interimTarget", e.interim());
        text(n, "credits", e.credits());
        text(n, "notes", e.notes());
        return n;
    }

    private static void text(ObjectNode node, String field, LocalizedText t) {
        if (t == null || t.isEmpty()) node.putNull(field);
        else node.putObject(field).put("zh", t.zh()).put("en", t.en());
    }

    private static void send(Context ctx, ObjectNode body) {
        ctx.status(200).contentType("application/json; charset=utf-8").result(body.toPrettyString());
    }
}
