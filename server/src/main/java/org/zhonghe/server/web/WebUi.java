package org.zhonghe.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import org.zhonghe.io.AssessmentFile;
import org.zhonghe.io.WorkbookTemplate;

/**
 * The web UI (issue 6): a small vanilla-JS front end under {@code /} (resources {@code web/}),
 * ECharts from its webjar, and what the pages need besides the API, all without a token because
 * none of it is a tenant's data: {@code /ui/messages/{zh|en}} (the UI's strings and core's domain
 * texts), {@code /ui/examples} (the bundled examples) and {@code /ui/template.xlsx}.
 * Every asset is served here; the Content-Security-Policy lets a page reach no other host.
 */
public final class WebUi {
    /** Only this server: scripts, styles, images, fonts and requests. */
    static final String CSP = "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private WebUi() {}

    public static void configure(JavalinConfig config, Map<String, AssessmentFile> examples) {
        config.staticFiles.enableWebjars();
        config.staticFiles.add(sf -> {
            sf.hostedPath = "/";
            sf.directory = "/web";
            sf.location = Location.CLASSPATH;
            sf.headers = Map.of("Content-Security-Policy", CSP, "X-Content-Type-Options", "nosniff", "Cache-Control", "no-cache");
        });
        String en = messages(Locale.ENGLISH);
        String zh = messages(Locale.CHINESE);
        String exampleJson = examples(examples);
        config.routes.addHttpHandler(HandlerType.GET, "/ui/messages/{lang}",
                ctx -> json(ctx, ctx.pathParam("lang").startsWith("zh") ? zh : en));
        config.routes.addHttpHandler(HandlerType.GET, "/ui/examples", ctx -> json(ctx, exampleJson));
        config.routes.addHttpHandler(HandlerType.GET, "/ui/template.xlsx", WebUi::template);
    }

    private static void template(Context ctx) {
        ctx.header("Content-Disposition", "attachment; filename=\"zhonghe-template.xlsx\"");
        ctx.contentType(WorkbookTemplate.MEDIA_TYPE).result(WorkbookTemplate.bytes());
    }

    private static void json(Context ctx, String body) {
        ctx.header("Cache-Control", "no-cache").contentType("application/json; charset=utf-8").result(body);
    }

    /** The UI's strings, core's domain texts, the targets registry's texts ({@code targets.} before their keys) and the registry module's ({@code registry.…}). */
    static String messages(Locale locale) {
        Map<String, String> all = new TreeMap<>();
        put(all, "", bundle("org.zhonghe.messages", locale));
        put(all, "", bundle("org.zhonghe.registry.messages", locale));
        put(all, "", bundle("org.zhonghe.server.web.ui", locale));
        return MAPPER.valueToTree(all).toPrettyString();
    }

    private static ResourceBundle bundle(String name, Locale locale) {
        return ResourceBundle.getBundle(name, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static void put(Map<String, String> into, String prefix, ResourceBundle b) {
        for (String k : b.keySet()) into.put(prefix + k, b.getString(k));
    }

    private static String examples(Map<String, AssessmentFile> examples) {
        ArrayNode out = MAPPER.createArrayNode();
        examples.forEach((name, f) -> {
            ObjectNode n = out.addObject().put("name", name).put("syntax", f.syntax().name().toLowerCase(Locale.ROOT))
                    .put("document", f.document());
            ObjectNode l = n.putObject("ledgers");
            f.ledgers().forEach(l::put);
        });
        return out.toPrettyString();
    }
}
