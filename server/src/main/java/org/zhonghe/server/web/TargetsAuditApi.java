package org.zhonghe.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Objects;
import org.zhonghe.io.TrackerAudit;
import org.zhonghe.io.TrackerAuditJson;
import org.zhonghe.server.BadRequest;
import org.zhonghe.targets.EntityType;
import org.zhonghe.targets.Parsed;
import org.zhonghe.io.targets.TargetRegistry;

/**
 * {@code zhonghe targets audit} over HTTP, for the Targets page: {@code GET /targets/audit[?type=…]} audits
 * the bundled country rows of snapshot {@code 2025-11}; {@code POST /targets/audit[?type=…]} audits a Net
 * Zero Tracker export sent as the body (XLSX, told by its zip signature, or UTF-8 CSV). Both answer
 * {@code {"summary": {…}, "entities": [ … ]}} with texts in {@code ?lang=}; a broken file is a 422 listing
 * every problem with its line and field.
 */
public final class TargetsAuditApi {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TargetsAuditApi() {}

    public static void bundled(Context ctx) throws IOException {
        String resource = TargetRegistry.resource(TargetRegistry.CURRENT);
        try (InputStream in = TargetRegistry.class.getResourceAsStream(resource)) {
            audit(ctx, Objects.requireNonNull(in, resource), TargetRegistry.CURRENT);
        }
    }

    public static void upload(Context ctx) throws IOException {
        audit(ctx, ctx.bodyInputStream(), "upload");
    }

    private static void audit(Context ctx, InputStream body, String name) throws IOException {
        EntityType type = type(ctx);
        Locale locale = "zh".equals(ctx.queryParam("lang")) ? Locale.CHINESE : Locale.ENGLISH;
        Path file = Files.createTempFile("zhonghe-audit-", ".upload");
        try {
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            Parsed<TrackerAudit.Result> result = TrackerAudit.run(file, name, type);
            if (!result.isValid()) {
                ObjectNode p = MAPPER.createObjectNode().put("type", "urn:zhonghe:problem:invalid-input")
                        .put("title", locale == Locale.CHINESE ? "文件有错误" : "The file has errors").put("status", 422)
                        .put("detail", result.problems().get(0).toText(locale));
                ArrayNode errors = p.putArray("errors");
                result.problems().forEach(e -> errors.addObject().put("file", e.file()).put("line", e.line())
                        .put("field", e.field()).put("value", e.value()).put("message", e.message(locale)));
                ctx.status(422).contentType("application/problem+json; charset=utf-8").result(p.toString());
                return;
            }
            ObjectNode root = TrackerAuditJson.of(name, type, result.value(), locale);
            ctx.status(200).contentType("application/json; charset=utf-8").result(root.toString());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static EntityType type(Context ctx) {
        String t = ctx.queryParam("type");
        if (t == null || t.isBlank()) {
            return null;
        }
        return EntityType.fromId(t).orElseThrow(
                () -> new BadRequest("type '" + t + "': expected one of " + EntityType.ids()));
    }
}
